import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateArchitectureJsonSchema, SIZE_PATTERN } from '../../src/lib/authoring/index.ts';
import { SizeSchema } from '../../src/schemas/quantity.ts';
import { parseRealContentFiles } from '../fixtures/load-real-content.ts';

const root = path.resolve(import.meta.dirname, '../..');
const committed = readFileSync(path.join(root, 'public/schemas/architecture.schema.json'), 'utf8');
const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(committed) as object);

/** Parses a fixture's YAML to plain data. */
function readFixtureData(relative: string): unknown {
  return parse(readFileSync(path.join(root, 'test/fixtures', relative), 'utf8'));
}

/** Lists ajv's errors as `path message` strings, for readable failures. */
function listErrors(): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

describe('public/schemas/architecture.schema.json', () => {
  it('equals freshly generated output (run `npm run schema` after changing src/schemas)', () => {
    expect(committed).toBe(generateArchitectureJsonSchema());
  });

  it('accepts every real content file', () => {
    for (const file of parseRealContentFiles()) {
      expect(validate(file.data), `${file.path}: ${listErrors().join('; ')}`).toBe(true);
    }
  });

  it('accepts the valid fixture', () => {
    expect(validate(readFixtureData('valid-architecture.yaml')), listErrors().join('; ')).toBe(true);
  });

  // The structural mistakes: the ones JSON Schema can see without cross-references or the file name (citations of
  // sections are checked against content/sources by the validator, see test/schemas/architecture.test.ts).
  it.each([
    ['missing-source', '/components/0', /source/],
    ['unknown-role', '/components/0/role', /allowed values/],
    ['bad-unit', '/components/1/requirements/0/memory', /pattern/],
    ['negative-size', '/components/1/requirements/0/storage', /pattern/],
    ['negative-node-count', '/components/1/requirements/0/nodes', /> 0/],
    ['conditional-without-condition', '/components/1/necessity', /condition/],
    ['unknown-cloud-service', '/components/1/managed/0/service', /allowed values/],
    ['wrong-type', '/components/1/purpose', /string/],
  ])('rejects %s at %s', (file, instancePath, message) => {
    expect(validate(readFixtureData(`bad-architectures/${file}.yaml`))).toBe(false);
    expect(
      listErrors()
        .filter((e) => e.startsWith(`${instancePath} `))
        .join('; '),
    ).toMatch(message);
  });

  it('mirrors SizeSchema in its size pattern', () => {
    const pattern = new RegExp(SIZE_PATTERN);
    for (const text of ['8 GB', '30 kB', '0.5 TB', '500GB', '1 GiB', '0 GB', '-8 GB', '8 GBs', '8', 'GB', '.5 GB', '8 gb']) {
      expect(pattern.test(text), text).toBe(SizeSchema.safeParse(text).success);
    }
  });
});
