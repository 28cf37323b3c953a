import { z } from 'zod';

/** A kebab-case identifier. */
export const IdSchema = z
  .string()
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case: lower-case letters, digits and hyphens');

/** A short display name (a component, variant, group or product). */
export const NameSchema = z.string().min(1).max(100, 'must be at most 100 characters; keep names short and put detail in the purpose');

/** A sentence or two in archkb's words. */
export const TextSchema = z.string().min(1).max(600, 'must be at most 600 characters; split it into separate notes');

/** A summary paragraph in archkb's words. */
export const SummarySchema = z.string().min(1).max(1200, 'must be at most 1,200 characters');
