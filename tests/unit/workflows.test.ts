// The GitHub workflows: CI runs every morning (scheduled articles appear on
// their day), and the site is deployed only from a commit whose CI passed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Workflow = { name: string; on: Record<string, any>; jobs: Record<string, { if?: string; steps?: Array<{ uses?: string; with?: Record<string, string> }> }> };
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
const deploy = parse(readFileSync('.github/workflows/deploy-pages.yml', 'utf8')) as Workflow;

describe('workflows', () => {
  it('CI runs on every push and every day', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
    expect(ci.on['schedule'][0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });
  it('deploys only after CI passed, on main, and builds the commit CI tested', () => {
    expect(Object.keys(deploy.on)).toEqual(['workflow_run']);
    expect(deploy.on['workflow_run']).toMatchObject({ workflows: [ci.name], types: ['completed'], branches: ['main'] });
    const build = deploy.jobs['build']!;
    expect(build.if).toContain("github.event.workflow_run.conclusion == 'success'");
    const checkout = build.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with?.['ref']).toBe('${{ github.event.workflow_run.head_sha }}');
  });
});
