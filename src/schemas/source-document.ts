import { z } from 'zod';

/** One vendor document in the source registry, with the sections facts may cite. */
export const SourceDocumentSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id used in citations.'),
  file: z.string().min(1).describe('File name under ../shared/sources/.'),
  title: z.string().min(1).describe('Title of the document as published.'),
  vendor: z.string().min(1).describe('Vendor that published it.'),
  url: z.url().optional().describe('Public address, only where the document itself states it.'),
  retrieved: z.iso
    .date()
    .optional()
    .describe('Day archkb read the document (YYYY-MM-DD): its "Retrieved" line, or the day it was registered; exports show the newest.'),
  sections: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .describe('Section id.'),
        title: z.string().min(1).describe('Section heading.'),
      }),
    )
    .min(1)
    .describe('Sections a fact may cite.'),
});

export type SourceDocument = z.output<typeof SourceDocumentSchema>;
