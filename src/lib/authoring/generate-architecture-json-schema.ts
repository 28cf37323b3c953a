import { z } from 'zod';
import { ArchitectureSchema } from '../../schemas/architecture.ts';
import { NecessitySchema } from '../../schemas/necessity.ts';
import { SizeSchema, sizeUnits } from '../../schemas/quantity.ts';
import { RequirementSchema } from '../../schemas/requirement.ts';
import { SourceDocumentSchema } from '../../schemas/source-document.ts';
import { SourceRefSchema } from '../../schemas/source-ref.ts';

/**
 * A size the schema accepts: a positive decimal, optional spaces, and a known unit. Mirrors SizeSchema's
 * refinement, which zod cannot translate to JSON Schema by itself.
 */
export const SIZE_PATTERN = `^\\s*(0*[1-9]\\d*(\\.\\d+)?|0+\\.\\d*[1-9]\\d*)\\s*(${sizeUnits.join('|')})\\s*$`;

/** Whether `candidate` is `schema` or a copy of it made by `.describe()`/`.meta()`, which share its definition. */
function isSameSchema(candidate: z.core.$ZodType, schema: z.core.$ZodType): boolean {
  return candidate._zod.def === schema._zod.def;
}

/**
 * Generates the JSON Schema (draft 7) of an architecture YAML file as authors write it (zod input side),
 * with the checks zod refinements make restated where JSON Schema can express them; returns formatted JSON.
 */
export function generateArchitectureJsonSchema(): string {
  const schema = z.toJSONSchema(ArchitectureSchema, {
    io: 'input',
    // Draft 7: the version the YAML language server (VS Code YAML extension) supports.
    target: 'draft-07',
    unrepresentable: 'throw',
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      if (isSameSchema(ctx.zodSchema, SizeSchema)) {
        json.pattern = SIZE_PATTERN;
      } else if (isSameSchema(ctx.zodSchema, SourceRefSchema)) {
        // One shared definition instead of a copy at each of the many source fields.
        delete json.type;
        delete json.pattern;
        json.$ref = '#/definitions/sourceRef';
      } else if (isSameSchema(ctx.zodSchema, RequirementSchema)) {
        // What a count counts needs the count.
        json.dependencies = { counts: ['nodes'] };
      } else if (isSameSchema(ctx.zodSchema, NecessitySchema)) {
        json.if = { properties: { level: { const: 'conditional' } }, required: ['level'] };
        json.then = { required: ['condition'] };
      }
    },
  });
  // The loader fills documents in from content/sources; authors never write it, so the editor should not offer it.
  const properties = (schema as { properties?: Record<string, unknown> }).properties;
  if (properties) delete properties.documents;
  const required = (schema as { required?: string[] }).required;
  if (required) (schema as { required?: string[] }).required = required.filter((key) => key !== 'documents');
  const document = {
    ...schema,
    definitions: {
      sourceRef: {
        type: 'string',
        description:
          'Citation as "document-id#section-id": a document of content/sources/ listed under sources, and one of its section ids. npm run validate checks both.',
        pattern: '^[a-z0-9-]+#[a-z0-9-]+$',
      },
    },
    title: 'archkb architecture',
    description:
      "One self-hosted product's reference architecture (content/architectures/<id>.yaml). Generated from src/schemas by `npm run schema`; do not edit by hand. It stays valid when documents or sections are added: citations are checked against content/sources by `npm run validate`, with the other cross-references.",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Generates the JSON Schema (draft 7) of a source document file (content/sources/<id>.yaml); returns formatted JSON. */
export function generateSourceDocumentJsonSchema(): string {
  const schema = z.toJSONSchema(SourceDocumentSchema, { io: 'input', target: 'draft-07', unrepresentable: 'throw' });
  const document = {
    ...schema,
    title: 'archkb source document',
    description:
      'One vendor document archkb cites (content/sources/<id>.yaml). Generated from src/schemas by `npm run schema`; do not edit by hand.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
