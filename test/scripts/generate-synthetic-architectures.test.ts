import { describe, expect, it } from 'vitest';
import { buildSyntheticArchitecture, buildSyntheticProductName } from '../../scripts/generate-synthetic-architectures.ts';
import { attachDocuments } from '../../src/lib/content/index.ts';
import { ArchitectureSchema } from '../../src/schemas/architecture.ts';
import { loadRealSourceDocuments } from '../fixtures/load-real-content.ts';

describe('buildSyntheticArchitecture', () => {
  it('is deterministic: the same index gives the same architecture, different indexes differ', () => {
    expect(buildSyntheticArchitecture(7)).toEqual(buildSyntheticArchitecture(7));
    expect(buildSyntheticArchitecture(7)).not.toEqual(buildSyntheticArchitecture(8));
  });

  it.each([1, 2, 500, 1000])('architecture %i validates against the schema with about ten components, groups and connections', (index) => {
    const parsed = ArchitectureSchema.safeParse(attachDocuments(buildSyntheticArchitecture(index), loadRealSourceDocuments()));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const architecture = parsed.data!;
    expect(architecture.components.length).toBeGreaterThanOrEqual(9);
    expect(architecture.components.length).toBeLessThanOrEqual(11);
    expect(architecture.groups.length).toBeGreaterThan(1);
    expect(architecture.connections.length).toBe(architecture.components.length - 1);
  });
});

describe('buildSyntheticProductName', () => {
  it('gives every architecture of a 1,000 catalogue its own one-word name', () => {
    const names = Array.from({ length: 1000 }, (_, i) => buildSyntheticProductName(i + 1));
    expect(new Set(names).size).toBe(1000);
    expect(names.every((name) => /^[A-Z][a-z]+$/.test(name))).toBe(true);
  });

  it('keeps names distinct up to 12,000 architectures (four syllables from 8,000 on), as the 10,000 benchmark needs', () => {
    const names = Array.from({ length: 12_000 }, (_, i) => buildSyntheticProductName(i + 1));
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(12_000);
    expect(buildSyntheticProductName(1)).toBe('Kakalo');
  });
});
