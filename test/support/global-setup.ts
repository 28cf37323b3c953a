import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildIfStale, resolveOutDir } from '../../scripts/build-if-stale.ts';
import { startArchkbServer } from '../../src/server/create-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site served by the real server, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

let server: Server | undefined;

/** Builds the site if it is stale and serves it on a free loopback port for the server tests. */
export async function setup(project: TestProject): Promise<void> {
  buildIfStale();
  server = await startArchkbServer({ distDir: resolveOutDir(), port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

/** Stops the server. */
export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}
