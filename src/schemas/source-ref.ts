import { z } from 'zod';
import { sourceDocuments } from './registries.ts';

/** Ids of the registered source documents (`data/sources.ts`). */
export const sourceDocumentIds = sourceDocuments.map((document) => document.id);

/** Whether `doc#section` names a registered document and one of its sections. */
function isKnownSourceRef(doc: string, section: string): boolean {
  return sourceDocuments.some((document) => document.id === doc && document.sections.some((s) => s.id === section));
}

/** Lists the valid `doc#section` values, so an error message can tell the author what to write. */
function describeValidRefs(doc: string): string {
  const document = sourceDocuments.find((d) => d.id === doc);
  if (document) return `sections of ${doc}: ${document.sections.map((s) => s.id).join(', ')}`;
  return `documents: ${sourceDocumentIds.join(', ')}`;
}

/** A citation written as `document-id#section-id`, checked against the source registry. */
export const SourceRefSchema = z
  .string()
  .describe('Citation as "document-id#section-id", both registered in data/sources.ts.')
  .superRefine((value, ctx) => {
    const match = /^([a-z0-9-]+)#([a-z0-9-]+)$/.exec(value);
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `source "${value}" is not "document-id#section-id"; write it like "authgear-self-managed#resources-reference".`,
      });
      return;
    }
    const [, doc, section] = match as unknown as [string, string, string];
    if (!isKnownSourceRef(doc, section)) {
      ctx.addIssue({
        code: 'custom',
        message: `source "${value}" is not in data/sources.ts; cite one of the ${describeValidRefs(doc)} (or register the section there).`,
      });
    }
  })
  .transform((value) => {
    const [doc = '', section = ''] = value.split('#');
    return { doc, section };
  });

export type SourceRef = z.output<typeof SourceRefSchema>;
