import { z } from 'zod';

const refPattern = /^([a-z0-9-]+)#([a-z0-9-]+)$/;

/**
 * A citation written as `document-id#section-id`. The architecture schema checks it against the documents the
 * architecture lists and fills in the titles, so every parsed citation carries what a page needs to show it.
 */
export const SourceRefSchema = z
  .string()
  .describe('Citation as "document-id#section-id"; the document is one of content/sources/*.yaml and lists the section.')
  .regex(refPattern, 'a citation is "document-id#section-id", e.g. "authgear-self-managed#resources-reference"')
  .transform((value) => {
    const [, doc = '', section = ''] = refPattern.exec(value) ?? [];
    return {
      doc,
      section,
      /** Filled in from the cited document when the architecture is parsed. */
      documentTitle: doc,
      sectionTitle: section,
      vendor: '',
      url: undefined as string | undefined,
      /** Anchor id of the citation in a page's sources list. */
      anchor: `src-${doc}-${section}`,
    };
  });

export type SourceRef = z.output<typeof SourceRefSchema>;

/** One citation or several, for a fact that more than one document (or section) states. */
export const SourcesSchema = z
  .union([SourceRefSchema, z.array(SourceRefSchema).min(1, 'list at least one citation')])
  .describe('Where the vendor states it: "document-id#section-id", or a list of them when several places state it.')
  .transform((value) => (Array.isArray(value) ? value : [value]));

/** Whether a fact is stated by the source, or only implied by it (shown as inferred, never as stated). */
export const BasisSchema = z
  .enum(['stated', 'inferred'])
  .describe('stated: the cited text says it; inferred: the text implies it without saying it (shown as inferred).');

export type Basis = z.output<typeof BasisSchema>;
