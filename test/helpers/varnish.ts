/**
 * Varnish for the cache-tier tests: varnishd (Debian's `varnish`; .ci/run installs it) started on a
 * loopback port with deploy/varnish/default.vcl and site.vcl pointed at this test's replicas.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from './app.js';
import { freePort } from './net.js';

const root = join(import.meta.dirname, '..', '..');

/** Where varnishd is, if installed. */
export const varnishd = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].find(existsSync);

/** Starts varnishd in `dir` in front of the replicas on `ports` (two); resolves with its URL once it answers /readyz. */
export async function startVarnish(t: TestContext, dir: string, ports: number[]): Promise<string> {
  const vcl = join(dir, 'vcl');
  mkdirSync(vcl);
  copyFileSync(join(root, 'deploy', 'varnish', 'default.vcl'), join(vcl, 'default.vcl'));
  // deploy/varnish/site.vcl with this test's ports.
  const site = readFileSync(join(root, 'deploy', 'varnish', 'site.vcl'), 'utf8').replace('"3001"', `"${ports[0]}"`).replace('"3002"', `"${ports[1]}"`);
  writeFileSync(join(vcl, 'site.vcl'), site);
  const port = await freePort();
  const args = ['-F', '-a', `127.0.0.1:${port}`, '-f', join(vcl, 'default.vcl'), '-n', join(dir, 'varnish'), '-s', 'malloc,64m', '-p', `vcl_path=${vcl}`];
  // No jail: varnishd runs as this test's user and reads the temporary files it made. Idle client
  // connections kept 30 s (the default is 5 s): Node's fetch keeps idle ones 4 s, and on a busy host
  // could reuse one just as Varnish closes it (a failed request that no replica caused).
  args.push('-j', 'none', '-T', 'none', '-p', 'timeout_idle=30');
  const child = spawn(varnishd!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (let i = 0; i < 600 && Date.now() < deadline; i++) {
    if (child.exitCode !== null) throw new Error(`varnishd exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return url;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`varnishd not answering within 30 s: ${stderr}`);
}
