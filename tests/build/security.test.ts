// The security headers as built, on both builds: dist/_headers holds a CSP whose
// hashes cover every inline style and script the build produced, and the other
// headers. The hashes are computed here with node:crypto over what an HTML
// parser finds in each page, independently of the build's own hashing.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file';
import { sites } from './helpers';
import { cspDirective } from '../../src/lib/hosting/csp';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(sites)('dist/_headers of the $name site', (site) => {
  const rules = parseHeadersFile(site.read('_headers'));
  const html = headersForPath(rules, '/');
  const csp = html['Content-Security-Policy'] ?? '';
  const directive = (name: string) => cspDirective(csp, name);

  it('carries a CSP that allows exactly the inline code the build produced, and nothing inline otherwise', () => {
    const styles = new Set<string>();
    const scripts = new Set<string>();
    for (const path of site.pages()) {
      const $ = site.page(path);
      $('style').each((_, el) => void styles.add(sha256($(el).text())));
      $('script:not([src]):not([type="application/ld+json"])').each((_, el) => void scripts.add(sha256($(el).text())));
      expect($('[style]').length, `${path}: style attributes need 'unsafe-inline'`).toBe(0);
      expect($('[onclick], [onload], [onerror], a[href^="javascript:"]').length, `${path}: inline handlers`).toBe(0);
    }
    expect(styles.size).toBeGreaterThan(0);
    expect(directive('style-src').split(' ').filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...styles].sort());
    expect(directive('script-src').split(' ').filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...scripts].sort());
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const required of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) expect(csp).toContain(required);
    // Booking is a link out: no form posts anywhere but the site.
    expect(directive('form-action')).toBe("form-action 'self'");
  });

  it("allows WebAssembly on the search page and its worker only, whose policy is otherwise the site's", () => {
    expect(csp).not.toContain('wasm');
    for (const path of ['/search/', '/pagefind/pagefind-worker.js']) {
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).toBe(csp.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    }
    for (const path of site.pages().filter((p) => !p.startsWith('/search/') && !p.startsWith('/admin/'))) {
      expect(headersForPath(rules, path)['Content-Security-Policy'], path).toBe(csp);
    }
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
    for (const path of site.pages()) {
      const $ = site.page(path);
      $('a[href^="http"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (new URL(href).origin === new URL(site.site).origin) return;
        expect($(a).attr('rel'), `${path}: ${href}`).toMatch(/\bnoopener\b/);
      });
      expect($('a[target]').length, path).toBe(0);
    }
  });
});
