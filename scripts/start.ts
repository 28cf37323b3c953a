import { startArchkbServer } from '../src/server/create-server.ts';
import { buildIfStale, resolveOutDir } from './build-if-stale.ts';

buildIfStale();
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
await startArchkbServer({ distDir: resolveOutDir(), port, host });
console.log(`archkb: serving the site and its API at http://${host.includes(':') ? `[${host}]` : host}:${port}/`);
