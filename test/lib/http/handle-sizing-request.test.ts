import { describe, expect, it } from 'vitest';
import { handleSizingRequest } from '../../../src/lib/http/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const architectures = loadContentArchitectures();

/** Runs the handler on a query string. */
function request(query: string) {
  return handleSizingRequest(new URLSearchParams(query), architectures);
}

describe('handleSizingRequest', () => {
  it('answers the Authgear 100,000-user case', () => {
    const response = request('architecture=authgear&users=100000&cloud=aws');
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body).toMatchObject({ architecture: 'authgear', variant: 'self-managed', cloud: 'aws' });
    expect(response.body.loads).toEqual([{ driver: 'users', label: 'users', singular: 'user', value: 100000 }]);
    expect(response.body.totals.vcpu).toEqual({ low: 10, high: 10 });
  });

  it('rounds figures to three significant digits and keeps the exact values alongside', () => {
    const response = request('architecture=authgear&users=100000');
    if (response.status !== 200) throw new Error('expected 200');
    expect(response.body.totals.memoryGiB).toEqual({ low: 42.9, high: 42.9 });
    expect(response.body.exact.totals.memoryGiB?.low).toBeCloseTo(40 + (30 * 100_000) / 1024 ** 2, 12);
    expect(response.body.components.find((c) => c.id === 'redis')?.amounts.memoryGiB).toEqual({ low: 2.86, high: 2.86 });
    expect(JSON.stringify(response.body.totals)).not.toMatch(/\d\.\d{4,}/);
  });

  it("takes the vendor's own load drivers, with decimals where the measure allows", () => {
    const response = request('architecture=keycloak&password-logins-per-second=45&client-credential-grants-per-second=2.5');
    if (response.status !== 200) throw new Error(`expected 200, got ${JSON.stringify(response.body)}`);
    expect(response.body.loads.map((load) => [load.driver, load.value])).toEqual([
      ['password-logins-per-second', 45],
      ['client-credential-grants-per-second', 2.5],
    ]);
    expect(response.body.missingLoads.map((load) => load.driver)).toContain('refresh-token-requests-per-second');
  });

  it('says which loads an architecture takes when none is given', () => {
    const response = request('architecture=keycloak');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/password-logins-per-second/);
  });

  it.each([
    ['users=10', 'architecture'],
    ['architecture=&users=10', 'architecture'],
    ['architecture=nope&users=10', 'architecture'],
    ['architecture=authgear&architecture=authgear&users=10', 'architecture'],
    ['architecture=authgear&variant=nope&users=10', 'variant'],
    ['architecture=authgear', 'users'],
    ['architecture=authgear&users=-5', 'users'],
    ['architecture=authgear&users=0', 'users'],
    ['architecture=authgear&users=1.5', 'users'],
    ['architecture=authgear&users=1e5', 'users'],
    ['architecture=authgear&users=0x10', 'users'],
    ['architecture=authgear&users=%2010', 'users'],
    ['architecture=authgear&users=100000001', 'users'],
    ['architecture=authgear&users=99999999999999999999', 'users'],
    ['architecture=authgear&users=10&users=20', 'users'],
    ['architecture=authgear&users=10&cloud=ibm', 'cloud'],
    ['architecture=authgear&users=10&cloud=AWS', 'cloud'],
    ['architecture=authgear&users=10&cloud=aws&cloud=gcp', 'cloud'],
    ['architecture=authgear&users=10&foo=bar', '(unknown)'],
  ])('rejects %s naming %s', (query, parameter) => {
    const response = request(query);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { parameter } });
  });

  it('never repeats the input in an error message', () => {
    const hostile = '<script>alert(1)</script>';
    for (const query of [
      `architecture=${encodeURIComponent(hostile)}&users=1`,
      `architecture=authgear&users=${encodeURIComponent(hostile)}`,
      `architecture=authgear&users=1&cloud=${encodeURIComponent(hostile)}`,
      `${encodeURIComponent(hostile)}=1`,
    ]) {
      expect(JSON.stringify(request(query).body)).not.toContain('<script>');
    }
  });

  it('accepts self-managed as an explicit target and the largest allowed count', () => {
    expect(request('architecture=authgear&users=100000000&cloud=self-managed').status).toBe(200);
  });
});
