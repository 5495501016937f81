/**
 * Installing browsers from Debian's own packages, the one place test tools may
 * get them on these machines (they cannot download their own): only where
 * apt-get can run, that is on Debian or Ubuntu as root.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function canAptInstall(): boolean {
  return existsSync('/usr/bin/apt-get') && typeof process.getuid === 'function' && process.getuid() === 0;
}

/** apt-get install of `packages`; true when apt-get succeeded. */
export function aptInstall(packages: string[], { noRecommends = false } = {}): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const args = ['install', '-y', '-qq', ...(noRecommends ? ['--no-install-recommends'] : []), ...packages];
  return spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
}
