import { describe, expect, it } from 'vitest';
import { buildDiagramModel } from '../../../src/lib/diagram/index.ts';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import type { ArchitectureInput } from '../../../src/schemas/architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

/** The model of the one variant of an architecture built from these fields. */
function modelOf(overrides: Partial<ArchitectureInput>) {
  return buildDiagramModel(resolveVariant(buildArchitecture(overrides), 'default'));
}

// Role categories and labels read off data/roles.ts: load-balancer network, application-service application
// ("Application service"), relational-database and cache data, logging-monitoring and email-sms-gateway operations,
// vendor-cloud-service external, reverse-proxy network, server-host compute.
describe('buildDiagramModel boxes', () => {
  it('gives each box its id, name, second line, shape, count, tier and cross-cutting flag, ordered by tier', () => {
    const model = modelOf({
      components: [
        buildComponentInput({ id: 'mail', name: 'Mail', role: 'email-sms-gateway', technology: undefined }),
        buildComponentInput({ id: 'vendor', name: 'Vendor API', role: 'vendor-cloud-service', technology: undefined }),
        buildComponentInput({
          id: 'db',
          name: 'Relational database',
          technology: undefined,
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }],
        }),
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          technology: 'App',
          requirements: [
            { scope: 'minimum', part: 'web', nodes: 2, source },
            { scope: 'minimum', part: 'worker', nodes: 5, source },
          ],
        }),
        buildComponentInput({
          id: 'lb',
          name: 'LB',
          role: 'load-balancer',
          technology: 'HAProxy',
          necessity: { level: 'optional', source },
        }),
        buildComponentInput({ id: 'logs', name: 'Logs', role: 'logging-monitoring', technology: undefined }),
      ],
    });
    expect(model.nodes.map((n) => [n.id, n.name, n.detail, n.shape, n.necessity, n.count, n.tier, n.crossCutting, n.group])).toEqual([
      ['c_lb', 'LB', 'Load balancer · HAProxy', 'network', 'optional', null, 'edge', false, null],
      ['c_app', 'App', 'Application service', 'application', 'required', '×2–5', 'application', false, null],
      ['c_db', 'Relational database', null, 'data', 'required', null, 'data', false, null],
      ['c_vendor', 'Vendor API', 'Vendor cloud service', 'external', 'required', null, 'external', false, null],
      ['c_mail', 'Mail', 'Email / SMS gateway', 'operations', 'required', null, 'operations', true, null],
      ['c_logs', 'Logs', 'Logging and monitoring', 'operations', 'required', null, 'operations', true, null],
    ]);
  });

  it('writes one stated count as "×n" and leaves out a count of one', () => {
    const model = modelOf({
      components: [
        buildComponentInput({ id: 'three', requirements: [{ scope: 'minimum', nodes: 3, source }] }),
        buildComponentInput({ id: 'one', requirements: [{ scope: 'minimum', nodes: 1, source }] }),
      ],
    });
    expect(model.nodes.map((n) => n.count)).toEqual(['×3', null]);
  });

  it('places a box in the tier of its nearest tiered group, else by its role; a boundary takes the highest tier it holds', () => {
    const model = modelOf({
      groups: [
        { id: 'site', label: 'Site A', tier: 'boundary' },
        { id: 'web', label: 'Web tier', tier: 'application', parent: 'site' },
        { id: 'plain', label: 'Plain' },
      ],
      components: [
        buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', technology: undefined, group: 'site' }),
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service', group: 'web' }),
        buildComponentInput({ id: 'proxy', name: 'Proxy', role: 'reverse-proxy', group: 'plain' }),
      ],
    });
    expect(model.nodes.map((n) => [n.id, n.tier, n.group])).toEqual([
      ['c_proxy', 'edge', 'g_plain'],
      ['c_app', 'application', 'g_web'],
      ['c_cache', 'data', 'g_site'],
    ]);
    expect(model.groups).toEqual([
      { id: 'g_plain', label: 'Plain', tier: 'edge', boundary: false, parent: null },
      { id: 'g_site', label: 'Site A', tier: 'application', boundary: true, parent: null },
      { id: 'g_web', label: 'Web tier', tier: 'application', boundary: false, parent: 'g_site' },
    ]);
  });
});

