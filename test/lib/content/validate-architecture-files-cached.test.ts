import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  readContentFiles,
  validateArchitectureFiles,
  validateArchitectureFilesCached,
  type ContentFile,
} from '../../../src/lib/content/index.ts';
import { buildArchitectureInput } from '../../fixtures/build-architecture.ts';
import { loadRealSourceDocuments } from '../../fixtures/load-real-content.ts';

const documents = loadRealSourceDocuments();
const realFiles = readContentFiles(path.resolve(import.meta.dirname, '../../../content/architectures'));

let folder: string;
let cacheFile: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'archkb-content-cache-'));
  cacheFile = path.join(folder, 'cache.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('validateArchitectureFilesCached', () => {
  it('gives exactly what a plain validation gives, the first time and from the cache', () => {
    const plain = validateArchitectureFiles(realFiles, documents);
    const first = validateArchitectureFilesCached(realFiles, documents, cacheFile);
    const second = validateArchitectureFilesCached(realFiles, documents, cacheFile);
    expect(first.reused).toBe(0);
    expect(second.reused).toBe(realFiles.length);
    // The cache holds JSON: what comes back must equal the validated data as JSON (no Date, Map or undefined lost).
    expect(JSON.parse(JSON.stringify(plain.valid))).toEqual(plain.valid);
    expect(first.valid).toEqual(plain.valid);
    expect(second.valid).toEqual(plain.valid);
    expect(second.issues).toEqual([]);
  });

  it('parses again only the file whose text changed, and reports its new data', () => {
    validateArchitectureFilesCached(realFiles, documents, cacheFile);
    const edited = realFiles.map((file, index) => (index === 0 ? { ...file, text: file.text.replace(/^summary: .*$/m, 'summary: Edited.') } : file));
    const result = validateArchitectureFilesCached(edited, documents, cacheFile);
    expect(result.reused).toBe(realFiles.length - 1);
    expect(result.valid[0]?.architecture.summary).toMatch(/^Edited\./);
    expect(result.digests.get(edited[0]!.path)).not.toBe(validateArchitectureFilesCached(realFiles, documents, cacheFile).digests.get(realFiles[0]!.path));
  });

  it('never caches an invalid file: its problem is reported on every run', () => {
    const broken: ContentFile = { path: 'content/architectures/broken.yaml', text: stringify({ ...buildArchitectureInput({ id: 'broken' }), product: 42 }) };
    for (let run = 0; run < 2; run += 1) {
      const result = validateArchitectureFilesCached([broken], documents, cacheFile);
      expect(result.valid).toEqual([]);
      expect(result.issues.map((issue) => issue.field)).toContain('product');
    }
  });

  it('re-validates everything when the source documents change', () => {
    validateArchitectureFilesCached(realFiles, documents, cacheFile);
    const changed = documents.map((document, index) => (index === 0 ? { ...document, title: `${document.title} (revised)` } : document));
    expect(validateArchitectureFilesCached(realFiles, changed, cacheFile).reused).toBe(0);
  });

  it('treats an unreadable cache file as empty', () => {
    validateArchitectureFilesCached(realFiles, documents, cacheFile);
    const text = readFileSync(cacheFile, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    rmSync(cacheFile);
    expect(validateArchitectureFilesCached(realFiles, documents, cacheFile).reused).toBe(0);
  });
});
