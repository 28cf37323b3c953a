import type { AddressInfo } from 'node:net';
import { startArchkbServer } from '../src/server/create-server.ts';
import { buildIfStale, resolveOutDir } from './build-if-stale.ts';

buildIfStale();
const host = process.env.HOST ?? 'localhost';
const server = await startArchkbServer({ distDir: resolveOutDir(), port: Number(process.env.PORT ?? 4321), host });
// The bound port, so PORT=0 (any free port) prints the one actually used.
const { port } = server.address() as AddressInfo;
console.log(`archkb: serving the site and its API at http://${host.includes(':') ? `[${host}]` : host}:${port}/`);
