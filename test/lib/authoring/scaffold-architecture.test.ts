import { describe, expect, it } from 'vitest';
import { checkArchitectureId, scaffoldArchitecture, TODO_MARKER } from '../../../src/lib/authoring/index.ts';
import { validateArchitectureFile } from '../../../src/lib/content/index.ts';
import type { SourceDocument } from '../../../src/schemas/source-document.ts';
import { loadRealSourceDocuments } from '../../fixtures/load-real-content.ts';

const documents = loadRealSourceDocuments();

/** The problems of a scaffold other than the TODO placeholders the author is meant to replace. */
function listProblemsBesidesTodos(text: string, known: readonly SourceDocument[] = documents): string[] {
  const { issues } = validateArchitectureFile({ path: 'content/architectures/new-product.yaml', text }, known);
  return issues.filter((issue) => !/TODO placeholder/.test(issue.problem)).map((issue) => `${issue.field}: ${issue.problem}`);
}

describe('scaffoldArchitecture', () => {
  it.each(documents.map((d) => d.id))('writes a file whose only problems are its TODOs when started from %s', (sourceId) => {
    const result = scaffoldArchitecture({ id: 'new-product', sourceId }, documents);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(listProblemsBesidesTodos(result.text)).toEqual([]);
    expect(result.text).toContain(`sources: [${sourceId}]`);
    expect(result.text).toContain(TODO_MARKER);
    expect(result.sourceText).toBeNull();
  });

  it('lists every TODO as a problem, so validation fails until the author replaces them', () => {
    const result = scaffoldArchitecture({ id: 'new-product', sourceId: documents[0]!.id }, documents);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { issues } = validateArchitectureFile({ path: 'content/architectures/new-product.yaml', text: result.text }, documents);
    expect(issues.length).toBeGreaterThan(3);
    expect(issues.every((issue) => /TODO placeholder/.test(issue.problem))).toBe(true);
  });

  it('writes a source stub for a document archkb does not know yet', () => {
    const result = scaffoldArchitecture({ id: 'new-product', sourceId: 'vendor-guide' }, documents);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.sourceText).toMatch(/^id: vendor-guide$/m);
    const stub: SourceDocument = {
      id: 'vendor-guide',
      file: 'x.md',
      title: 'x',
      vendor: 'x',
      sections: [{ id: 'introduction', title: 'x' }],
    } as SourceDocument;
    expect(listProblemsBesidesTodos(result.text, [...documents, stub])).toEqual([]);
  });

  it('reports a bad id and a missing source together', () => {
    const result = scaffoldArchitecture({ id: 'Bad Id', sourceId: '' }, documents);
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
