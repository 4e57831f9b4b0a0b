/**
 * The cache tier for the tests that run it (e2e/cache-tier.test.ts, e2e/snapshot-cache.test.ts):
 * where varnishd is; Varnish started in the foreground with deploy/varnish/default.vcl, killed at
 * the end of the test; and the whole tier on loopback — two replicas (the compiled server) over
 * copies of one artifact, Varnish in front — with the steps of a deployment and the probes.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocuments } from '../../src/importer/import.js';
import type { TestContext } from './app.js';
import { freePort } from './net.js';
import { startReplica, type Replica } from './replica.js';
import { firstVersion } from './swap.js';

const root = join(import.meta.dirname, '..', '..');

/** Debian's varnishd (.ci/run installs it), or undefined where it is not installed. */
export const varnishd = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].find(existsSync);

/** Varnish in `dir` with the deploy VCL, its site file naming the replicas on `ports`; resolves to its URL once it answers. */
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


/** The tier: an artifact of the first version (helpers/swap.ts), a copy for each of two replicas, the replicas, and Varnish in front. */
export async function startCacheTier(t: TestContext, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const artifact = join(dir, 'artifact.db');
  importDocuments({ dbPath: artifact, inputs: [firstVersion(t)] });
  const paths = [join(dir, 'r1', 'encyclopedia.db'), join(dir, 'r2', 'encyclopedia.db')];
  for (const path of paths) {
    mkdirSync(join(path, '..'));
    copyFileSync(artifact, path);
  }
  const ports = [await freePort(), await freePort()];
  const replicas: Replica[] = [await startReplica(t, ports[0]!, paths[0]!), await startReplica(t, ports[1]!, paths[1]!)];
  const cache = await startVarnish(t, dir, ports);
  return { dir, artifact, paths, ports, replicas, cache };
}

/** Renames a new file over `path`, as a deployment puts an artifact in place. */
export function putInPlace(source: string, path: string) {
  copyFileSync(source, `${path}.incoming`);
  renameSync(`${path}.incoming`, path);
}

/** The import run a replica serves, as its /readyz names it. */
export async function generation(replica: Replica): Promise<number | undefined> {
  const body = (await (await fetch(`${replica.url}/readyz`)).json()) as { generation: { run: number } | null };
  return body.generation?.run;
}

/** Polls `condition` every 20 ms until it holds, for at most `ms`. */
export async function until(condition: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (let i = 0; i < 1000 && Date.now() < end; i++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
