/**
 * The site's Content-Security-Policy, built as data. Scripts and styles run only
 * from the site itself or when their exact text was hashed at build time: no
 * 'unsafe-inline', no 'unsafe-eval'. Least privilege per path: only the search
 * page gets 'wasm-unsafe-eval' (Pagefind compiles WebAssembly there; it does
 * not allow eval of JavaScript), every other page's scripts get nothing beyond
 * 'self' and the hashes.
 */
import { createHash } from 'node:crypto';

export interface CspInput {
  /** Hashes ('sha256-…') of inline scripts the build produced. */
  scriptHashes: string[];
  /** Hashes of inline <style> elements the build produced. */
  styleHashes: string[];
  /** Whether the page may compile WebAssembly ('wasm-unsafe-eval'): the search page and its worker only. */
  webAssembly?: boolean;
  /** Origins the pages may send to besides their own: the clinic's analytics endpoint, when it has turned counting on. */
  connect?: string[];
}

/**
 * Where WebAssembly runs, as _headers patterns: the search page in every language
 * the site has (/search/, /fr/search/), and Pagefind's own files, because its
 * worker (/pagefind/pagefind-worker.js) compiles the index's WebAssembly under the
 * policy of the worker script's own response.
 */
export function webAssemblyPaths(languages: readonly string[]): string[] {
  return ['/search/*', ...languages.slice(1).map((code) => `/${code}/search/*`), '/pagefind/*'];
}

/** The CSP source expression for an inline element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export function buildCsp({ scriptHashes, styleHashes, webAssembly = false, connect = [] }: CspInput): string {
  const unique = (values: string[]) => [...new Set(values)].sort();
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(webAssembly ? ["'wasm-unsafe-eval'"] : []), ...unique(scriptHashes)]],
    ['style-src', ["'self'", ...unique(styleHashes)]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...unique(connect)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    // Booking is a link out, never a form post: forms may submit to the site alone.
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The editor's policy, for /admin/ only. It relaxes the site's in one way, for one
 * reason: the editor injects its styles at run time, so styles need
 * 'unsafe-inline'. Scripts stay the site's own files (no eval, no inline);
 * it talks to the git host's API and status page and the sign-in service, shows
 * the signed-in person's avatar, and reads files it is given as blob: and data: URLs.
 */
export function buildAdminCsp({ connect, images }: { connect: string[]; images: string[] }): string {
  const unique = (values: string[]) => [...new Set(values)].sort();
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...unique(images)]],
    ['media-src', ["'self'", 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'data:', 'blob:', ...unique(connect)]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['frame-src', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Directives a policy in a <meta http-equiv> cannot carry: browsers ignore them there (and say so in the console). */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** One directive of a policy, whole (`connect-src 'self' https://…`), or '' when the policy has none. */
export function cspDirective(policy: string, name: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';
}

/**
 * A policy as a <meta http-equiv="Content-Security-Policy"> can carry it, for hosts
 * that ignore _headers (GitHub Pages): the same directives but those a meta tag
 * cannot set, so a host that does send the header enforces the two together with
 * no conflict. Framing and HSTS need the host's own headers (docs/DEPLOY.md).
 */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !HEADER_ONLY_DIRECTIVES.includes(d.split(' ')[0]!))
    .join('; ');
}

