import { describe, expect, it } from 'vitest';
import { attachDocuments, formatContentIssue, formatContentIssues, formatFieldPath, formatZodIssues } from '../../../src/lib/content/index.ts';
import { ArchitectureSchema } from '../../../src/schemas/architecture.ts';
import { buildArchitectureInput, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadRealSourceDocuments } from '../../fixtures/load-real-content.ts';

/** Validates `input` with the real schema and returns the printed messages for a pretend file. */
function messagesFor(input: unknown): string[] {
  const result = ArchitectureSchema.safeParse(attachDocuments(input, loadRealSourceDocuments()));
  if (result.success) return [];
  return formatZodIssues('content/architectures/x.yaml', result.error.issues, input).map(formatContentIssue);
}

describe('formatFieldPath', () => {
  it('writes list indexes in brackets and keys with dots', () => {
    expect(formatFieldPath(['components', 3, 'requirements', 0, 'memory'])).toBe('components[3].requirements[0].memory');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('formatZodIssues', () => {
  it('names an unknown field and says how to find the allowed ones', () => {
    const input = buildArchitectureInput({ components: [{ ...buildComponentInput(), colour: 'red' } as never] });
    expect(messagesFor(input)).toEqual([
      expect.stringMatching(
        /^content\/architectures\/x\.yaml: components\[0\] \(id "postgresql"\): unknown field "colour"\. Fix: remove it or correct the spelling;/,
      ),
    ]);
  });

  it('says a required field is missing and what to write', () => {
    const { product: _product, ...input } = buildArchitectureInput();
    expect(messagesFor(input)).toEqual([
      'content/architectures/x.yaml: product: missing required field "product". Fix: add product: with text.',
    ]);
  });

  it('asks for a whole number where a fraction was written', () => {
    const input = buildArchitectureInput({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 2.5, source: 'authgear-self-managed#resources-reference' }] })],
    });
    expect(messagesFor(input)).toEqual([
      'content/architectures/x.yaml: components[0] (id "postgresql").requirements[0].nodes: must be a whole number but found number 2.5. Fix: write nodes as a whole number such as 3.',
    ]);
  });

  it('asks for at least one entry in an empty required list', () => {
    expect(messagesFor(buildArchitectureInput({ variants: [] }))).toEqual([
      'content/architectures/x.yaml: variants: needs at least 1 entry. Fix: add 1 or more entries under variants.',
    ]);
  });

  it('splits archkb\'s own "problem; fix" messages', () => {
    const input = buildArchitectureInput({ sources: ['vendor-guide' as never] });
    expect(messagesFor(input)[0]).toBe(
      'content/architectures/x.yaml: sources[0]: unknown source document "vendor-guide". Fix: add content/sources/vendor-guide.yaml describing it.',
    );
  });

  it('adds the line and column when a locator finds the node', () => {
    const input = buildArchitectureInput({ vendor: 3 as never });
    const result = ArchitectureSchema.safeParse(attachDocuments(input, loadRealSourceDocuments()));
    const locate = (path: readonly PropertyKey[]) => (path[0] === 'vendor' ? { line: 3, column: 9 } : undefined);
    const issues = result.success ? [] : formatZodIssues('x.yaml', result.error.issues, input, locate);
    expect(issues.map(formatContentIssue)).toEqual(['x.yaml:3:9: vendor: expected text but found number 3. Fix: write vendor as text.']);
  });
});

describe('formatContentIssues', () => {
  it('heads the list with counts of problems and files', () => {
    const issue = { file: 'a.yaml', field: 'id', problem: 'bad', fix: 'good' };
    expect(formatContentIssues([issue, { ...issue, file: 'b.yaml' }])).toBe(
      '2 problems in 2 content files:\n  a.yaml: id: bad. Fix: good.\n  b.yaml: id: bad. Fix: good.',
    );
    expect(formatContentIssues([])).toBe('');
  });
});
