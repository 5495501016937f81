import { paths } from './urls';

export interface NavItem {
  label: string;
  href: string;
}

/** The header's main navigation, in order. */
export const primaryNav: NavItem[] = [
  { label: 'Services', href: paths.services() },
  { label: 'Articles', href: paths.articles() },
];

/** Is `href` the current page or a section the current page is in? (For aria-current.) */
export function isCurrent(href: string, currentPath: string): 'page' | 'true' | undefined {
  if (currentPath === href) return 'page';
  if (href !== '/' && currentPath.startsWith(href)) return 'true';
  return undefined;
}
