import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchitectureJsonSchema, TODO_MARKER } from '../../src/lib/authoring/index.ts';
import { formatContentIssue, readContentFiles } from '../../src/lib/content/index.ts';
import {
  loadRealSourceDocuments,
  parseRealContentFiles,
  readRealContentFiles,
  realSourcesDir,
  validateRealContent,
} from '../fixtures/load-real-content.ts';

// Checks that hold for every file in content/: they name no product, so a new architecture is covered by adding it.

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const architectureFiles = readRealContentFiles();
const parsedArchitectures = parseRealContentFiles();
const sourceFiles = readContentFiles(realSourcesDir, repositoryRoot);
const documents = loadRealSourceDocuments();
const validation = validateRealContent();

type Raw = Record<string, unknown>;

/** Every mapping in a parsed YAML tree with its path and the key it sits under (its own, or its list's). */
function collectMappings(value: unknown, where: string, key: string | null = null): { mapping: Raw; where: string; key: string | null }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => collectMappings(item, `${where}[${index}]`, key));
  if (!value || typeof value !== 'object') return [];
  const mapping = value as Raw;
  return [
    { mapping, where, key },
    ...Object.entries(mapping).flatMap(([childKey, child]) => collectMappings(child, `${where}.${childKey}`, childKey)),
  ];
}

/** The citations a `source` value holds, as written ("doc#section"), whether one or a list. */
function readCitations(source: unknown): string[] {
  const list = Array.isArray(source) ? source : [source];
  return list.filter((item): item is string => typeof item === 'string');
}

/** Every citation written in a file, with where it is written. */
function collectCitations(data: unknown, file: string): { citation: string; where: string }[] {
  return collectMappings(data, file).flatMap(({ mapping, where }) => readCitations(mapping.source).map((citation) => ({ citation, where: `${where}.source` })));
}

/**
 * Fields whose value (a mapping, or each mapping of a list) is a fact and must carry its own `source`: the v2 schema
 * in src/schemas (variants, loadDrivers, rated, hosts, components and their requirements, sizing, limits,
 * thresholds, managed, incompatible, ports, settings, dns, notes; connections; the statements of conflicts; the
 * single facts necessity, edition, placement, runtime, availabilityZones and regions). Conflicts themselves cite
 * nothing: each of their statements does. `overrides` are patches of facts, and groups are diagram boxes.
 */
const FACT_KEYS = [
  'variants',
  'loadDrivers',
  'rated',
  'availabilityZones',
  'regions',
  'edition',
  'hosts',
  'components',
  'necessity',
  'requirements',
  'sizing',
  'limits',
  'thresholds',
  'managed',
  'incompatible',
  'placement',
  'runtime',
  'ports',
  'settings',
  'dns',
  'notes',
  'connections',
  'statements',
] as const;

describe('every file in content/', () => {
  it('validates: every architecture against the schema and its cross-references, every source document', () => {
    expect(validation.issues.map(formatContentIssue)).toEqual([]);
    expect(architectureFiles.length).toBeGreaterThan(0);
    expect(validation.valid).toHaveLength(architectureFiles.length);
    expect(documents).toHaveLength(sourceFiles.length);
  });

  it('names every file after the id inside it', () => {
    for (const file of validation.valid) expect(file.path).toBe(`content/architectures/${file.architecture.id}.yaml`);
    for (const file of sourceFiles) expect(file.path).toBe(`content/sources/${String((parse(file.text) as Raw).id)}.yaml`);
  });

  it('keeps no scaffold placeholder', () => {
    const withPlaceholder = [...architectureFiles, ...sourceFiles].filter((file) => new RegExp(`\\b${TODO_MARKER}\\b`).test(file.text)).map((file) => file.path);
    expect(withPlaceholder).toEqual([]);
  });
});

