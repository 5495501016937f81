// The GitHub workflow: which check each change gets, and that every host named in
// docs/DEPLOY.md deploys only the build the content gate passed, daily too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gateFor } from '../../scripts/lib/gate';

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, string | boolean | number>; env?: Record<string, string | number> };
type Job = { if?: string; needs?: string | string[]; steps: Step[]; permissions?: Record<string, string> };
type Workflow = { name: string; on: Record<string, any>; jobs: Record<string, Job> };
const ci = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as Workflow;
const HOSTS = { 'github-pages': 'deploy-github-pages', 'cloudflare-pages': 'deploy-cloudflare-pages', netlify: 'deploy-netlify' } as const;
const stepRunning = (job: Job, command: string) => job.steps.findIndex((s) => s.run?.includes(command));

describe('which check a change gets', () => {
  it('a change to content/ alone, images beside entries included, gets the content gate', () => {
    expect(gateFor(['content/articles/a.mdx', 'content/therapists/images/ana.jpg', 'content/clinic.yaml'])).toBe('content');
  });
  it('any other change, or none known, gets the full suite', () => {
    expect(gateFor(['content/articles/a.mdx', 'src/lib/booking/platforms.ts'])).toBe('full');
    expect(gateFor(['package-lock.json'])).toBe('full');
    expect(gateFor(['.github/workflows/ci.yml'])).toBe('full');
    expect(gateFor(['contents/x.md'])).toBe('full');
    expect(gateFor([])).toBe('full');
    expect(gateFor(['', '  '])).toBe('full');
  });
});

describe('the workflow', () => {
  const test = ci.jobs['test']!;

  it('runs on every push to main, every pull request and every morning', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request', 'schedule']));
    expect(ci.on['push'].branches).toEqual(['main']);
    expect(ci.on['schedule'][0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('runs the full suite only for changes that need it, and the content gate on every build it publishes', () => {
    const gate = test.steps.find((s) => s.id === 'gate' || s.name === 'Which check this change needs')!;
    expect(gate.run).toContain('which-gate.ts --schedule');
    const full = test.steps[stepRunning(test, 'bash .ci/run')]!;
    expect(full.if).toBe("steps.gate.outputs.gate == 'full'");
    const contentGate = stepRunning(test, 'npm run check:content');
    expect(test.steps[contentGate]!.if).toBeUndefined();
    expect(contentGate).toBeGreaterThan(stepRunning(test, 'bash .ci/run'));
    // What is uploaded is what the gate built and checked.
    const upload = test.steps.findIndex((s) => s.with?.['name'] === 'site');
    expect(upload).toBeGreaterThan(contentGate);
    expect(test.steps[upload]!.with?.['path']).toBe('dist/');
  });

  it('deploys to the one host DEPLOY_HOST names, after the test job, only from main, with the build that passed', () => {
    for (const [host, name] of Object.entries(HOSTS)) {
      const job = ci.jobs[name]!;
      expect(job, name).toBeDefined();
      expect(job.needs).toBe('test');
      expect(job.if).toContain(`vars.DEPLOY_HOST == '${host}'`);
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
      expect(job.if).toContain("github.event_name != 'pull_request'");
      expect(job.steps.some((s) => s.uses?.startsWith('actions/download-artifact@') && s.with?.['name'] === 'site'), name).toBe(true);
      // Deploys never build again: no build command in a deploy job.
      expect(job.steps.some((s) => /npm run build|astro build|check:content/.test(s.run ?? '')), name).toBe(false);
    }
    expect(ci.jobs['deploy-cloudflare-pages']!.steps.some((s) => s.run?.includes('pages deploy dist'))).toBe(true);
    expect(ci.jobs['deploy-netlify']!.steps.some((s) => s.run?.includes('deploy --dir dist --prod'))).toBe(true);
    expect(ci.jobs['deploy-github-pages']!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('publishes from the morning run only a commit that passed its own checks, and keeps that run switched on', () => {
    const check = test.steps.find((s) => s.name === 'This commit passed its own checks')!;
    expect(check.if).toBe("github.event_name == 'schedule'");
    expect(check.run).toContain('check_name=test');
    expect(ci.jobs['keep-the-daily-build-on']!.steps[0]!.run).toContain('/enable');
  });

  it('gives a pull request a preview build of unpublished work on the hosts that have previews, never deployed to production', () => {
    const preview = ci.jobs['preview']!;
    expect(preview.if).toContain("github.event_name == 'pull_request'");
    const build = preview.steps.find((s) => s.run === 'npm run build')!;
    expect(String(build.env?.['SITE_PREVIEW'])).toBe('1');
    expect(preview.steps.some((s) => s.run?.includes('--prod'))).toBe(false);
    expect(preview.steps.some((s) => s.run?.includes('--branch main'))).toBe(false);
  });
});
