// Before the build-output tests: the fixture site (the test suite's own clinic)
// must be built. `npm test` builds it and says so with FIXTURE_SITE_READY=1;
// `npm run test:unit` alone builds it here.
import { buildFixtureSite } from '../scripts/lib/fixture-site.ts';

export default function setup(): void {
  if (process.env['FIXTURE_SITE_READY'] === '1') return;
  const { status, output } = buildFixtureSite();
  if (status !== 0) throw new Error(`The fixture site (tests/fixtures/clinic/) did not build:\n${output.slice(-4000)}`);
}
