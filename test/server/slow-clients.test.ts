import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { serverLimits } from '../../src/server/create-server.ts';

const baseUrl = inject('baseUrl');
const { hostname, port } = new URL(baseUrl);

/**
 * How long after a limit the server may take to act on it: Node checks every connectionsCheckingInterval, and a loaded
 * machine delays timers. Still far below the 28 s a trickling client used to get.
 */
const slack = serverLimits.connectionsCheckingInterval + 5_000;

/** A raw connection that records what the server sent and when it closed, in ms since it opened. */
interface WatchedSocket {
  socket: net.Socket;
  received: () => string;
  closed: Promise<number>;
}

/** Opens a raw TCP connection to the test server and watches it. */
function openSocket(): Promise<WatchedSocket> {
  return new Promise((resolve, reject) => {
    const opened = performance.now();
    const chunks: Buffer[] = [];
    const socket = net.connect(Number(port), hostname);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A reset from the server (a refused connection over the cap) counts as closed too.
    socket.on('error', () => undefined);
    const closed = new Promise<number>((done) => socket.once('close', () => done(performance.now() - opened)));
    socket.once('connect', () => resolve({ socket, received: () => Buffer.concat(chunks).toString('latin1'), closed }));
    socket.once('error', reject);
  });
}

// The three timeouts are independent, so they run side by side (about 11 s instead of 28 s).
describe.concurrent('issue 14, item 4: slow and idle clients meet the timeouts', () => {
  it('a request whose headers trickle at 5 bytes/s (28 s in all) is cut off at the header timeout with a 408, never served', async () => {
    // 140 bytes: 28 s at 5 bytes/s.
    const head = `GET / HTTP/1.1\r\nHost: ${hostname}\r\nX-Padding: `;
    const request = `${head}${'a'.repeat(140 - head.length - 4)}\r\n\r\n`;
    const watched = await openSocket();
    let sent = 0;
    const timer = setInterval(() => {
      if (watched.socket.destroyed || sent >= request.length) return;
      watched.socket.write(request.slice(sent, sent + 5));
      sent += 5;
    }, 1_000);
    const closedAfter = await watched.closed;
    clearInterval(timer);
    expect(closedAfter).toBeLessThan(serverLimits.headersTimeout + slack);
    expect(sent).toBeLessThan(request.length);
    expect(watched.received()).toMatch(/^HTTP\/1\.1 408 /);
    expect(watched.received()).not.toContain('200 OK');
  });

  it('200 idle connections that never send a byte are all closed by the header timeout', async () => {
    const sockets = await Promise.all(Array.from({ length: 200 }, () => openSocket()));
    const closedAfter = await Promise.all(sockets.map((watched) => watched.closed));
    expect(Math.max(...closedAfter)).toBeLessThan(serverLimits.headersTimeout + slack);
  });

  it('an idle keep-alive connection is closed after the keep-alive timeout', async () => {
    const watched = await openSocket();
    watched.socket.write(`GET /favicon.svg HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
    const closedAfter = await watched.closed;
    expect(watched.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(closedAfter).toBeLessThan(serverLimits.keepAliveTimeout + slack);
  });
});

describe('issue 14, item 4: the connection cap', () => {
  it(`holds at most ${serverLimits.maxConnections} connections: the ones over the cap are closed at once, and it still serves after`, async () => {
    const extra = 20;
    const sockets = await Promise.all(Array.from({ length: serverLimits.maxConnections + extra }, () => openSocket()));
    const settled = await Promise.all(
      sockets.map((watched) => Promise.race([watched.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000))])),
    );
    const closedAtOnce = settled.filter((after) => after !== null).length;
    expect(closedAtOnce).toBeGreaterThanOrEqual(extra);
    expect(settled.length - closedAtOnce).toBeLessThanOrEqual(serverLimits.maxConnections);
    for (const watched of sockets) watched.socket.destroy();
    await Promise.all(sockets.map((watched) => watched.closed));
    expect((await fetch(`${baseUrl}/`)).status).toBe(200);
  });
});
