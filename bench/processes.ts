/**
 * The compiled server and Varnish as processes for the benchmarks: started on loopback ports in a
 * temporary folder (deploy/varnish's configuration pointed at the replicas), killed when the bench exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/paths.js';

export const varnishd = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'].find(existsSync);

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
// A bench stopped (`timeout`, ^C) exits through the handler above rather than leaving its servers behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `url` answers 2xx. */
export async function waitFor(url: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await sleep(50);
  }
  throw new Error(`${url} not answering`);
}

/** `node dist/src/server.js` on `port` over `databasePath`, warnings and errors on this process's stderr unless `env` says otherwise. */
export async function startServer(port: number, databasePath: string, env: Record<string, string> = {}, stdout: 'ignore' | 'pipe' = 'ignore') {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: databasePath, LOG_LEVEL: 'warn', ...env };
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'src', 'server.js')], { env: childEnv, stdio: ['ignore', stdout, 'inherit'] });
  children.push(child);
  await waitFor(`http://127.0.0.1:${port}/readyz`);
  return child;
}

/** varnishd on `port` in front of the two replicas on `ports`, with `siteVcl` appended to their site file; resolves once it answers. */
export async function startVarnish(dir: string, port: number, ports: number[], siteVcl = '') {
  if (!varnishd) throw new Error('varnishd not found: apt-get install -y varnish');
  const vcl = join(dir, 'vcl');
  mkdirSync(vcl);
  copyFileSync(join(projectRoot, 'deploy', 'varnish', 'default.vcl'), join(vcl, 'default.vcl'));
  const site = readFileSync(join(projectRoot, 'deploy', 'varnish', 'site.vcl'), 'utf8').replace('"3001"', `"${ports[0]}"`).replace('"3002"', `"${ports[1]}"`);
  writeFileSync(join(vcl, 'site.vcl'), `${site}${siteVcl}`);
  children.push(
    spawn(varnishd, ['-F', '-j', 'none', '-T', 'none', '-a', `127.0.0.1:${port}`, '-f', join(vcl, 'default.vcl'), '-p', `vcl_path=${vcl}`, '-n', join(dir, 'varnish'), '-s', 'malloc,256m'], {
      stdio: 'ignore',
    }),
  );
  await waitFor(`http://127.0.0.1:${port}/healthz`);
}
