import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { findArchitecture, findComponent, sizeVariant } from '../content-helpers.ts';

// Facts from 002_5ddedcbb08404d50.txt (content/sources/appsmith-deployment-architecture.yaml), "Deployment
// Architecture". The page states no node count, size or version, so the checks are about components and necessity.

describe('Appsmith on Kubernetes ("Kubernetes Pods", "External Managed Services")', () => {
  it('runs Keycloak, Temporal, the Java and Node.js backends and Caddy as pods, with MongoDB and Redis', () => {
    const technologies = resolveVariant(findArchitecture('appsmith'), 'kubernetes').components.map((c) => `${c.role}:${c.technology ?? ''}`);
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

  it('needs PostgreSQL only for SAML single sign-on ("PostgresDB Appsmith database")', () => {
    const necessity = findComponent('appsmith', 'kubernetes', 'postgresql').necessity;
    expect(necessity.level).toBe('conditional');
    expect(necessity.condition).toMatch(/SAML/);
  });

  it('draws the Java backend links the text only implies as inferred, and its queries to your data sources as stated', () => {
    // "integrating with all components of Appsmith" names no link; "Executes queries on databases and external APIs" does.
    const fromJava = resolveVariant(findArchitecture('appsmith'), 'kubernetes').connections.filter((c) => c.from === 'java-backend');
    expect(fromJava.filter((c) => c.basis === 'stated').map((c) => c.to)).toEqual(['customer-data']);
    expect(fromJava.filter((c) => c.basis === 'inferred').length).toBeGreaterThan(0);
  });

  it('states no figures, so sizing totals nothing and lists every counted component as unstated', () => {
    const result = sizeVariant('appsmith', 'kubernetes', {});
    expect(Object.values(result.totals).every((total) => total === null)).toBe(true);
    expect(result.unstated.map((entry) => entry.component).sort()).toEqual(result.components.filter((c) => c.counted).map((c) => c.id).sort());
  });
});

describe('Appsmith in a single container ("Deployment Architecture" introduction)', () => {
  it('is one container and its one data volume', () => {
    const single = resolveVariant(findArchitecture('appsmith'), 'single-container');
    expect(single.components.map((c) => c.role).sort()).toEqual(['application-service', 'persistent-volume']);
  });

  it('does not claim the vendor calls it unfit for production: it records the Kubernetes recommendation instead', () => {
    // The page recommends Kubernetes "For production environments"; it never says the single container is not for
    // production, so the audit left `production` unset on this variant (the old test expected false).
    const architecture = findArchitecture('appsmith');
    expect(resolveVariant(architecture, 'single-container').variant.production).toBeUndefined();
    expect(resolveVariant(architecture, 'kubernetes').variant.production).toBe(true);
    expect(resolveVariant(architecture, 'single-container').notes).toContainEqual(expect.objectContaining({ kind: 'recommendation' }));
  });
});
