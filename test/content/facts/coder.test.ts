import { describe, expect, it } from 'vitest';
import { findCloudService } from '../../../src/lib/model/index.ts';
import { findArchitecture, findCloudCell, findComponent } from '../content-helpers.ts';

// Facts from 004_87633d548b83fd9d.txt (content/sources/coder-architecture.yaml), "Architecture".

describe('Coder', () => {
  it('has the three deployments of the page as variants, two of them Enterprise', () => {
    const variants = findArchitecture('coder').variants;
    expect(variants.map((v) => v.id)).toEqual(['community', 'enterprise', 'multi-region']);
    expect(variants.filter((v) => v.edition?.name === 'Enterprise').map((v) => v.id)).toEqual(['enterprise', 'multi-region']);
  });

  it('recommends an external PostgreSQL 13+ for production in every variant ("Data Layer: PostgreSQL")', () => {
    for (const variant of findArchitecture('coder').variants) {
      const postgresql = findComponent('coder', variant.id, 'postgresql');
      expect(postgresql.necessity.level, variant.id).toBe('recommended');
      expect(postgresql.requirements?.flatMap((r) => r.versions ?? []), variant.id).toContainEqual({ product: 'PostgreSQL', min: '13' });
    }
  });

  it('names a managed PostgreSQL on each cloud, as the vendor lists them, in the cloud mapping', () => {
    const expected = { aws: 'amazon-rds-postgresql', azure: 'azure-database-postgresql', gcp: 'cloud-sql-postgresql' } as const;
    for (const variant of findArchitecture('coder').variants) {
      for (const [cloud, service] of Object.entries(expected) as [keyof typeof expected, (typeof expected)[keyof typeof expected]][]) {
        const cell = findCloudCell('coder', variant.id, 'postgresql', cloud);
        expect(cell.vendorNamed, `${variant.id} on ${cloud}`).toBe(true);
        expect(cell.service, `${variant.id} on ${cloud}`).toBe(findCloudService(service).name);
      }
    }
  });

  it('records external provisioners as an option, not a recommendation ("Primary components: provisionerd")', () => {
    const notes = findComponent('coder', 'community', 'provisionerd').notes ?? [];
    expect(notes.find((note) => /external provisioners/i.test(note.text))?.kind).toBe('option');
  });

  it('names the examples the page gives for the git provider and the artifact manager', () => {
    expect(findComponent('coder', 'community', 'git-provider').examples).toEqual(expect.arrayContaining(['GitHub Enterprise', 'GitLab', 'Bitbucket']));
    expect(findComponent('coder', 'community', 'artifact-manager').examples).toContain('JFrog Artifactory');
  });
});
