/**
 * The `_headers` file that Netlify and Cloudflare Pages read: blocks of a URL
 * pattern followed by indented "Name: value" lines ("! Name" removes a header a
 * broader rule set). Parsed here so that the local server applies the same file
 * a host would, and tests check what is really served.
 */

export interface HeaderRule {
  pattern: string;
  set: Array<[name: string, value: string]>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const detach = /^\s+!\s*(\S+)$/.exec(line);
    if (detach) {
      rule.detach.push(detach[1]!.toLowerCase());
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!header) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${line.trim()}"`);
    rule.set.push([header[1]!, header[2]!]);
  }
  return rules;
}

/** Does a `_headers` pattern ("/*", "/_astro/*", "/about/") match a URL path? */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

/**
 * The headers a path gets, Cloudflare Pages style: every matching rule applies in
 * order; a header set twice is joined with ", " unless a later rule detached it first.
 */
export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const existing = headers.get(name.toLowerCase());
      headers.set(name.toLowerCase(), existing ? { name, value: `${existing.value}, ${value}` } : { name, value });
    }
  }
  return Object.fromEntries([...headers.values()].map(({ name, value }) => [name, value]));
}

/** The file as Netlify wants it: without "! Name" lines (Netlify serves the most specific rule's value anyway). */
export function withoutDetachLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s+!\s*\S/.test(line))
    .join('\n');
}

/** Adds header lines at the top of a block (e.g. the CSP into "/*"), failing if the block is missing. */
export function addToBlock(text: string, pattern: string, lines: string[]): string {
  const out = text.split('\n');
  const at = out.findIndex((line) => line.trim() === pattern && !/^\s/.test(line));
  if (at < 0) throw new Error(`_headers has no "${pattern}" block to add ${lines.length} header line(s) to`);
  out.splice(at + 1, 0, ...lines.map((l) => `  ${l}`));
  return out.join('\n');
}

/** Adds, right after the `from` block, a copy of it for another path pattern (its header lines, not its comments). */
export function copyBlock(text: string, from: string, to: string): string {
  const out = text.split('\n');
  const at = out.findIndex((line) => line.trim() === from && !/^\s/.test(line));
  if (at < 0) throw new Error(`_headers has no "${from}" block to copy for ${to}`);
  let end = at + 1;
  while (end < out.length && /^\s+\S/.test(out[end]!)) end++;
  out.splice(end, 0, '', to, ...out.slice(at + 1, end));
  return out.join('\n');
}

