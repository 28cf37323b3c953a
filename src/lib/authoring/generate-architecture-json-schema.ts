import { z } from 'zod';
import { sourceDocuments } from '../model/index.ts';
import { ArchitectureSchema } from '../../schemas/architecture.ts';
import { NecessitySchema } from '../../schemas/component.ts';
import { SizeSchema, sizeUnits } from '../../schemas/quantity.ts';
import { SourceRefSchema } from '../../schemas/source-ref.ts';

/** Every citation content may write, `document-id#section-id`, in registry order. */
function listSourceRefs(): string[] {
  return sourceDocuments.flatMap((document) => document.sections.map((section) => `${document.id}#${section.id}`));
}

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
        // One shared list of citations instead of a copy at each of the many source fields.
        delete json.type;
        json.$ref = '#/definitions/sourceRef';
      } else if (isSameSchema(ctx.zodSchema, NecessitySchema)) {
        json.if = { properties: { level: { const: 'conditional' } }, required: ['level'] };
        json.then = { required: ['condition'] };
      }
    },
  });
  const document = {
    ...schema,
    definitions: {
      sourceRef: {
        type: 'string',
        description: 'Citation as "document-id#section-id"; the sections are registered in data/sources.ts.',
        enum: listSourceRefs(),
      },
    },
    title: 'archkb architecture',
    description:
      "One self-hosted product's reference architecture (content/architectures/<id>.yaml). Generated from src/schemas by `npm run schema`; do not edit by hand. Cross-references (connection ends, variant ids, id = file name) are checked by `npm run validate`.",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
