import { describe, expect, it } from 'vitest';
import { FactPropsSchema, formatFactText, resolveFact } from '../../../src/lib/guides/index.ts';
import { buildGuideArchitecture } from '../../fixtures/build-guide-architecture.ts';

const architectures = [buildGuideArchitecture()];

/** Resolves a fact from written props; returns the printed text or the problem and fix. */
function print(props: Record<string, unknown>): string {
  const result = resolveFact(architectures, FactPropsSchema.parse(props));
  return result.ok ? formatFactText(result.value) : `ERROR ${result.problem} | FIX ${result.fix}`;
}

describe('resolveFact', () => {
  it('prints one figure of a requirement with its unit, picked by scope', () => {
    expect(print({ of: 'fixture/app', attribute: 'requirement', scope: 'minimum', figure: 'memory' })).toBe('4 GB');
    expect(print({ of: 'fixture/app', attribute: 'requirement', scope: 'production', figure: 'nodes' })).toBe('3 nodes');
    expect(print({ of: 'fixture/app', attribute: 'requirement', scope: 'production' })).toBe(
      '3 nodes × (4 vCPU, 16 GB memory), for production',
    );
  });

  it('prints sizing and limit rules, thresholds, managed services, settings, necessity and technology from the model’s labels', () => {
    expect(print({ of: 'fixture/app', attribute: 'sizing-rule', driver: 'users' })).toBe('1 GB of memory per 1,000 users');
    expect(print({ of: 'fixture/app', attribute: 'limit-rule', figure: 'memory' })).toBe('memory limit = (the request − 300 MB) ÷ 0.7');
    expect(print({ of: 'fixture/database', attribute: 'threshold' })).toBe('10,000 users');
    expect(print({ of: 'fixture/database', attribute: 'managed-service', cloud: 'aws' })).toBe('Amazon RDS for PostgreSQL (db.m7g.large)');
    expect(print({ of: 'fixture/app', attribute: 'setting', name: 'WORKERS' })).toBe('WORKERS = 4 (recommended)');
    expect(print({ of: 'fixture/cache', attribute: 'necessity' })).toBe('optional: only for large sites');
    expect(print({ of: 'fixture/app', attribute: 'technology' })).toBe('Fixture Server');
  });

  it('prints product and variant values: rated loads, zones and variant notes', () => {
    expect(print({ of: 'fixture', attribute: 'rated-load', driver: 'users' })).toBe('up to 5,000 users');
    expect(print({ of: 'fixture', variant: 'ha', attribute: 'zones' })).toBe('3 availability zones');
    expect(print({ of: 'fixture', attribute: 'note', kind: 'limitation' })).toBe('No failover at all.');
    expect(print({ of: 'fixture/app', attribute: 'note', matching: 'database' })).toBe('Needs less than 10 ms to the database.');
  });

  it('reads a component from the first variant that has it when no variant is named', () => {
    const result = resolveFact(architectures, FactPropsSchema.parse({ of: 'fixture/cache', attribute: 'technology' }));
    expect(result.ok && result.value).toMatchObject({ variant: 'ha', path: '/architectures/fixture/ha/' });
  });

  it('cites the sections the model cites for the value', () => {
    const result = resolveFact(
      architectures,
      FactPropsSchema.parse({ of: 'fixture/app', attribute: 'requirement', scope: 'production', figure: 'vcpu' }),
    );
    expect(result.ok && result.value.sources.map((source) => source.anchor)).toEqual(['src-authgear-self-managed-deployment-options']);
  });

  it.each([
    [{ of: 'nope/app', attribute: 'technology' }, 'no product "nope"', 'use one of "fixture"'],
    [{ of: 'fixture/nope', attribute: 'technology' }, 'has no component "nope"', '"app", "database" or "cache"'],
    [{ of: 'fixture/cache', variant: 'small', attribute: 'technology' }, 'no "cache" in variant "small"', 'variant="ha"'],
    [{ of: 'fixture', variant: 'large', attribute: 'zones' }, 'no variant "large"', '"small" or "ha"'],
    [{ of: 'fixture', attribute: 'requirement' }, 'names only the product', 'of="fixture/<component>"'],
    [{ of: 'fixture/app', attribute: 'zones' }, 'about the product and variant', 'of="fixture"'],
    [{ of: 'fixture/app', attribute: 'requirement', figure: 'memory' }, '2 values of requirement', 'scope="minimum" | scope="production"'],
    [{ of: 'fixture/app', attribute: 'requirement', scope: 'tested' }, 'no requirement of app', 'scope="minimum"; scope="production"'],
    [{ of: 'fixture/app', attribute: 'requirement', scope: 'minimum', figure: 'iops' }, 'with figure="iops"', 'scope="minimum"'],
    [{ of: 'fixture/app', attribute: 'setting', scope: 'minimum' }, 'scope= does not apply', 'name='],
    [{ of: 'fixture/app', attribute: 'technology', figure: 'memory' }, 'figure= does not apply', 'remove figure='],
    [{ of: 'fixture', variant: 'small', attribute: 'zones' }, 'states no zones', 'add the fact to the architecture file'],
    [{ of: 'fixture/app', attribute: 'note', matching: 'kubernetes' }, 'no note of app', 'kind="requirement"; kind="warning"'],
  ])('refuses %o: problem names it, fix says what to write', (props, problem, fix) => {
    const result = resolveFact(architectures, FactPropsSchema.parse(props));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(problem);
    expect(result.fix).toContain(fix);
  });

  it('follows the model: a changed figure prints the new value', () => {
    const changed = resolveFact(
      [buildGuideArchitecture({ memory: '6 GB' })],
      FactPropsSchema.parse({ of: 'fixture/app', attribute: 'requirement', scope: 'minimum', figure: 'memory' }),
    );
    expect(changed.ok && changed.value.text).toBe('6 GB');
  });
});
