import { ArchitectureSchema, type Architecture } from '../../schemas/architecture.ts';
import type { SourceDocument } from '../../schemas/source-document.ts';
import { formatZodIssues, type ContentIssue } from './format-content-issues.ts';
import { parseYamlFile, toExpectedId, type ContentFile } from './parse-yaml-file.ts';

/** One architecture file as read from disk. */
export type ArchitectureFile = ContentFile;

/** A file that parsed and validated, with its typed data. */
export interface ValidArchitectureFile {
  path: string;
  architecture: Architecture;
}

/** The outcome of validating a set of files: every problem found, and the files that passed. */
export interface ArchitectureValidation {
  issues: ContentIssue[];
  valid: ValidArchitectureFile[];
}

/** The raw data of an architecture with the documents it lists attached, as the schema expects it. */
export function attachDocuments(data: unknown, documents: readonly SourceDocument[]): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return data;
  const listed = (data as { sources?: unknown }).sources;
  const ids = new Set(Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : []);
  return { ...data, documents: documents.filter((document) => ids.has(document.id)) };
}

/** Parses and validates one architecture file against the known source documents. */
export function validateArchitectureFile(
  file: ArchitectureFile,
  documents: readonly SourceDocument[],
): { issues: ContentIssue[]; architecture?: Architecture } {
  const parsed = parseYamlFile(file);
  if (parsed.data === undefined) return { issues: parsed.issues };
  if ('documents' in (parsed.data as object)) {
    return {
      issues: [
        {
          file: file.path,
          field: 'documents',
          problem: 'documents is filled in from content/sources by the loader',
          fix: 'remove documents and list the document ids under sources',
          ...parsed.locate?.(['documents']),
        },
      ],
    };
  }
  const result = ArchitectureSchema.safeParse(attachDocuments(parsed.data, documents));
  const issues = result.success ? [] : formatZodIssues(file.path, result.error.issues, parsed.data, parsed.locate);
  const expectedId = toExpectedId(file.path);
  const id = (parsed.data as { id?: unknown }).id;
  if (typeof id === 'string' && id !== expectedId) {
    issues.push({
      file: file.path,
      field: 'id',
      problem: `id "${id}" does not match the file name`,
      fix: `set id: ${expectedId}, or rename the file to ${id}.yaml`,
      ...parsed.locate?.(['id']),
    });
  }
  return result.success && issues.length === 0 ? { issues, architecture: result.data } : { issues };
}

/** Options for `validateArchitectureFiles`. */
export interface ValidateArchitectureFilesOptions {
  /** An already validated architecture for an unchanged file (from a cache), taken instead of parsing it again. */
  reuse?: (file: ArchitectureFile) => Architecture | undefined;
}

/** Validates a set of architecture files: YAML, schema and cross-references together, id = file name, unique ids. */
export function validateArchitectureFiles(
  files: readonly ArchitectureFile[],
  documents: readonly SourceDocument[],
  options: ValidateArchitectureFilesOptions = {},
): ArchitectureValidation {
  const issues: ContentIssue[] = [];
  const valid: ValidArchitectureFile[] = [];
  const firstPathById = new Map<string, string>();
  for (const file of files) {
    const reused = options.reuse?.(file);
    const result = reused ? { issues: [], architecture: reused } : validateArchitectureFile(file, documents);
    issues.push(...result.issues);
    const id = toExpectedId(file.path);
    const earlier = firstPathById.get(id);
    if (earlier !== undefined) {
      issues.push({ file: file.path, field: 'id', problem: `id "${id}" is already used by ${earlier}`, fix: 'give each architecture a unique id (and file name)' });
      continue;
    }
    firstPathById.set(id, file.path);
    if (result.architecture) valid.push({ path: file.path, architecture: result.architecture });
  }
  return { issues, valid };
}
