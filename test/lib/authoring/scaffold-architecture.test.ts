import { describe, expect, it } from 'vitest';
import { sourceDocuments } from '../../../data/sources.ts';
import { checkArchitectureId, scaffoldArchitecture, TODO_MARKER } from '../../../src/lib/authoring/index.ts';
import { validateArchitectureFile } from '../../../src/lib/content/index.ts';

describe('scaffoldArchitecture', () => {
  it.each(sourceDocuments.map((d) => d.id))('writes a file that validates when started from %s', (sourceId) => {
    const result = scaffoldArchitecture({ id: 'new-product', sourceId });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { issues, architecture } = validateArchitectureFile({ path: 'content/architectures/new-product.yaml', text: result.text });
    expect(issues).toEqual([]);
    expect(architecture?.sources).toEqual([sourceId]);
    expect(result.text).toContain(TODO_MARKER);
  });

  it('refuses an unknown source document and lists the registered ones', () => {
    const result = scaffoldArchitecture({ id: 'new-product', sourceId: 'vendor-guide' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(
      /unknown source document "vendor-guide"\. Fix: use one of authgear-self-managed, .*data\/sources\.ts/,
    );
  });

  it('reports a bad id and a missing source together', () => {
    const result = scaffoldArchitecture({ id: 'Bad Id', sourceId: '' });
    expect(!result.ok && result.errors).toEqual([
      expect.stringMatching(/"Bad Id" is not kebab-case\. Fix: .*"bad-id"/),
      expect.stringMatching(/^missing --source\. Fix:/),
    ]);
  });
});

describe('checkArchitectureId', () => {
  it('accepts kebab-case ids and refuses others with a fix', () => {
    expect(checkArchitectureId('coder-2')).toBeUndefined();
    expect(checkArchitectureId('')).toMatch(/^missing id\. Fix:/);
    expect(checkArchitectureId('-x')).toMatch(/not kebab-case/);
    expect(checkArchitectureId('../etc/passwd')).toMatch(/not kebab-case/);
    expect(checkArchitectureId('a'.repeat(65))).toMatch(/65 characters long\. Fix: use 64 or fewer/);
  });
});
