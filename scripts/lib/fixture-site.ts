/**
 * The fixture site: the project built with the test suite's own clinic
 * (tests/fixtures/clinic/) instead of content/. Behaviour tests that assert exact
 * values (booking URLs, dates with their offsets, prices) read this build, so that
 * the clinic can replace every sample fact in content/ without a test noticing.
 */
import { join } from 'node:path';
import { buildCopy, FIXTURE_CONTENT, ROOT } from './project-copy.ts';

export const FIXTURE_SITE = join(ROOT, '.cache/fixture-site');
export const FIXTURE_DIST = join(FIXTURE_SITE, 'dist');

/** Copies the project with the fixture clinic and builds it; returns the build's exit status and output. */
export const buildFixtureSite = () => buildCopy(FIXTURE_SITE, FIXTURE_CONTENT);
