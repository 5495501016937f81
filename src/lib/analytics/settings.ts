/**
 * Where the clinic's counts go. Plausible's own service unless the clinic names an
 * endpoint of its own (a self-hosted Plausible Community Edition, or a proxy on its
 * domain): the security policy allows the page to send to that one origin, nothing else.
 */

/** The analytics providers the site can send to. */
export const ANALYTICS_PROVIDERS = ['plausible'] as const;

/** Plausible's events API, where counts go when the clinic names no endpoint of its own. */
export const PLAUSIBLE_ENDPOINT = 'https://plausible.io/api/event';

export interface AnalyticsSettings {
  provider: (typeof ANALYTICS_PROVIDERS)[number];
  /** The site's domain as the clinic declared it in Plausible. */
  domain: string;
  /** Its own events endpoint, when it has one. */
  endpoint?: string | undefined;
}

/** The address events are sent to. */
export const analyticsEndpoint = (settings: Pick<AnalyticsSettings, 'endpoint'>): string => settings.endpoint ?? PLAUSIBLE_ENDPOINT;

/** The one origin the pages' connect-src gains for it. */
export const analyticsOrigin = (settings: Pick<AnalyticsSettings, 'endpoint'>): string => new URL(analyticsEndpoint(settings)).origin;

/** A machine's own address: the only place an endpoint may be plain http (a stand-in for tests). */
export const isLoopback = (hostname: string): boolean => hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';

/** What is wrong with an endpoint, in words for staff; undefined when nothing is. */
export function endpointProblem(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be a full address, like https://stats.example.com/api/event';
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname))) return undefined;
  return 'must start with https:// (counts travel over the internet), like https://stats.example.com/api/event';
}

const bare = (host: string) => host.trim().toLowerCase().replace(/^www\./, '');

/** The site's domain as Plausible names it (without www.), from its address; undefined for an address that is not one. */
export function siteDomain(siteUrl: string): string | undefined {
  try {
    return bare(new URL(siteUrl).hostname);
  } catch {
    return undefined;
  }
}

/** Whether a domain is the site's own (the www. of either side set aside, as Plausible does). */
export const isSiteDomain = (domain: string, siteUrl: string): boolean => bare(domain) === siteDomain(siteUrl);
