import { z } from 'zod';

/** One section of a vendor document that facts may cite. */
export const SourceSectionSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
    .describe('Section id used in citations (document-id#section-id).'),
  title: z
    .string()
    .min(1)
    .max(200)
    .describe('The heading as the document writes it (with a qualifier in brackets for a part of a section).'),
});

/** One vendor document archkb draws on (content/sources/<id>.yaml), with the sections facts may cite. */
export const SourceDocumentSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
      .describe('Stable kebab-case id used in citations; must equal the file name without .yaml.'),
    file: z.string().min(1).describe('File name of the document under ../shared/sources/.'),
    title: z.string().min(1).max(200).describe('Title of the document as published.'),
    vendor: z.string().min(1).max(80).describe('Vendor or project that published it.'),
    url: z.url().optional().describe('Public address, only where the document or its header states it.'),
    license: z.string().min(1).optional().describe('Licence of the document, where its header states one.'),
    retrieved: z.iso
      .date()
      .optional()
      .describe('Day archkb read the document (YYYY-MM-DD): its "Retrieved" line, or the day it was registered; exports show the newest.'),
    sections: z.array(SourceSectionSchema).min(1).describe('Sections a fact may cite.'),
  })
  .superRefine((document, ctx) => {
    const seen = new Set<string>();
    document.sections.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'id'],
          message: `duplicate section id "${section.id}"; give each section a unique id.`,
        });
      }
      seen.add(section.id);
    });
  });

export type SourceSection = z.output<typeof SourceSectionSchema>;
export type SourceDocument = z.output<typeof SourceDocumentSchema>;
