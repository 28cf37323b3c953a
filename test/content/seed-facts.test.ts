import { describe, expect, it } from 'vitest';
import { resolveVariant, type ResolvedComponent } from '../../src/lib/model/index.ts';
import { formatContentIssue } from '../../src/lib/content/index.ts';
import type { Architecture } from '../../src/schemas/architecture.ts';
import { TODO_MARKER } from '../../src/lib/authoring/index.ts';
import { parseRealContentFiles, readRealContentFiles, validateRealContent } from '../fixtures/load-real-content.ts';

const validation = validateRealContent();
const byId = new Map(validation.valid.map((file) => [file.architecture.id, file.architecture]));

/** One real architecture by id; fails the test with the reason when it is missing. */
function architecture(id: string): Architecture {
  const found = byId.get(id);
  if (!found) throw new Error(`content/architectures/${id}.yaml is missing or invalid`);
  return found;
}

/** One component of one resolved variant. */
function component(architectureId: string, variantId: string, componentId: string): ResolvedComponent {
  const found = resolveVariant(architecture(architectureId), variantId).components.find((c) => c.id === componentId);
  if (!found) throw new Error(`${architectureId}/${variantId} has no component ${componentId}`);
  return found;
}

describe('real content', () => {
  it('validates every file in content/architectures', () => {
    expect(validation.issues.map(formatContentIssue)).toEqual([]);
    expect([...byId.keys()].sort()).toEqual(['appsmith', 'authgear', 'coder', 'inrupt-ess']);
  });

  it('uses the file name as each architecture id', () => {
    for (const file of validation.valid) expect(file.path).toBe(`content/architectures/${file.architecture.id}.yaml`);
  });

  it('keeps no scaffolding placeholders', () => {
    const withTodo = readRealContentFiles().filter((file) => file.text.includes(TODO_MARKER)).map((file) => file.path);
    expect(withTodo).toEqual([]);
  });

  it('gives every fact a source', () => {
    // Walk the raw YAML: every mapping under these lists is a fact and must carry its own citation.
    const factLists = new Set(['variants', 'components', 'connections', 'notes', 'requirements', 'sizing', 'thresholds', 'managed', 'settings', 'dns']);
    const unsourced: string[] = [];
    const walk = (value: unknown, where: string, inFactList: boolean): void => {
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (inFactList && item && typeof item === 'object' && !('source' in item)) unsourced.push(`${where}[${index}]`);
          walk(item, `${where}[${index}]`, false);
        });
      } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`, factLists.has(key));
      }
    };
    for (const file of parseRealContentFiles()) walk(file.data, file.path, false);
    expect(unsourced).toEqual([]);
  });
});

describe('Authgear seed facts', () => {
  it('sizes high-availability Kubernetes at 3 nodes of 2 vCPU and 8 GB', () => {
    const requirements = component('authgear', 'self-managed', 'kubernetes').requirements?.find((r) => r.scope === 'high-availability');
    expect({ nodes: requirements?.nodes, vcpu: requirements?.vcpu, memory: requirements?.memory?.gib }).toEqual({ nodes: 3, vcpu: 2, memory: 8 });
  });

  it('sizes PostgreSQL at 2 nodes of 2 vCPU, 8 GB and 500 GB', () => {
    const requirements = component('authgear', 'self-managed', 'postgresql').requirements?.[0];
    expect({ nodes: requirements?.nodes, vcpu: requirements?.vcpu, memory: requirements?.memory?.gib, storage: requirements?.storage?.gib }).toEqual({
      nodes: 2,
      vcpu: 2,
      memory: 8,
      storage: 500,
    });
  });

  it('sizes Redis memory at about 30 kB per user', () => {
    const rule = component('authgear', 'self-managed', 'redis').sizing?.find((s) => s.resource === 'memory');
    expect(rule?.perUser.text).toBe('30 kB');
    expect(rule?.perUser.gib).toBeCloseTo(30 / 1024 / 1024, 12);
    expect(rule?.approximate).toBe(true);
  });

  it('names Azure D2 v3 x3 for AKS and D2s v3 x2 for PostgreSQL', () => {
    const aks = component('authgear', 'azure', 'kubernetes').requirements?.[0];
    const postgres = component('authgear', 'azure', 'postgresql').requirements?.[0];
    expect({ sku: aks?.instance?.sku, nodes: aks?.nodes }).toEqual({ sku: 'D2 v3', nodes: 3 });
    expect({ sku: postgres?.instance?.sku, nodes: postgres?.nodes }).toEqual({ sku: 'D2s v3', nodes: 2 });
  });
});

describe('Coder seed facts', () => {
  it('sets the PostgreSQL version floor at 13 and names a managed service on each cloud', () => {
    for (const variant of architecture('coder').variants) {
      const postgres = component('coder', variant.id, 'postgresql');
      expect(postgres.requirements?.find((r) => r.version)?.version).toEqual({ product: 'PostgreSQL', min: '13' });
      expect(postgres.managed?.map((m) => m.service).sort()).toEqual(['amazon-rds-postgresql', 'azure-database-postgresql', 'cloud-sql-postgresql']);
    }
  });

  it('has the three editions as variants', () => {
    expect(architecture('coder').variants.map((v) => v.id)).toEqual(['community', 'enterprise', 'multi-region']);
  });
});

describe('Inrupt ESS seed facts', () => {
  const variant = 'aws-high-availability';

  it('requires Kafka topic auto-creation', () => {
    expect(component('inrupt-ess', variant, 'kafka').settings).toContainEqual(
      expect.objectContaining({ name: 'auto.create.topics.enable', value: 'true', required: true }),
    );
  });

  it('puts only the load balancer in the public subnet, with CNAMEs for the domain and its wildcard', () => {
    const components = resolveVariant(architecture('inrupt-ess'), variant).components;
    expect(components.filter((c) => c.placement?.subnet === 'public').map((c) => c.id)).toEqual(['load-balancer']);
    const records = components.flatMap((c) => c.dns ?? []);
    expect(records.map((r) => `${r.type} ${r.name}`).sort()).toEqual(['CNAME *.<DOMAIN>', 'CNAME <DOMAIN>']);
  });

  it('needs the secrets manager and the container registry only at startup', () => {
    expect(component('inrupt-ess', variant, 'secrets-manager').runtime?.needed).toBe('startup-only');
    expect(component('inrupt-ess', variant, 'container-registry').runtime?.needed).toBe('startup-only');
  });

  it('asks for at least three availability zones on AWS', () => {
    const found = architecture('inrupt-ess').variants.find((v) => v.id === variant);
    expect({ cloud: found?.cloud, zones: found?.availabilityZones?.min }).toEqual({ cloud: 'aws', zones: 3 });
  });
});

describe('Appsmith seed facts', () => {
  it('has Keycloak, Temporal, MongoDB, Redis, Caddy and the Node.js and Java backends on Kubernetes', () => {
    const technologies = resolveVariant(architecture('appsmith'), 'kubernetes').components.map((c) => `${c.role}:${c.technology ?? ''}`);
    expect(technologies).toEqual(
      expect.arrayContaining([
        'identity-provider:Keycloak',
        'workflow-engine:Temporal',
        'document-database:MongoDB',
        'cache:Redis',
        'reverse-proxy:Caddy',
        'application-service:Node.js',
        'application-service:Java',
      ]),
    );
  });

  it('keeps the single-container variant to the container and its volume, marked not for production', () => {
    const single = resolveVariant(architecture('appsmith'), 'single-container');
    expect(single.components.map((c) => c.role).sort()).toEqual(['application-service', 'persistent-volume']);
    expect(single.variant.production).toBe(false);
  });

  it('makes PostgreSQL conditional on SAML single sign-on', () => {
    const necessity = component('appsmith', 'kubernetes', 'postgresql').necessity;
    expect(necessity.level).toBe('conditional');
    expect(necessity.condition).toMatch(/SAML/);
  });
});
