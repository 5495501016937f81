/** `node scripts/build-fixture-site.ts`: builds the fixture site into .cache/fixture-site/dist/ (npm test does this itself). */
import { buildFixtureSite, FIXTURE_DIST } from './lib/fixture-site.ts';

const { status, output } = buildFixtureSite();
if (status !== 0) {
  console.error(output.slice(-4000));
  console.error('The fixture site (tests/fixtures/clinic/) did not build.');
  process.exit(1);
}
console.log(`Fixture site built in ${FIXTURE_DIST}`);
