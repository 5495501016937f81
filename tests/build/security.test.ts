// The security headers as built: dist/_headers holds a CSP whose hashes cover
// every inline style and script the build produced, and the other headers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineCode } from '../../src/lib/csp';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file';
import { builtPages, clinic, DIST, distFileFor, page } from './helpers';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const html = headersForPath(rules, '/articles/hip-balance-and-lower-back-pain/');
const csp = html['Content-Security-Policy'] ?? '';

describe('dist/_headers', () => {
  it('carries a CSP that allows exactly the inline code the build produced', () => {
    for (const path of builtPages()) {
      const { scripts, styles } = inlineCode(readFileSync(distFileFor(path), 'utf8'));
      for (const text of styles) expect(csp, `${path} style`).toContain(cspHash(text));
      for (const text of scripts) expect(csp, `${path} script`).toContain(cspHash(text));
    }
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(csp).toContain(`form-action 'self' ${new URL(clinic.booking.rootUrl).origin}`);
  });

  it('sets HSTS, nosniff, referrer and permissions policies, no framing, and caching by kind of file', () => {
    expect(html['Strict-Transport-Security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(html['X-Content-Type-Options']).toBe('nosniff');
    expect(html['X-Frame-Options']).toBe('DENY');
    expect(html['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(html['Permissions-Policy']).toContain(`${feature}=()`);
    expect(html['Cache-Control']).toBe('public, max-age=300, must-revalidate');
    expect(headersForPath(rules, '/_astro/x.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('every link to another site is rel="noopener" and none opens a new tab', () => {
    for (const path of builtPages()) {
      const $ = page(path);
      $('a[href^="http"]').each((_, a) => {
        expect($(a).attr('rel'), `${path}: ${$(a).attr('href')}`).toMatch(/\bnoopener\b/);
      });
      expect($('a[target]').length, path).toBe(0);
    }
  });
});
