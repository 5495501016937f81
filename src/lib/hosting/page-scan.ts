/**
 * One pass over a built page's HTML, for everything that can only be checked
 * once the page exists: which other files it references (links, stylesheets,
 * images, srcsets, scripts), which ids it offers as #fragment targets, the text
 * of its inline styles and scripts (hashed for the Content-Security-Policy) and
 * whether search indexes it. No DOM is built: htmlparser2 reads the page once as a
 * stream of tags, as a browser's tokenizer does (attributes with every character
 * reference decoded, the text of <style> and <script> raw, comments skipped).
 */
import { Parser } from 'htmlparser2';
import { isLinkOut } from '../content/links-out.ts';

export interface PageScan {
  /** Every id in the page: the #fragments a link to it may name. */
  ids: string[];
  /** Every reference to another file or page: href of <a>, <area> and <link>, src, and each URL of a srcset, as written (entities decoded). */
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

// Inline code the policy must allow by hash: scripts, and speculation rules (JSON, but the browser checks them against script-src).
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);

/** Scans one page. `siteOrigin` ("https://clinic.example") tells links out from absolute links to the site itself. */
export function scanPage(html: string, siteOrigin: string): PageScan {
  const scan: PageScan = { ids: [], references: [], linksOutWithoutRel: [], inlineScripts: [], inlineStyles: [], searchable: false };
  /** The <style> or <script> being read, and where its text goes. */
  let inline: { text: string; into: string[] | undefined } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'style') inline = { text: '', into: scan.inlineStyles };
        if (name === 'script') inline = { text: '', into: attributes['src'] === undefined && EXECUTABLE_SCRIPT_TYPES.has((attributes['type'] ?? '').toLowerCase()) ? scan.inlineScripts : undefined };
        if (attributes['id']) scan.ids.push(attributes['id']);
        if ('data-pagefind-body' in attributes) scan.searchable = true;
        const href = attributes['href'];
        if (href !== undefined && (name === 'a' || name === 'link' || name === 'area')) {
          scan.references.push(href);
          if (name === 'a' && attributes['rel'] === undefined && isLinkOut(href, siteOrigin)) scan.linksOutWithoutRel.push(href);
        }
        if (attributes['src'] !== undefined) scan.references.push(attributes['src']);
        const srcset = attributes['srcset'];
        if (srcset) for (const candidate of srcset.split(',')) scan.references.push(candidate.trim().split(/\s+/)[0]!);
      },
      ontext(text) {
        if (inline) inline.text += text;
      },
      onclosetag(name) {
        if (inline && (name === 'style' || name === 'script')) {
          inline.into?.push(inline.text);
          inline = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scan;
}

/**
 * The page as the search indexer needs it: the same document without the text of
 * its <style> and <script> elements (the indexer reads neither), a third of the bytes.
 */
export function withoutInlineCode(html: string): string {
  return html.replace(/(<(style|script)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}
