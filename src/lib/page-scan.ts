/**
 * One pass over a built page's HTML, for everything that can only be checked
 * once the page exists: which other files it references (links, stylesheets,
 * images, srcsets, scripts), which ids it offers as #fragment targets, the text
 * of its inline styles and scripts (hashed for the Content-Security-Policy) and
 * whether search indexes it. No DOM is built: a page is read once, tag by tag,
 * skipping the text of <style> and <script>, comments and everything between tags.
 */
import { isLinkOut } from './links-out.ts';

export interface PageScan {
  /** Every id in the page: the #fragments a link to it may name. */
  ids: string[];
  /** Every reference to another file or page: href of <a> and <link>, src, and each URL of a srcset, as written (entities decoded). */
  references: string[];
  /** <a href> to another site that carries no rel: the site marks every link out (docs/DEPLOY.md), in components and in content. */
  linksOutWithoutRel: string[];
  /** The text of each inline executable <script> (not JSON-LD or other data blocks, not src=). */
  inlineScripts: string[];
  /** The text of each inline <style>. */
  inlineStyles: string[];
  /** Whether the page marks a part of itself for the search index (data-pagefind-body). */
  searchable: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (&amp; &quot; &#39; &#x2F; …). */
export function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag ("a", ' href="/x" class=y'), lower-cased names, decoded values. */
export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeAttribute(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attributes;
}

// A start or end tag: its name, then attributes up to the closing ">", where a quoted value may itself hold ">".
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/y;
// Attributes worth parsing; a tag without any of them is passed over.
const INTERESTING = /\b(?:id|href|src|srcset|rel|data-pagefind-body|type)\s*=|\bdata-pagefind-body\b/i;
const STYLE_END = /<\/style/gi;
const SCRIPT_END = /<\/script/gi;
// Inline code the policy must allow by hash: scripts, and speculation rules (JSON, but the browser checks them against script-src).
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);


/** Scans one page. `siteOrigin` ("https://clinic.example") tells links out from absolute links to the site itself. */
export function scanPage(html: string, siteOrigin: string): PageScan {
  const scan: PageScan = { ids: [], references: [], linksOutWithoutRel: [], inlineScripts: [], inlineStyles: [], searchable: false };
  let at = 0;
  for (;;) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag) {
      at = open + 1;
      continue;
    }
    at = TAG.lastIndex;
    if (tag[1]) continue;
    const name = tag[2]!.toLowerCase();
    const rawAttributes = tag[3]!;
    const attributes = INTERESTING.test(rawAttributes) ? parseAttributes(rawAttributes) : undefined;
    if (name === 'style' || name === 'script') {
      // Raw text: nothing inside is a tag.
      const closing = name === 'style' ? STYLE_END : SCRIPT_END;
      closing.lastIndex = at;
      const end = closing.exec(html)?.index ?? html.length;
      const text = html.slice(at, end);
      at = end;
      if (name === 'style') scan.inlineStyles.push(text);
      else if (!attributes?.has('src') && EXECUTABLE_SCRIPT_TYPES.has((attributes?.get('type') ?? '').toLowerCase())) scan.inlineScripts.push(text);
      else if (attributes?.has('src')) scan.references.push(attributes.get('src')!);
      continue;
    }
    if (!attributes) continue;
    const id = attributes.get('id');
    if (id) scan.ids.push(id);
    if (attributes.has('data-pagefind-body')) scan.searchable = true;
    const href = attributes.get('href');
    if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) {
      scan.references.push(href);
      if (name === 'a' && !attributes.has('rel') && isLinkOut(href, siteOrigin)) scan.linksOutWithoutRel.push(href);
    }
    const src = attributes.get('src');
    if (src !== undefined) scan.references.push(src);
    const srcset = attributes.get('srcset');
    if (srcset) for (const candidate of srcset.split(',')) scan.references.push(candidate.trim().split(/\s+/)[0]!);
  }
  return scan;
}

/**
 * The page as the search indexer needs it: the same document without the text of
 * its <style> and <script> elements (the indexer reads neither), a third of the bytes.
 */
export function withoutInlineCode(html: string): string {
  return html.replace(/(<(style|script)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}
