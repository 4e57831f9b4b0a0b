import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import type { TestContext } from './app.js';

/** A TCP port that was free a moment ago, for a server started by a test. */
export async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * An HTTP server on a loopback port, its requests handed on by `install` (as the switchboard
 * installs itself, or an app's own request listener); at teardown every connection is cut, even one
 * a client opened and never used (Node's fetch opens one after an aborted request, and a server
 * waits for it until its headers timeout).
 */
export async function serveOnLoopback(t: TestContext, install: (server: http.Server) => void): Promise<string> {
  const server = http.createServer();
  install(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  t.teardown(() => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    return closed;
  });
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}
