import type { InterfaceStrings } from '../../i18n/en.ts';
import { paths as rootPaths, type SitePaths } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** The header's main navigation, in order, in the page's language. */
export function primaryNav(t: Pick<InterfaceStrings, 'nav'>, paths: SitePaths = rootPaths): NavItem[] {
  return [
    { label: t.nav.services, href: paths.services() },
    { label: t.nav.therapists, href: paths.therapists() },
    { label: t.nav.articles, href: paths.articles() },
    { label: t.nav.contact, href: paths.contact() },
  ];
}

/** The content pages (content/pages/) every footer links to: a second language must have each of them. */
export const FOOTER_PAGES = ['first-visit', 'faq', 'about', 'policies/cancellation', 'privacy', 'accessibility'] as const;

/** The footer's link groups: everything a visitor may look for, including policies. */
export function footerNav({ footerNav: f }: Pick<InterfaceStrings, 'footerNav'>, paths: SitePaths = rootPaths): Array<{ heading: string; items: NavItem[] }> {
  return [
    {
      heading: f.visit,
      items: [
        { label: f.bookAppointment, href: paths.book() },
        { label: f.firstVisit, href: paths.page('first-visit') },
        { label: f.faq, href: paths.page('faq') },
        { label: f.contact, href: paths.contact() },
      ],
    },
    {
      heading: f.learn,
      items: [
        { label: f.servicesAndPrices, href: paths.services() },
        { label: f.ourTherapists, href: paths.therapists() },
        { label: f.articles, href: paths.articles() },
        { label: f.topics, href: paths.topics() },
        { label: f.search, href: paths.search() },
      ],
    },
    {
      heading: f.about,
      items: [
        { label: f.aboutClinic, href: paths.page('about') },
        { label: f.editorialPolicy, href: paths.editorialPolicy() },
        { label: f.cancellationPolicy, href: paths.page('policies/cancellation') },
        { label: f.privacy, href: paths.page('privacy') },
        { label: f.accessibility, href: paths.page('accessibility') },
      ],
    },
  ];
}

/**
 * Is `href` the current page, or the list the current page belongs to (its section, from its
 * reference: src/lib/routes/page-ref.ts)? For aria-current. The home page is no page's section.
 */
export function isCurrent(href: string, current: { path: string; section: string }): 'page' | 'true' | undefined {
  if (href === current.path) return 'page';
  if (href !== '/' && href === current.section) return 'true';
  return undefined;
}
