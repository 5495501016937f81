declare namespace App {
  interface Locals {
    /** Booking panel ids already used on the page being rendered: two panels for one service must not share an id. */
    bookingPanelIds?: Set<string>;
    /** Set by the page's layout while it renders: whether the page may be indexed and when its content last changed (the sitemap's lastmod). */
    sitemap?: import('./lib/seo/sitemap').SitemapFacts;
    /** What the page being rendered is: set once by its page file (src/data/page-context.ts). */
    page?: import('./lib/routes/page-ref').PageRef;
  }
}

/** The site layout's counting component: On.astro when the clinic counts, Off.astro when not (src/integrations/analytics.ts). */
declare module 'virtual:massagerx/analytics' {
  const Analytics: typeof import('./components/analytics/On.astro').default;
  export default Analytics;
}
