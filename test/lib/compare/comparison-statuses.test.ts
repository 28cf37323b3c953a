import { describe, expect, it } from 'vitest';
import { buildComparison, findDifferences, formatCellStatus } from '../../../src/lib/compare/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

describe('buildComparison cell statuses, differs and differences (fixtures)', () => {
  /** An architecture whose components all fill the cache role, at the given necessity levels. */
  const withCaches = (id: string, levels: ('required' | 'recommended' | 'optional' | 'conditional')[]) =>
    buildArchitecture({
      id,
      product: id,
      components: [
        buildComponentInput({ id: 'db' }),
        ...levels.map((level, index) =>
          buildComponentInput({
            id: `cache-${index}`,
            role: 'cache',
            necessity: level === 'conditional' ? { level, condition: 'when X', source } : { level, source },
          }),
        ),
      ],
    });
  const cacheStatus = (levels: ('required' | 'recommended' | 'optional' | 'conditional')[]) =>
    buildComparison([withCaches('only', levels)]).rows.find((r) => r.role === 'cache')?.cells[0]?.status;

  it('shows a lone component at its own level', () => {
    expect(cacheStatus(['required'])).toBe('required');
    expect(cacheStatus(['recommended'])).toBe('recommended');
    expect(cacheStatus(['optional'])).toBe('optional');
    expect(cacheStatus(['conditional'])).toBe('conditional');
  });

  it('ranks required over recommended over conditional over optional when components share a role', () => {
    expect(cacheStatus(['recommended', 'required'])).toBe('required');
    expect(cacheStatus(['required', 'recommended'])).toBe('required');
    expect(cacheStatus(['conditional', 'recommended'])).toBe('recommended');
    expect(cacheStatus(['recommended', 'conditional'])).toBe('recommended');
    expect(cacheStatus(['optional', 'conditional'])).toBe('conditional');
    expect(cacheStatus(['conditional', 'optional'])).toBe('conditional');
    expect(cacheStatus(['optional', 'recommended', 'conditional'])).toBe('recommended');
  });

  it('marks a row as differing exactly when some columns need the role and others do not', () => {
    const same = buildComparison([withCaches('a', ['optional']), withCaches('b', ['optional'])]);
    expect(same.rows.map((r) => [r.role, r.differs])).toEqual([
      ['relational-database', false],
      ['cache', false],
    ]);
    // Optional and conditional both leave the choice to the reader: not a real difference.
    const leftToReader = buildComparison([withCaches('a', ['optional']), withCaches('b', ['conditional']), withCaches('c', ['optional'])]);
    expect(leftToReader.rows.map((r) => [r.role, r.differs])).toEqual([
      ['relational-database', false],
      ['cache', false],
    ]);
    const different = buildComparison([withCaches('a', ['optional']), withCaches('b', ['recommended']), withCaches('c', ['optional'])]);
    expect(different.rows.map((r) => [r.role, r.differs])).toEqual([
      ['relational-database', false],
      ['cache', true],
    ]);
    const missing = buildComparison([withCaches('a', ['required']), withCaches('b', [])]);
    expect(missing.rows.find((r) => r.role === 'cache')).toMatchObject({
      differs: true,
      cells: [{ status: 'required' }, { status: 'not-used' }],
    });
  });

  it('sorts differences into only-left, only-right and different, with each side as stated', () => {
    const comparison = buildComparison([withCaches('a', ['recommended']), withCaches('b', ['required']), withCaches('c', [])]);
    expect(findDifferences(comparison, 0, 1)).toEqual({
      onlyLeft: [],
      onlyRight: [],
      different: [
        {
          role: 'cache',
          label: 'Cache',
          left: 'recommended',
          right: 'required',
          leftComponents: ['PostgreSQL'],
          rightComponents: ['PostgreSQL'],
        },
      ],
    });
    expect(findDifferences(comparison, 0, 2)).toMatchObject({
      onlyLeft: [{ role: 'cache', left: 'recommended', right: 'not-used' }],
      onlyRight: [],
      different: [],
    });
    expect(findDifferences(comparison, 2, 1)).toMatchObject({
      onlyLeft: [],
      onlyRight: [{ role: 'cache', left: 'not-used', right: 'required' }],
      different: [],
    });
    expect(findDifferences(comparison, 0, 0)).toEqual({ onlyLeft: [], onlyRight: [], different: [] });
    // A column index the comparison does not have gives no differences rather than an error.
    expect(findDifferences(comparison, 0, 7)).toEqual({ onlyLeft: [], onlyRight: [], different: [] });
    expect(findDifferences(comparison, 7, 0)).toEqual({ onlyLeft: [], onlyRight: [], different: [] });
  });

  it('names the components on each side by technology, or by name when none is given', () => {
    const named = (id: string, level: 'required' | 'optional', technology?: string) =>
      buildArchitecture({
        id,
        components: [buildComponentInput({ id: 'c', name: `${id} cache`, role: 'cache', technology, necessity: { level, source } })],
      });
    const comparison = buildComparison([named('a', 'required', 'Redis'), named('b', 'optional')]);
    expect(findDifferences(comparison, 0, 1).different).toMatchObject([{ leftComponents: ['Redis'], rightComponents: ['b cache'] }]);
  });

  it('labels every status', () => {
    expect(['required', 'recommended', 'optional', 'conditional', 'not-used'].map((s) => formatCellStatus(s as 'required'))).toEqual([
      'Required',
      'Recommended',
      'Optional',
      'Conditional',
      'Not used',
    ]);
  });
});
