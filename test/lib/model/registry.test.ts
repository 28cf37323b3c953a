import { describe, expect, it } from 'vitest';
import {
  findCloudLabel,
  findCloudService,
  findRole,
  findRoleCategoryLabel,
  findRoleMapping,
  resolveSource,
} from '../../../src/lib/model/index.ts';

describe('registry lookups', () => {
  it('finds roles and managed services by id, and fails naming the registry for an unknown id', () => {
    expect(findRole('cache')).toMatchObject({ id: 'cache', category: 'data' });
    expect(() => findRole('no-such-role' as never)).toThrow('role no-such-role missing from data/roles.ts');
    expect(findCloudService('amazon-s3')).toMatchObject({ cloud: 'aws', name: 'Amazon S3' });
    expect(() => findCloudService('no-such-service' as never)).toThrow('cloud service no-such-service missing from data/clouds.ts');
  });

  it('labels categories and clouds, falling back to the id', () => {
    expect(findRoleCategoryLabel('data')).toBe('Data');
    expect(findRoleCategoryLabel('compute')).toBe('Compute');
    expect(findRoleCategoryLabel('no-such-category')).toBe('no-such-category');
    expect(findCloudLabel('azure')).toBe('Azure');
    expect(findCloudLabel('no-such-cloud' as never)).toBe('no-such-cloud');
  });

  it('finds the role mapping of a role, or nothing', () => {
    expect(findRoleMapping('cache')).toMatchObject({ role: 'cache', aws: 'amazon-elasticache-redis' });
    expect(findRoleMapping('no-such-role' as never)).toBeUndefined();
  });
});

describe('resolveSource', () => {
  it('resolves a citation to document and section titles, vendor, URL (when registered) and anchor', () => {
    const source = resolveSource({ doc: 'authgear-self-managed', section: 'resources-reference' });
    expect(source).toMatchObject({
      doc: 'authgear-self-managed',
      section: 'resources-reference',
      vendor: 'Authgear',
      anchor: 'src-authgear-self-managed-resources-reference',
    });
    expect(source.documentTitle.length).toBeGreaterThan(0);
    expect(source.documentTitle).not.toBe('authgear-self-managed');
    expect(source.sectionTitle).not.toBe('resources-reference');
    // The self-managed guide is registered without a URL; the Azure one has one.
    expect('url' in source).toBe(false);
    expect(resolveSource({ doc: 'authgear-azure', section: 'search-hint' }).url).toBe(
      'https://docs.authgear.com/deployment/architecture-guides/azure-reference-architecture',
    );
  });

  it('falls back to the ids, no vendor and no URL for a citation the registry lacks', () => {
    expect(resolveSource({ doc: 'no-such-doc', section: 'no-such-section' } as never)).toEqual({
      doc: 'no-such-doc',
      section: 'no-such-section',
      documentTitle: 'no-such-doc',
      sectionTitle: 'no-such-section',
      vendor: '',
      anchor: 'src-no-such-doc-no-such-section',
    });
    expect(resolveSource({ doc: 'authgear-self-managed', section: 'no-such-section' } as never).sectionTitle).toBe('no-such-section');
  });
});
