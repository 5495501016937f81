/**
 * What a page knows about itself while it renders. A page file says what it is
 * (`pageContext(Astro, { kind: 'service', id, source })`): that reference is
 * recorded on Astro.locals for everything rendered within the page (its layout,
 * its booking boxes) and for the build's record of it (src/integrations/rendered-pages.ts).
 * The language is Astro's (Astro.currentLocale, from its i18n routing): nothing
 * here reads a page's address.
 */
import type { AstroGlobal } from 'astro';
import { languageOf, LANGUAGES, type InterfaceStrings, type Language } from '../lib/i18n/languages.ts';
import type { PageRef, PageRefIn } from '../lib/routes/page-ref.ts';
import { pathsInLanguage, pathsUnder, type SitePaths } from '../lib/routes/urls.ts';
import { siteRoot } from './facts.ts';
import { getSite, type Site } from './site.ts';

/**
 * The paths of a language's pages: at the root for the clinic's first language, under /<code>/ for the
 * others. A component rendered outside a page (a test) has no locale: the root's.
 */
export async function pathsIn(currentLocale: string | undefined): Promise<SitePaths> {
  if (currentLocale === undefined) return pathsUnder('');
  const { language, languages } = await getSite(currentLocale);
  return pathsInLanguage(language, languages[0]!);
}

export interface PageContext {
  /** The site in the page's language. */
  site: Site;
  /** The interface's words in the page's language. */
  t: InterfaceStrings;
  /** Links that stay in the page's language. */
  paths: SitePaths;
  language: Language;
  /** "en-CA": <html lang>, dates and prices. */
  locale: string;
  /** The site's address with a trailing slash ("https://clinic.example/"). */
  siteUrl: string;
  /** What the page is. */
  ref: PageRef;
}

type Rendering = Pick<AstroGlobal, 'currentLocale' | 'locals' | 'site' | 'url'>;

/**
 * The page's context. Its page file passes what it is, once; layouts and components
 * rendered within it ask without, and get the same reference.
 */
export async function pageContext(astro: Rendering, ref?: PageRefIn): Promise<PageContext> {
  const language = languageOf(astro.currentLocale);
  if (ref) astro.locals.page = { ...ref, language } as PageRef;
  const page = astro.locals.page;
  if (!page) throw new Error(`${astro.url.pathname}: the page did not say what it is: its page file calls pageContext(Astro, { kind: … }) (src/data/page-context.ts)`);
  const site = await getSite(language);
  return {
    site,
    t: LANGUAGES[language].strings,
    paths: await pathsIn(language),
    language,
    locale: LANGUAGES[language].locale,
    siteUrl: siteRoot(astro.site ?? site.clinic.url),
    ref: page,
  };
}
