/** /rss.xml (/<code>/rss.xml in the clinic's other languages): every published article of the language, newest first, with absolute links, dates, descriptions and authors. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { findById, getSite, oncePerLanguage, resolveRefs } from '../../data/site';
import { siteRoot } from '../../data/facts';
import { startOfDayInZone } from '../../lib/time/dates';
import { interfaceStrings, localeOf } from '../../lib/i18n/languages';
import { absoluteUrl } from '../../lib/routes/urls';
import { pathsIn } from '../../data/page-context';

export const getStaticPaths = oncePerLanguage;

export const GET: APIRoute = async ({ site: configured, currentLocale }) => {
  const { clinic, publishedArticles: articles, therapists, topics } = await getSite(currentLocale);
  const paths = await pathsIn(currentLocale);
  const t = interfaceStrings(currentLocale);
  const site = siteRoot(configured ?? clinic.url);
  return rss({
    title: t.article.feedTitle(clinic.name),
    description: t.article.feedDescription(clinic.name),
    site,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: [`<language>${localeOf(currentLocale)}</language>`, `<atom:link href="${absoluteUrl(paths.rss(), site)}" rel="self" type="application/rss+xml"/>`].join(''),
    items: articles.map((a) => {
      const author = findById(therapists, a.data.author.id, 'therapist', `${a.filePath}: author`);
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return {
        title: a.data.title,
        link: absoluteUrl(paths.article(a.id), site),
        // The start of the published day in the clinic's zone: the same instant as the page and its structured data.
        pubDate: startOfDayInZone(a.data.publishedDate, clinic.timeZone),
        description: a.data.description,
        categories: resolveRefs(a.data.topics, topics).map((t) => t.data.title),
        // RSS's own <author> must be an email address; dc:creator carries the name.
        customData: `<dc:creator>${escape(`${author.data.name}, ${author.data.credentials}`)}</dc:creator>`,
      };
    }),
  });
};
