/**
 * Prints the check a change needs, `content` or `full` (scripts/lib/gate.ts), for
 * the workflow: `node scripts/which-gate.ts <base> <head>` compares two commits;
 * no base (a scheduled or manual run) is the content gate for a schedule and the
 * full suite otherwise: `node scripts/which-gate.ts --schedule`.
 */
import { spawnSync } from 'node:child_process';
import { gateFor } from './lib/gate.ts';

const [base, head] = process.argv.slice(2);
if (base === '--schedule') {
  // The morning build publishes what is scheduled: the code did not change since it last passed.
  console.log('content');
} else if (!base || !head || /^0+$/.test(base)) {
  console.log('full');
} else {
  const diff = spawnSync('git', ['diff', '--name-only', `${base}...${head}`], { encoding: 'utf8' });
  console.log(diff.status === 0 ? gateFor(diff.stdout.split('\n')) : 'full');
}
