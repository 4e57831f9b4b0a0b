/**
 * Where the browser test finds Chromium, and what it does when there is none: a fresh machine
 * with only Node and npm skips the test with one line saying how to enable it; CI (`CI=true`,
 * set by `.ci/run`, which installs Debian's chromium) never skips — a missing browser fails there.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const ON_PATH = ['chromium', 'chromium-browser'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `CHROMIUM_PATH` when set (it must then exist), else Debian's paths, else `chromium`/`chromium-browser` on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, isExecutable = executable): string | null {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => ON_PATH.map((name) => join(dir, name)));
  return [...CHROMIUM_CANDIDATES, ...onPath].find((path) => isExecutable(path)) ?? null;
}

export type BrowserPlan = { run: true; path: string } | { run: false; skip: string } | { run: false; fail: string };

const HOW =
  "install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary";

/** Run with the browser found; without one, skip — except under CI, where a missing browser is a failure. */
export function browserPlan(env: NodeJS.ProcessEnv = process.env, isExecutable = executable): BrowserPlan {
  const path = findChromium(env, isExecutable);
  if (path) return { run: true, path };
  const what = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable` : 'no Chromium found';
  if (env.CI === 'true') return { run: false, fail: `${what}: CI must run the browser test (.ci/run installs chromium)` };
  return { run: false, skip: `browser test skipped: ${what}; to run it, ${HOW}` };
}
