/**
 * The clinic's counting, on the machine: a stand-in for Plausible's events API on
 * 127.0.0.1, and the fixture clinic's settings turned to count to it. Used wherever
 * counting is checked on: the browser tests in each engine and the audit.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDocument } from 'yaml';
import { buildFixture, type FixtureBuild } from './fixtures/copies.ts';

/** An event as the tracker sends it: n (name: "pageview", "engagement" or a goal), u (page address), d (domain), p (props). */
export interface PlausibleEvent {
  n: string;
  u: string;
  d: string;
  p?: Record<string, string>;
}

export interface EventsStandIn {
  /** The address counting sends to, e.g. http://127.0.0.1:4325/api/event */
  endpoint: string;
  /** Every event received, in order (empty it with `events.length = 0`). */
  events: PlausibleEvent[];
  /**
   * Resolves once no event has come for `quietMs`: a page sends its last counts (Plausible's
   * engagement) as it is left or closed, and they must not land in the next test's.
   */
  settled(quietMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Plausible's events API as far as the tracker uses it: a POST of JSON (sent as
 * text/plain) to /api/event, answered 202 and readable from any site, as Plausible
 * answers (without Access-Control-Allow-Origin the page logs an error).
 */
export async function startEventsStandIn(port = 0): Promise<EventsStandIn> {
  const events: PlausibleEvent[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/api/event') events.push(JSON.parse(body) as PlausibleEvent);
      res.writeHead(req.method === 'POST' ? 202 : 204, { 'Access-Control-Allow-Origin': '*' }).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/event`,
    events,
    settled: async (quietMs = 400) => {
      for (let seen = -1; seen !== events.length; ) {
        seen = events.length;
        await new Promise((resolve) => setTimeout(resolve, quietMs));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** clinic.yaml's text with counting on, for the site's own domain (its url), sending to `endpoint`. */
export function withCounting(clinicYaml: string, endpoint: string): string {
  const doc = parseDocument(clinicYaml);
  doc.set('analytics', { provider: 'plausible', domain: countedDomain(clinicYaml), endpoint });
  return String(doc);
}

/** The domain a clinic's counts are kept under: its site's host. */
export const countedDomain = (clinicYaml: string) => new URL(String(parseDocument(clinicYaml).get('url'))).hostname;

/** A temporary copy of the project with the fixture clinic counting to `endpoint`, built. */
export const buildCountingFixture = (endpoint: string): FixtureBuild => buildFixture({ 'content/clinic.yaml': (source) => withCounting(source!, endpoint) });
