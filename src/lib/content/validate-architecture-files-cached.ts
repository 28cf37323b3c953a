import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Architecture } from '../../schemas/architecture.ts';
import type { SourceDocument } from '../../schemas/source-document.ts';
import type { ContentFile } from './parse-yaml-file.ts';
import { validateArchitectureFiles, type ArchitectureValidation, type ValidArchitectureFile } from './validate-architecture-files.ts';

/** Folders whose files decide what a valid architecture parses to: the schemas and the registries they read. */
const schemaFolders = [path.resolve(import.meta.dirname, '../../schemas'), path.resolve(import.meta.dirname, '../../../data')];

/** Name of the cache file inside a build's cache folder (ARCHKB_CACHE_DIR). */
export const CONTENT_CACHE_FILE = 'archkb-content.json';

/** Format of the cache file; bump it when the entry shape changes. */
const CACHE_FORMAT = 1;

/** The cache file as stored: validated architectures by the digest of everything that produced them. */
interface ContentCacheFile {
  format: number;
  entries: Record<string, Architecture>;
}

/** Adds every file below `folder` (path and text), in name order, to `hash`. */
function hashFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) hashFolder(hash, file);
    else hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
  }
}

let schemaFingerprint: string | undefined;

/** Digest of the schema and registry sources, so changing how content parses re-validates every file. */
export function computeSchemaFingerprint(): string {
  if (schemaFingerprint === undefined) {
    const hash = createHash('sha256');
    for (const folder of schemaFolders) hashFolder(hash, folder);
    schemaFingerprint = hash.digest('hex');
  }
  return schemaFingerprint;
}

/** Digest of one architecture file as validated against `documents`: its text, the documents and the schema. */
export function digestArchitectureFile(file: ContentFile, documentsDigest: string): string {
  return createHash('sha256').update(`${computeSchemaFingerprint()}\0${documentsDigest}\0${file.path}\0${file.text}`).digest('hex');
}

/** Digest of the source documents every architecture is validated against. */
export function digestDocuments(documents: readonly SourceDocument[]): string {
  return createHash('sha256').update(JSON.stringify(documents)).digest('hex');
}

/** Reads the cache file; a missing, unreadable or older-format file is an empty cache (it only costs time). */
function readCache(cacheFile: string): Record<string, Architecture> {
  try {
    const parsed = JSON.parse(readFileSync(cacheFile, 'utf8')) as ContentCacheFile;
    return parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object' ? parsed.entries : {};
  } catch {
    return {};
  }
}

/** Writes the cache file whole (write, then rename, so a parallel build never reads half of it). */
function writeCache(cacheFile: string, entries: Record<string, Architecture>): void {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ format: CACHE_FORMAT, entries } satisfies ContentCacheFile));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only cache folder only costs speed.
  }
}

/** A validation that also says which files were taken from the cache, with each valid file's digest. */
export interface CachedArchitectureValidation extends ArchitectureValidation {
  /** Digest of each valid file, by path (what the Astro store compares to skip unchanged entries). */
  digests: Map<string, string>;
  /** How many valid files came from the cache without parsing. */
  reused: number;
}

/**
 * Validates architecture files like `validateArchitectureFiles`, parsing only the files whose text, source documents
 * or schema changed since they were last validated: the others come from `cacheFile` (a JSON file kept between
 * builds, keyed by content digest). Invalid files are never cached, so their problems are reported every time.
 */
export function validateArchitectureFilesCached(
  files: readonly ContentFile[],
  documents: readonly SourceDocument[],
  cacheFile: string,
): CachedArchitectureValidation {
  const cache = readCache(cacheFile);
  const documentsDigest = digestDocuments(documents);
  const digests = new Map(files.map((file) => [file.path, digestArchitectureFile(file, documentsDigest)]));
  const reusedByPath = new Map<string, Architecture>();
  for (const file of files) {
    const hit = cache[digests.get(file.path)!];
    if (hit) reusedByPath.set(file.path, hit);
  }
  // Every file takes part in the id checks; only the changed ones are parsed and validated.
  const validation = validateArchitectureFiles(files, documents, { reuse: (file) => reusedByPath.get(file.path) });
  const entries: Record<string, Architecture> = {};
  for (const file of validation.valid) entries[digests.get(file.path)!] = file.architecture;
  if (reusedByPath.size !== validation.valid.length || Object.keys(cache).length !== validation.valid.length) writeCache(cacheFile, entries);
  const validDigests = new Map(validation.valid.map((file: ValidArchitectureFile) => [file.path, digests.get(file.path)!]));
  return { ...validation, digests: validDigests, reused: reusedByPath.size };
}
