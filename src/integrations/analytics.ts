/**
 * The counting component the site's layout renders (`virtual:massagerx/analytics`):
 * src/components/analytics/On.astro, with the counting script, when the clinic has
 * turned counting on (content/clinic.yaml, analytics, read before Astro by
 * src/lib/clinic/settings.ts); Off.astro, which renders and bundles nothing, when not.
 * A script in a component is bundled whenever the component is imported, rendered or
 * not, and Astro's injected page scripts go on every page, the editor's too: choosing
 * the module is what keeps the script out of a site that does not count, and off the editor.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export const ANALYTICS_MODULE = 'virtual:massagerx/analytics';
const component = (on: boolean) => fileURLToPath(new URL(`../components/analytics/${on ? 'On' : 'Off'}.astro`, import.meta.url));

export function analytics(on: boolean): AstroIntegration {
  return {
    name: 'massagerx:analytics',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'massagerx:analytics-component',
                resolveId: (id) => (id === ANALYTICS_MODULE ? component(on) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
