/**
 * The clinic's counts, when it has turned them on (src/components/analytics/On.astro
 * renders this with its settings): Plausible's tracker from npm, bundled with the
 * site's own script files. A page view per page, and one "Book" event per click on
 * a booking link (src/lib/analytics/events.ts), sent with keepalive by the tracker:
 * the click goes on at once, never held. No cookies, nothing stored. A browser that
 * sends Global Privacy Control sends nothing at all. The tracker is asked for once
 * the page has loaded, so that it never competes with what the reader came for (a page
 * left before it has loaded is not counted).
 */
import { bookEvent } from '../lib/analytics/events';
import { isLoopback } from '../lib/analytics/settings';

/** Once the page has loaded: what the reader came for first. */
const afterLoad = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => resolve(), { once: true });
  });

class SiteAnalytics extends HTMLElement {
  async connectedCallback() {
    if ((navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl) return;
    const { domain, endpoint } = this.dataset;
    if (!domain || !endpoint) return;
    // Clicks before the tracker is there are kept, and sent once it is.
    const early: Array<ReturnType<typeof bookEvent>> = [];
    let send = (event: ReturnType<typeof bookEvent>): void => {
      early.push(event);
    };
    document.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-cta="booking"]') : null;
      if (link) send(bookEvent(link.dataset));
    });
    await afterLoad();
    const { init, track } = await import('@plausible-analytics/tracker');
    init({
      domain,
      endpoint,
      // A stand-in on the machine itself is a test's: counted there, as the tracker skips a local page otherwise.
      captureOnLocalhost: isLoopback(new URL(endpoint).hostname),
      bindToWindow: false,
      logging: false,
    });
    send = ({ name, props }) => {
      track(name, { props });
    };
    for (const event of early.splice(0)) send(event);
  }
}
customElements.define('site-analytics', SiteAnalytics);
