// The one reader of clinic.yaml before its schema runs (src/lib/clinic/settings.ts):
// what the configuration, the content check and the early drawings take from it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORBIDDEN_WORDS } from '../../src/lib/clinic/advertising-words';
import { clinicSettings, DEFAULT_LANGUAGES } from '../../src/lib/clinic/settings';

const clinic = `name: "  Harbour Massage "
url: https://harbour.example/
languages: [fr, en]
timeZone: America/Halifax
tagline: Hands-on care
address:
  locality: Halifax
  region: NS
phone:
  display: (902) 555-0100
jurisdiction:
  forbiddenWords:
    fr: [miracle*]
`;

describe('the clinic settings read before the schema', () => {
  it('are the address, name, languages, zone, word lists and the sharing image\'s words, trimmed as the schema trims', () => {
    expect(clinicSettings(clinic)).toEqual({
      name: 'Harbour Massage',
      url: 'https://harbour.example/',
      languages: ['fr', 'en'],
      timeZone: 'America/Halifax',
      forbiddenWords: { en: DEFAULT_FORBIDDEN_WORDS.en, fr: ['miracle*'] },
      siteImage: { tagline: 'Hands-on care', locality: 'Halifax', region: 'NS', phone: '(902) 555-0100' },
      analytics: false,
      connect: [],
    });
  });
  it('fall back to English alone and the default lists, and leave out what they cannot read (the schema reports it)', () => {
    for (const text of ['', 'name: [', 'languages: [xx]\ntagline: 5\n']) {
      const settings = clinicSettings(text);
      expect(settings.languages, text).toEqual([...DEFAULT_LANGUAGES]);
      expect(settings.forbiddenWords, text).toEqual(DEFAULT_FORBIDDEN_WORDS);
      expect(settings.siteImage, text).toBeUndefined();
    }
  });
});
