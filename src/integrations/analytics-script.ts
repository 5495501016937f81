/**
 * The counting script (src/scripts/analytics.ts) goes into the build only when the clinic
 * has turned counting on (content/clinic.yaml, analytics, read before Astro by
 * src/lib/clinic/settings.ts): off, the site is the same, file for file, as a site that
 * never had it. On, Astro bundles it into every page's own script file; it counts only
 * where the page carries its settings (src/components/Analytics.astro, in the site's
 * layout: not the editor's page).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../scripts/analytics.ts', import.meta.url));

export function analyticsScript(on: boolean): AstroIntegration {
  return {
    name: 'massagerx:analytics-script',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (on) injectScript('page', `import ${JSON.stringify(SCRIPT)};`);
      },
    },
  };
}
