import { describe, expect, it } from 'vitest';
import { findCloudLabel, findCloudService, findRole, findRoleCategoryLabel, findRoleMapping } from '../../../src/lib/model/index.ts';

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
