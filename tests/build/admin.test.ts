// The content editor as built, on both builds: /admin/ is a page for staff, kept
// out of everything a visitor or a search engine reads, the only page with a
// script of its own, under its own security policy; its configuration is the
// content model's, and its code and fonts are files of the site.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/content-schema';
import { EDITOR_PATH, htmlFiles, pathOf } from '../../src/integrations/dist-links';
import { headersForPath, parseHeadersFile } from '../../src/lib/hosting/headers-file';
import { sites } from './helpers';
import { cspDirective } from '../../src/lib/hosting/csp';

describe.each(sites)('the editor at /admin/ of the $name site', (site) => {
  const $ = site.page(EDITOR_PATH);
  const files = (dir: string): string[] => readdirSync(join(site.dist, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

  it('is a page no search engine indexes, loading the editor’s script and nothing else', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect($('script').map((_, s) => $(s).attr('src')).get()).toEqual([`${EDITOR_PATH}editor.js`]);
    // A stylesheet only for the notice of a build made without the clinic's repository (a local one).
    const repo = process.env['CMS_GITHUB_REPO'] || process.env['GITHUB_REPOSITORY'];
    expect($('link[rel="stylesheet"]').map((_, l) => $(l).attr('href')).get()).toEqual(repo ? [] : [`${EDITOR_PATH}placeholder-repo.css`]);
    expect($('style').length).toBe(0);
    expect($('title').text()).toContain(site.clinic.name);
  });

  it('says, when built without the clinic\'s repository, that signing in cannot reach it, and names the setting', () => {
    const repo = process.env['CMS_GITHUB_REPO'] || process.env['GITHUB_REPOSITORY'];
    const notice = $('[data-placeholder-repo]');
    expect(notice.length).toBe(repo ? 0 : 1);
    if (!repo) {
      expect(notice.attr('role')).toBe('alert');
      expect(notice.text()).toContain('CMS_GITHUB_REPO');
      expect(existsSync(join(site.dist, 'admin/placeholder-repo.css'))).toBe(true);
    }
  });

  it('is in no sitemap, search index, feed or navigation, and no public page loads its script', () => {
    expect(site.read('sitemap-0.xml')).not.toContain(EDITOR_PATH);
    expect(site.read('rss.xml')).not.toContain(EDITOR_PATH);
    expect($('[data-pagefind-body]').length).toBe(0);
    const publicPages = htmlFiles(site.dist).filter((file) => pathOf(site.dist, file) !== EDITOR_PATH);
    expect(publicPages.length).toBe(site.pages().length);
    for (const file of publicPages) {
      const html = readFileSync(file, 'utf8');
      expect(html, pathOf(site.dist, file)).not.toContain(`"${EDITOR_PATH}`);
      expect(html, pathOf(site.dist, file)).not.toContain('editor.js');
    }
  });

  it('has its own policy in _headers, only there: inline styles for the editor, scripts from the site only, no framing', () => {
    const rules = parseHeadersFile(site.read('_headers'));
    const editor = headersForPath(rules, EDITOR_PATH);
    const csp = editor['Content-Security-Policy'] ?? '';
    const directive = (name: string) => cspDirective(csp, name);
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('connect-src')).toContain('https://api.github.com');
    expect(directive('font-src')).toBe("font-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|sha256-/);
    expect(editor['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(editor['Cache-Control']).toBe('no-cache');
    // One policy on the editor's path (the site-wide one detached), and the public pages' policy unchanged.
    expect(rules.filter((r) => r.pattern === `${EDITOR_PATH}*`).flatMap((r) => r.detach)).toContain('content-security-policy');
    expect(headersForPath(rules, '/')['Content-Security-Policy']).not.toContain("'unsafe-inline'");
  });

  it('is configured from the content model: a collection for each, the clinic file, pull requests for every change', () => {
    const config = JSON.parse(site.read('admin/config.json')) as { backend: Record<string, unknown>; publish_mode?: string; collections: Array<{ name: string; files?: Array<{ file: string }> }> };
    expect(config.backend).toMatchObject({ name: 'github' });
    expect(config.publish_mode).toBe('editorial_workflow');
    const names = config.collections.map((c) => c.name);
    for (const name of Object.keys(schemas).filter((n) => n !== 'clinic')) expect(names).toContain(name);
    expect(config.collections.flatMap((c) => c.files ?? []).map((f) => f.file)).toEqual(['content/clinic.yaml']);
  });

  it('serves its code and fonts from the site: no font or script from a CDN', () => {
    const served = files('admin');
    expect(served.some((f) => f.endsWith('.woff2'))).toBe(true);
    for (const file of served.filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/@font-face[^}]*url\(\s*["']?https?:/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
    }
    expect(existsSync(join(site.dist, 'admin/editor.js'))).toBe(true);
    expect(statSync(join(site.dist, 'admin/editor.js')).size).toBeGreaterThan(500_000);
  });
});
