// Interface sentences with links in them: split into text and links, every link accounted for.
import { describe, expect, it } from 'vitest';
import { richText } from '../../src/lib/i18n/rich-text';

describe('richText', () => {
  it('splits a sentence into text, links with their own words, and facts', () => {
    expect(richText('Call {phone}, or see [how to find us](contact).', ['phone', 'contact'])).toEqual([
      { text: 'Call ' },
      { key: 'phone' },
      { text: ', or see ' },
      { key: 'contact', label: 'how to find us' },
      { text: '.' },
    ]);
  });
  it('lets a translation put the links in another order', () => {
    expect(richText('[Trouvez-nous](contact) ou appelez le {phone}', ['phone', 'contact']).map((p) => ('key' in p ? p.key : p.text))).toEqual(['contact', ' ou appelez le ', 'phone']);
  });
  it('is the sentence alone when it has no links', () => {
    expect(richText('No links here.', [])).toEqual([{ text: 'No links here.' }]);
  });
  it('refuses a sentence naming a link the component does not have, naming the sentence', () => {
    expect(() => richText('See [this](elsewhere).', ['contact'])).toThrow(/"See \[this\]\(elsewhere\)\." names "elsewhere", which is not one of "contact"/);
  });
  it('refuses a sentence that lost one of its links, rather than showing it without', () => {
    expect(() => richText('Call us.', ['phone'])).toThrow(/leaves out "phone"/);
  });
});
