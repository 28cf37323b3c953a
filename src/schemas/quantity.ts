import { z } from 'zod';

/**
 * Units a size may be written in. archkb reads memory and storage figures the way vendors and RAM makers
 * write them: kB, MB, GB and TB are binary multiples (1 GB = 1 GiB = 1024 MiB), the same as KiB..TiB.
 */
export const sizeUnits = ['kB', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB'] as const;
export type SizeUnit = (typeof sizeUnits)[number];

const gibPerUnit: Record<SizeUnit, number> = {
  kB: 1 / 1024 ** 2,
  KB: 1 / 1024 ** 2,
  KiB: 1 / 1024 ** 2,
  MB: 1 / 1024,
  MiB: 1 / 1024,
  GB: 1,
  GiB: 1,
  TB: 1024,
  TiB: 1024,
};

/** Converts a value in `unit` to GiB under archkb's binary reading of vendor units. */
export function convertToGiB(value: number, unit: SizeUnit): number {
  return value * gibPerUnit[unit];
}

/** A memory or storage size written as "8 GB" or "30 kB", parsed into value, unit and GiB. */
export const SizeSchema = z
  .string()
  .describe('A size such as "8 GB" or "30 kB": a positive number, a space, and one of ' + sizeUnits.join(', ') + '.')
  .superRefine((text, ctx) => {
    const match = /^(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(text.trim());
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" is not "<number> <unit>"; write it like "8 GB".` });
      return;
    }
    const value = Number(match[1]);
    const unit = match[2] ?? '';
    if (!(sizeUnits as readonly string[]).includes(unit)) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" has unknown unit "${unit}"; use one of ${sizeUnits.join(', ')}.` });
    }
    if (!(value > 0)) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" must be greater than zero; write a positive number such as "8 GB".` });
    }
  })
  .transform((text) => {
    const match = /^(\d+(?:\.\d+)?)\s*([A-Za-z]+)$/.exec(text.trim());
    const value = Number(match?.[1]);
    const unit = (match?.[2] ?? 'GB') as SizeUnit;
    return { text: text.trim(), value, unit, gib: convertToGiB(value, unit) };
  });

export type Size = z.output<typeof SizeSchema>;

/** A positive whole count (nodes, replicas, vCPUs). */
export const CountSchema = z.number().int('must be a whole number').positive('must be greater than zero');