describe('buildDiagramModel arrows, entry and span', () => {
  const components = () => [
    buildComponentInput({ id: 'lb', name: 'LB', role: 'load-balancer' }),
    buildComponentInput({ id: 'app', name: 'App', role: 'application-service' }),
    buildComponentInput({ id: 'logs', name: 'Logs', role: 'logging-monitoring' }),
  ];

  it('draws one arrow per connection with its label, dotted when inferred, muted when it touches a shared service', () => {
    const model = modelOf({
      components: components(),
      connections: [
        { from: 'lb', to: 'app', label: 'HTTPS', basis: 'stated', source },
        { from: 'app', to: 'logs', basis: 'inferred', source },
      ],
    });
    expect(model.edges).toEqual([
      { id: 'e0', from: 'c_lb', to: 'c_app', label: 'HTTPS', inferred: false, crossCutting: false },
      { id: 'e1', from: 'c_app', to: 'c_logs', label: null, inferred: true, crossCutting: true },
    ]);
  });

  it('lets requests in at the edge boxes nothing in front sends to', () => {
    const model = modelOf({ components: components(), connections: [{ from: 'lb', to: 'app', basis: 'stated', source }] });
    expect(model.entry).toEqual({ label: 'Users', targets: ['c_lb'] });
  });

  it('counts an arrow up the bands as not sending requests in, so an edge box fed from below is still the entry', () => {
    const model = modelOf({ components: components(), connections: [{ from: 'app', to: 'lb', basis: 'stated', source }] });
    expect(model.entry.targets).toEqual(['c_lb']);
  });

  it('falls back to a network-role box outside the edge tier, then to the first application box, then to none', () => {
    const proxyInApp = modelOf({
      groups: [{ id: 'apps', label: 'Apps', tier: 'application' }],
      components: [
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service', group: 'apps' }),
        buildComponentInput({ id: 'proxy', name: 'Proxy', role: 'reverse-proxy', group: 'apps' }),
      ],
    });
    expect(proxyInApp.entry.targets).toEqual(['c_proxy']);
    const appOnly = modelOf({
      components: [buildComponentInput({ id: 'db' }), buildComponentInput({ id: 'host', name: 'Host', role: 'server-host' })],
    });
    expect(appOnly.entry.targets).toEqual(['c_host']);
    expect(modelOf({ components: [buildComponentInput({ id: 'db' })] }).entry.targets).toEqual([]);
  });

  it('draws the regions, else the zones, a variant spans, unless a boundary group named for them already does', () => {
    const variant = { id: 'default', name: 'Default', summary: 'One.', source };
    const zones = { min: 3, source };
    const regions = { min: 2, source };
    expect(modelOf({ variants: [{ ...variant, availabilityZones: zones }] }).span).toBe('Across at least 3 availability zones');
    expect(modelOf({ variants: [{ ...variant, availabilityZones: zones, regions }] }).span).toBe('Across at least 2 regions');
    expect(modelOf({ variants: [variant] }).span).toBeNull();
    const drawn = modelOf({
      variants: [{ ...variant, availabilityZones: zones }],
      groups: [{ id: 'z', label: 'Zone 1', tier: 'boundary' }],
      components: [buildComponentInput({ group: 'z' })],
    });
    expect(drawn.span).toBeNull();
    const otherBoundary = modelOf({
      variants: [{ ...variant, availabilityZones: zones }],
      groups: [{ id: 'v', label: 'VPC', tier: 'boundary' }],
      components: [buildComponentInput({ group: 'v' })],
    });
    expect(otherBoundary.span).toBe('Across at least 3 availability zones');
  });
});
