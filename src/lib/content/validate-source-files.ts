import { SourceDocumentSchema, type SourceDocument } from '../../schemas/source-document.ts';
import { formatZodIssues, type ContentIssue } from './format-content-issues.ts';
import { parseYamlFile, toExpectedId, type ContentFile } from './parse-yaml-file.ts';

/** The source documents that validated, and every problem found in the others. */
export interface SourceValidation {
  issues: ContentIssue[];
  documents: SourceDocument[];
}

/** Validates content/sources/*.yaml: YAML, schema, id = file name, unique ids. */
export function validateSourceFiles(files: readonly ContentFile[]): SourceValidation {
  const issues: ContentIssue[] = [];
  const documents: SourceDocument[] = [];
  for (const file of files) {
    const parsed = parseYamlFile(file);
    issues.push(...parsed.issues);
    if (parsed.data === undefined) continue;
    const result = SourceDocumentSchema.safeParse(parsed.data);
    const fileIssues = result.success ? [] : formatZodIssues(file.path, result.error.issues, parsed.data, parsed.locate);
    const id = (parsed.data as { id?: unknown }).id;
    const expected = toExpectedId(file.path);
    if (typeof id === 'string' && id !== expected) {
      fileIssues.push({ file: file.path, field: 'id', problem: `id "${id}" does not match the file name`, fix: `set id: ${expected}, or rename the file to ${id}.yaml`, ...parsed.locate?.(['id']) });
    }
    if (result.success && documents.some((document) => document.id === result.data.id)) {
      fileIssues.push({ file: file.path, field: 'id', problem: `id "${result.data.id}" is already used`, fix: 'give each source document a unique id and file name' });
    }
    issues.push(...fileIssues);
    if (result.success && fileIssues.length === 0) documents.push(result.data);
  }
  return { issues, documents };
}
