import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildIfStale, resolveOutDir } from '../../scripts/build-if-stale.ts';
import { startArchkbServer } from '../../src/server/create-server.ts';
import { createStaticFileServer } from './serve-static-files.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site served by the real server, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** How the site is served: by archkb's server, or (ARCHKB_TEST_OUTPUT=static) as a static build by a plain file server. */
    output: 'server' | 'static';
  }
}

let server: Server | undefined;

/**
 * Builds the site if it is stale and serves it on a free loopback port for the server tests: with archkb's own server,
 * or, when ARCHKB_TEST_OUTPUT=static (vitest.config.ts then builds with ARCHKB_OUTPUT=static), the client folder alone
 * with a plain static file server.
 */
export async function setup(project: TestProject): Promise<void> {
  buildIfStale();
  const output = process.env.ARCHKB_OUTPUT === 'static' ? 'static' : 'server';
  if (output === 'static') {
    const files = createStaticFileServer(path.join(resolveOutDir(), 'client'));
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    server = files;
  } else {
    server = await startArchkbServer({ distDir: resolveOutDir(), port: 0, host: '127.0.0.1' });
  }
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('output', output);
}

/** Stops the server. */
export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
