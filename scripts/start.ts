import type { AddressInfo } from 'node:net';
import { startArchkbServer } from '../src/server/create-server.ts';
import { buildIfStale, resolveOutDir } from './build-if-stale.ts';

/** How long open requests may take to finish after SIGTERM or SIGINT before their connections are closed. */
const SHUTDOWN_GRACE_MS = Number(process.env.ARCHKB_SHUTDOWN_GRACE_MS ?? 10_000);

// ARCHKB_SKIP_BUILD=1 serves the folder as it is (a container image carries its build; it never rebuilds at start).
if (!process.env.ARCHKB_SKIP_BUILD) buildIfStale();
const host = process.env.HOST ?? 'localhost';
const server = await startArchkbServer({ distDir: resolveOutDir(), port: Number(process.env.PORT ?? 4321), host });
// The bound port, so PORT=0 (any free port) prints the one actually used.
const { port } = server.address() as AddressInfo;
console.log(`archkb: serving the site and its API at http://${host.includes(':') ? `[${host}]` : host}:${port}/`);

// Graceful shutdown (docker stop, a rolling deploy): stop accepting, let requests in flight finish, close idle
// keep-alive connections at once, and close whatever is still open when the grace period ends.
let stopping = false;
const shutDown = (signal: NodeJS.Signals): void => {
  if (stopping) return;
  stopping = true;
  console.log(`archkb: ${signal} received, finishing open requests (at most ${SHUTDOWN_GRACE_MS / 1000} s)`);
  const deadline = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  deadline.unref();
  server.close(() => {
    console.log('archkb: stopped');
    process.exit(0);
  });
  server.closeIdleConnections();
};
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
