import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** GETs /api/sizing with a raw query string. */
async function getSizing(query: string): Promise<{ status: number; type: string; body: unknown; text: string }> {
  const response = await fetch(`${baseUrl}/api/sizing?${query}`);
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body, text };
}

interface Interval {
  low: number;
  high: number;
}

interface SizingBody {
  architecture: string;
  variant: string;
  cloud: string;
  loads: { driver: string; label: string; value: number }[];
  components: {
    id: string;
    name: string;
    role: string;
    amounts: Record<'nodes' | 'vcpu' | 'memoryGiB' | 'storageGiB' | 'iops', Interval | null>;
    service: { name: string } | null;
    instance: unknown;
    notes: string[];
  }[];
  totals: Record<'nodes' | 'vcpu' | 'memoryGiB' | 'storageGiB' | 'iops', Interval | null>;
  exact: { totals: Record<string, Interval | null> };
  unstated: unknown[];
  recommendations: { text: string; source: { doc: string; section: string }[] }[];
}

describe('GET /api/sizing', () => {
  it('answers the Authgear 100,000-user case on AWS with RDS, ElastiCache, about 3 GB of Redis and at least 10 vCPU', async () => {
    const { status, type, body } = await getSizing('architecture=authgear&users=100000&cloud=aws');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    const sizing = body as SizingBody;
    expect(sizing).toMatchObject({
      architecture: 'authgear',
      variant: 'self-managed',
      cloud: 'aws',
      loads: [{ driver: 'users', value: 100000 }],
    });
    for (const key of ['components', 'totals', 'exact', 'unstated', 'recommendations', 'warnings', 'missingLoads'])
      expect(sizing).toHaveProperty(key);
    for (const component of sizing.components) {
      for (const key of ['id', 'name', 'role', 'amounts', 'service', 'instance', 'notes']) expect(component).toHaveProperty(key);
    }
    const redis = sizing.components.find((c) => c.id === 'redis');
    expect(redis?.amounts.memoryGiB?.low).toBeGreaterThan(2.8);
    expect(redis?.amounts.memoryGiB?.low).toBeLessThan(3.1);
    expect(sizing.totals.vcpu?.low).toBeGreaterThanOrEqual(10);
    const services = sizing.components.map((c) => c.service?.name ?? '').join(' | ');
    expect(services).toContain('RDS');
    expect(services).toContain('ElastiCache');
    expect(sizing.recommendations.some((r) => /Elasticsearch/.test(r.text))).toBe(true);
  });

  it('uses the vendor variant and its cloud by default', async () => {
    const { status, body } = await getSizing('architecture=authgear&variant=azure&users=1000');
    expect(status).toBe(200);
    expect((body as SizingBody).cloud).toBe('azure');
  });

  it.each([
    ['users=10', 'architecture'],
    ['architecture=nope&users=10', 'architecture'],
    ['architecture=authgear&variant=nope&users=10', 'variant'],
    ['architecture=authgear&users=-1', 'users'],
    ['architecture=authgear&users=1e9', 'users'],
    ['architecture=authgear&users=100000000000', 'users'],
    ['architecture=authgear&users=abc', 'users'],
    ['architecture=authgear&users=10&users=20', 'users'],
    ['architecture=authgear&users=10&cloud=oracle', 'cloud'],
    ['architecture=authgear&users=%ZZ', 'users'],
    ['architecture=authgear&users=10&extra=1', '(unknown)'],
  ])('answers 400 JSON naming the parameter for %s', async (query, parameter) => {
    const { status, type, body } = await getSizing(query);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/json/);
    expect(body).toMatchObject({ error: { parameter } });
  });

  it('never reflects hostile input and never answers 5xx', async () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    for (const query of [
      `architecture=${hostile}&users=1`,
      `architecture=authgear&users=${hostile}`,
      `${hostile}=1`,
      `architecture=authgear&users=1&cloud=${hostile}`,
      '%%%',
      '&&&=&=',
      'a'.repeat(4000),
    ]) {
      const { status, type, text } = await getSizing(query);
      expect(status, query).toBe(400);
      expect(type, query).toMatch(/^application\/json/);
      expect(text, query).not.toContain('<script>');
    }
  });
});

describe('GET /api/architectures.json', () => {
  it('serves the whole catalogue as JSON', async () => {
    const response = await fetch(`${baseUrl}/api/architectures.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const catalogue = (await response.json()) as { architectures: { id: string; components: unknown[] }[] };
    expect(catalogue.architectures.map((a) => a.id)).toContain('authgear');
    expect(catalogue.architectures.every((a) => a.components.length > 0)).toBe(true);
  });
});
