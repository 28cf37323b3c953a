import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/start-server-process.ts';

// The server keeps no state between requests, so replicas behind a load balancer must answer alike, validators included.
const paths = [
  '/',
  '/architectures/authgear/',
  '/architectures/keycloak/single-cluster/components.csv',
  '/architectures/authgear/self-managed/diagram.svg',
  '/api/architectures.json',
  '/api/sizing?architecture=authgear&users=10000&cloud=aws',
  '/api/ask?q=Which%20database%20does%20Keycloak%20need%3F',
  '/architectures/authgear.md?ask=how%20much%20memory',
  '/ask/?q=What%20does%20Coder%20need%3F',
  '/compare/',
  '/llms.txt',
  '/no-such-page/',
  '/api/sizing?architecture=nope',
];

describe('two server processes on two ports', () => {
  let first: ServerProcess;
  let second: ServerProcess;
  beforeAll(async () => {
    [first, second] = await Promise.all([startServerProcess(), startServerProcess()]);
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('listen on different ports', () => {
    expect(first.url).not.toBe(second.url);
  });

  it.each(paths)('answer %s identically: status, type, caching, entity tag and body', async (path) => {
    const [a, b] = await Promise.all([fetch(`${first.url}${path}`), fetch(`${second.url}${path}`)]);
    const headers = (response: Response) =>
      Object.fromEntries(['content-type', 'cache-control', 'etag', 'vary'].map((name) => [name, response.headers.get(name)]));
    expect(b.status).toBe(a.status);
    expect(headers(b)).toEqual(headers(a));
    expect(await b.text()).toBe(await a.text());
    if (a.status === 200) expect(a.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
  });

  it('honour each other’s entity tags: a validator from one replica gets 304 from the other', async () => {
    const tagged = await fetch(`${first.url}/architectures/authgear/`);
    const tag = tagged.headers.get('etag');
    expect(tag).toBeTruthy();
    const revalidated = await fetch(`${second.url}/architectures/authgear/`, { headers: { 'If-None-Match': tag! } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(tag);
    expect(revalidated.headers.get('cache-control')).toBe(tagged.headers.get('cache-control'));
    expect(await revalidated.text()).toBe('');
  });
});
