import { paths } from './urls.ts';

export interface NavItem {
  label: string;
  href: string;
}

/** The header's main navigation, in order. */
export const primaryNav: NavItem[] = [
  { label: 'Services', href: paths.services() },
  { label: 'Therapists', href: paths.therapists() },
  { label: 'Articles', href: paths.articles() },
  { label: 'Contact', href: paths.contact() },
];

/** The footer's link groups: everything a visitor may look for, including policies. */
export const footerNav: Array<{ heading: string; items: NavItem[] }> = [
  {
    heading: 'Visit',
    items: [
      { label: 'Book an appointment', href: paths.book() },
      { label: 'Your first visit', href: paths.page('first-visit') },
      { label: 'Questions and answers', href: paths.page('faq') },
      { label: 'Contact and directions', href: paths.contact() },
    ],
  },
  {
    heading: 'Learn',
    items: [
      { label: 'Services and prices', href: paths.services() },
      { label: 'Our therapists', href: paths.therapists() },
      { label: 'Articles', href: paths.articles() },
      { label: 'Topics', href: paths.topics() },
      { label: 'Search', href: paths.search() },
    ],
  },
  {
    heading: 'About',
    items: [
      { label: 'About the clinic', href: paths.page('about') },
      { label: 'Editorial policy', href: paths.editorialPolicy() },
      { label: 'Cancellation policy', href: paths.page('policies/cancellation') },
      { label: 'Privacy', href: paths.page('privacy') },
      { label: 'Accessibility', href: paths.page('accessibility') },
    ],
  },
];

/** Is `href` the current page or a section the current page is in? (For aria-current.) */
export function isCurrent(href: string, currentPath: string): 'page' | 'true' | undefined {
  if (currentPath === href) return 'page';
  if (href !== '/' && currentPath.startsWith(href)) return 'true';
  return undefined;
}