describe('sources of every fact', () => {
  it('lists every fact-bearing field of the schema, so the walk below misses none', () => {
    // Derived from the editor JSON Schema, which is generated from src/schemas: every property whose object (or list
    // item) requires a `source`. A new kind of fact added to the schema fails here until FACT_KEYS names it.
    const required = new Set<string>();
    const visit = (node: unknown, key: string | null): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((child) => visit(child, key));
      const schema = node as Raw;
      const properties = schema.properties as Raw | undefined;
      if (properties) {
        if (key && 'source' in properties && Array.isArray(schema.required) && schema.required.includes('source')) required.add(key);
        for (const [name, child] of Object.entries(properties)) visit(child, name);
      }
      for (const name of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) visit(schema[name], key);
    };
    visit(JSON.parse(generateArchitectureJsonSchema()), null);
    expect([...required].sort()).toEqual([...FACT_KEYS].sort());
  });

  it('gives every fact its own non-empty source, in the YAML as written', () => {
    const factKeys = new Set<string>(FACT_KEYS);
    const unsourced = parsedArchitectures.flatMap(({ path: file, data }) =>
      collectMappings(data, file)
        .filter(({ key }) => key !== null && factKeys.has(key))
        .filter(({ mapping }) => readCitations(mapping.source).length === 0)
        .map(({ where }) => where),
    );
    expect(unsourced).toEqual([]);
    // The walk must have found facts, or it checks nothing.
    expect(parsedArchitectures.flatMap(({ data, path: file }) => collectMappings(data, file).filter(({ key }) => key === 'settings')).length).toBeGreaterThan(0);
  });

  it('cites only sections that exist in content/sources, of documents the architecture lists', () => {
    const sections = new Set(documents.flatMap((document) => document.sections.map((section) => `${document.id}#${section.id}`)));
    const problems = parsedArchitectures.flatMap(({ path: file, data }) => {
      const listed = new Set(readCitations((data as Raw).sources));
      return collectCitations(data, file).flatMap(({ citation, where }) => [
        ...(sections.has(citation) ? [] : [`${where}: ${citation} is not a section in content/sources`]),
        ...(listed.has(citation.split('#')[0] ?? '') ? [] : [`${where}: ${citation} cites a document missing from sources`]),
      ]);
    });
    expect(problems).toEqual([]);
  });

  it('cites every source document at least once, and every document an architecture lists from that architecture', () => {
    const cited = new Set(parsedArchitectures.flatMap(({ path: file, data }) => collectCitations(data, file).map(({ citation }) => citation.split('#')[0])));
    expect(documents.map((document) => document.id).filter((id) => !cited.has(id))).toEqual([]);
    for (const { path: file, data } of parsedArchitectures) {
      const own = new Set(collectCitations(data, file).map(({ citation }) => citation.split('#')[0]));
      expect(readCitations((data as Raw).sources).filter((id) => !own.has(id)), file).toEqual([]);
    }
  });

  it('gives every conflict at least two statements, each with its own citation', () => {
    const conflicts = validation.valid.flatMap(({ path: file, architecture }) => architecture.conflicts.map((conflict) => ({ file, conflict })));
    expect(conflicts.length).toBeGreaterThan(0);
    for (const { file, conflict } of conflicts) {
      const label = `${file}: ${conflict.topic}`;
      expect(conflict.statements.length, label).toBeGreaterThanOrEqual(2);
      for (const statement of conflict.statements) expect(statement.source.length, label).toBeGreaterThanOrEqual(1);
      expect(conflict.statements.flatMap((statement) => statement.source).length, label).toBeGreaterThanOrEqual(2);
    }
  });

  it('states the basis of every connection, stated or inferred, in the YAML as written', () => {
    const connections = parsedArchitectures.flatMap(({ path: file, data }) =>
      (((data as Raw).connections as Raw[] | undefined) ?? []).map((connection, index) => ({ where: `${file}.connections[${index}]`, basis: connection.basis })),
    );
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.filter(({ basis }) => basis !== 'stated' && basis !== 'inferred').map(({ where, basis }) => `${where}: ${String(basis)}`)).toEqual([]);
  });
});
