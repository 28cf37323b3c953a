import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatContentIssue,
  MAX_CONTENT_FILE_BYTES,
  validateArchitectureFile,
  validateArchitectureFiles,
} from '../../src/lib/content/index.ts';
import { loadRealSourceDocuments } from '../fixtures/load-real-content.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

/** Reads a fixture and names it the way an author sees it, relative to the repository. */
function readFixture(relative: string): { path: string; text: string } {
  return { path: `test/fixtures/${relative}`, text: readFileSync(path.join(fixtures, relative), 'utf8') };
}

/** Validates one fixture and returns its printed messages. */
function messagesFor(relative: string): string[] {
  return validateArchitectureFile(readFixture(relative), loadRealSourceDocuments()).issues.map(formatContentIssue);
}

// One row per way an author goes wrong: the file, the field the message must name, and what it must say.
const cases: { file: string; field: string; says: RegExp }[] = [
  {
    file: 'missing-source',
    field: 'components[0] (id "app").source',
    says: /missing required field "source"\. Fix: add source: <document-id>#<section-id>/,
  },
  {
    file: 'unknown-role',
    field: 'components[0] (id "app").role',
    says: /unknown role "app-server"\. Fix: use one of the ids in data\/roles\.ts \(.*application-service/,
  },
  {
    file: 'bad-unit',
    field: 'components[1] (id "db").requirements[0].memory',
    says: /size "8 GBs" has unknown unit "GBs"\. Fix: use one of kB, .*GB/,
  },
  {
    file: 'dangling-connection',
    field: 'connections[0].to',
    says: /connection to "database" is not a component id\. Fix: use one of app, db/,
  },
  {
    file: 'duplicate-component-id',
    field: 'components[1] (id "app").id',
    says: /duplicate components id "app"\. Fix: give each entry a unique id/,
  },
  {
    file: 'negative-size',
    field: 'components[1] (id "db").requirements[0].storage',
    says: /size "-500 GB" must be greater than zero\. Fix: write a positive number/,
  },
  {
    file: 'negative-node-count',
    field: 'components[1] (id "db").requirements[0].nodes',
    says: /must be greater than zero\. Fix: use a number greater than 0/,
  },
  {
    file: 'counts-without-nodes',
    field: 'components[1] (id "db").requirements[0].counts',
    says: /no nodes count is given\. Fix: add nodes or remove counts/,
  },
  {
    file: 'conditional-without-condition',
    field: 'components[1] (id "db").necessity.condition',
    says: /conditional component needs a condition\. Fix: add necessity\.condition/,
  },
  {
    file: 'unknown-source-section',
    field: 'components[0] (id "app").source',
    says: /"authgear-self-managed#resources" names no section of authgear-self-managed\. Fix: cite one of introduction, resources-reference/,
  },
  {
    file: 'unknown-variant-override',
    field: 'components[0] (id "app").overrides.azure',
    says: /override for unknown variant "azure"\. Fix: use one of default/,
  },
  {
    file: 'unknown-cloud-service',
    field: 'components[1] (id "db").managed[0].service',
    says: /unknown cloud service "amazon-rds-mysql"\. Fix: add it to cloudServices in data\/clouds\.ts/,
  },
  { file: 'wrong-type', field: 'components[1] (id "db").purpose', says: /expected text but found a list\. Fix: write purpose as text/ },
  {
    file: 'id-mismatch',
    field: 'id',
    says: /id "something-else" does not match the file name\. Fix: set id: id-mismatch, or rename the file to something-else\.yaml/,
  },
  {
    file: 'self-connection',
    field: 'connections[0].to',
    says: /connection from "app" to itself\. Fix: a connection joins two different components/,
  },
  {
    file: 'thresholds-out-of-order',
    field: 'components[1] (id "db").thresholds[1].above',
    says: /thresholds are out of order \(100 after 1000\)\. Fix: list them from the lowest load up/,
  },
  {
    file: 'contradictory-thresholds',
    field: 'components[1] (id "db").thresholds[1]',
    says: /contradicts an earlier threshold at the same load \(1000\)\. Fix: keep one level per load/,
  },
  { file: 'name-too-long', field: 'components[0] (id "app").name', says: /must be at most 100 characters.*Fix: / },
  {
    file: 'todo-placeholder',
    field: 'components[0] (id "app").purpose',
    says: /still holds a TODO placeholder from the scaffold\. Fix: replace it with what the vendor states/,
  },
  {
    file: 'managed-wrong-cloud',
    field: 'components[1] (id "db").managed[0].cloud',
    says: /"azure-database-postgresql" is a service of Azure, filed under aws\. Fix: set cloud: azure/,
  },
];

describe('architecture validation of bad fixture files', () => {
  it('has one test row per bad fixture file, plus bad-yaml tested separately', () => {
    const files = readdirSync(path.join(fixtures, 'bad-architectures'));
    expect(new Set([...cases.map((c) => c.file), 'bad-yaml', 'alias-bomb', 'several-problems'])).toEqual(
      new Set(files.map((f) => f.replace(/\.yaml$/, ''))),
    );
  });

  it('refuses a YAML alias bomb as a file problem, without expanding it', () => {
    const messages = messagesFor('bad-architectures/alias-bomb.yaml');
    expect(messages).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/bad-architectures\/alias-bomb\.yaml: YAML aliases expand too far .*\. Fix: write the values out/,
      ),
    ]);
  });

  it('reports schema and cross-reference problems together, in one pass', () => {
    const messages = messagesFor('bad-architectures/several-problems.yaml');
    expect(messages.some((m) => /components\[0\] \(id "app"\)\.role: unknown role "app-server"/.test(m))).toBe(true);
    expect(messages.some((m) => /connections\[0\]\.to: connection to "database" is not a component id/.test(m))).toBe(true);
  });

  it('accepts fractional CPU as stated: decimals and millicores keep their value', () => {
    const { text } = readFixture('valid-architecture.yaml');
    const { architecture } = validateArchitectureFile(
      { path: 'content/architectures/valid-architecture.yaml', text },
      loadRealSourceDocuments(),
    );
    const app = architecture?.components.find((component) => component.id === 'app');
    expect(app?.requirements?.map((requirement) => requirement.vcpu?.amount.low)).toEqual([0.9, 3.6]);
    expect(app?.requirements?.map((requirement) => requirement.memory?.amount.low)).toEqual([0.5, 1.5]);
  });

  it('accepts the valid fixture every bad one is derived from', () => {
    expect(messagesFor('valid-architecture.yaml')).toEqual([]);
  });

  it.each(cases)('rejects $file naming the file, line, field and fix', ({ file, field, says }) => {
    const messages = messagesFor(`bad-architectures/${file}.yaml`);
    expect(messages.length).toBeGreaterThan(0);
    const prefix = `test/fixtures/bad-architectures/${file}.yaml:`;
    const match = messages.find((m) => m.includes(`: ${field}: `));
    expect(match, `no message names ${field}; got:\n${messages.join('\n')}`).toBeDefined();
    expect(match?.startsWith(prefix)).toBe(true);
    expect(match).toMatch(/\.yaml:\d+:\d+: /);
    expect(match).toMatch(says);
  });

  it('reports a YAML syntax error with its line and column, once', () => {
    const messages = messagesFor('bad-architectures/bad-yaml.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^test\/fixtures\/bad-architectures\/bad-yaml\.yaml:22:\d+: YAML syntax error \(\w+\): .+\. Fix: check the indentation/,
    );
  });

  it('points the line at the offending node', () => {
    const { text } = readFixture('bad-architectures/unknown-role.yaml');
    const line = Number(/^[^:]+:(\d+):/.exec(messagesFor('bad-architectures/unknown-role.yaml')[0] ?? '')?.[1]);
    expect(text.split('\n')[line - 1]).toContain('role: app-server');
  });

  it('refuses a file over the size limit without parsing it', () => {
    const { text } = readFixture('valid-architecture.yaml');
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(Math.ceil(MAX_CONTENT_FILE_BYTES / 1000) + 1);
    const huge = { path: 'content/architectures/valid-architecture.yaml', text: text + padding };
    const messages = validateArchitectureFile(huge, loadRealSourceDocuments()).issues.map(formatContentIssue);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/architectures\/valid-architecture\.yaml: file is 1\.\d MB, over the 1 MB limit.*\. Fix: /);
  });

  it('rejects the same id in two folders and names both files', () => {
    const valid = readFixture('valid-architecture.yaml');
    const { issues, valid: passed } = validateArchitectureFiles(
      [valid, { ...valid, path: 'elsewhere/valid-architecture.yaml' }],
      loadRealSourceDocuments(),
    );
    expect(passed).toHaveLength(1);
    expect(issues.map(formatContentIssue)).toEqual([
      'elsewhere/valid-architecture.yaml: id: id "valid-architecture" is already used by test/fixtures/valid-architecture.yaml. Fix: give each architecture a unique id (and file name).',
    ]);
  });

  it('rejects an empty file and a file the loader would not read, with a fix', () => {
    expect(
      validateArchitectureFile({ path: 'content/architectures/empty.yaml', text: '' }, loadRealSourceDocuments()).issues.map(
        formatContentIssue,
      )[0],
    ).toMatch(/empty\.yaml: file is empty\. Fix: run `npm run new:architecture/);
    expect(
      validateArchitectureFile({ path: 'content/architectures/x.txt', text: 'id: x' }, loadRealSourceDocuments()).issues.map(
        formatContentIssue,
      )[0],
    ).toMatch(/x\.txt: .*must end in \.yaml or \.yml.*Fix: rename it to x\.yaml/);
  });
});
