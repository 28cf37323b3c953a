import { z } from 'zod';

/**
 * Units a size may be written in. archkb reads memory and storage figures the way vendors and RAM makers
 * write them: kB, MB, GB and TB are binary multiples (1 GB = 1 GiB = 1024 MiB), the same as KiB..TiB. Kubernetes
 * quantities (Ki, Mi, Gi, Ti, and the bare M/G suffixes a devfile uses) are accepted as written by the vendor.
 */
export const sizeUnits = ['kB', 'KB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB', 'Ki', 'Mi', 'Gi', 'Ti', 'K', 'M', 'G', 'T'] as const;
export type SizeUnit = (typeof sizeUnits)[number];

const gibPerUnit: Record<SizeUnit, number> = {
  kB: 1 / 1024 ** 2,
  KB: 1 / 1024 ** 2,
  KiB: 1 / 1024 ** 2,
  Ki: 1 / 1024 ** 2,
  K: 1 / 1024 ** 2,
  MB: 1 / 1024,
  MiB: 1 / 1024,
  Mi: 1 / 1024,
  M: 1 / 1024,
  GB: 1,
  GiB: 1,
  Gi: 1,
  G: 1,
  TB: 1024,
  TiB: 1024,
  Ti: 1024,
  T: 1024,
};

/** Converts a value in `unit` to GiB under archkb's binary reading of vendor units. */
export function convertToGiB(value: number, unit: SizeUnit): number {
  return value * gibPerUnit[unit];
}

const sizePattern = /^(-?\d+(?:\.\d+)?)\s*([A-Za-z]+)$/;

/** A memory or storage size written as "8 GB", "30 kB" or "512Mi", parsed into value, unit and GiB. */
export const SizeSchema = z
  .string()
  .describe('A size such as "8 GB", "30 kB" or "512Mi": a positive number and one of ' + sizeUnits.join(', ') + '.')
  .superRefine((text, ctx) => {
    const match = sizePattern.exec(text.trim());
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" is not "<number> <unit>"; write it like "8 GB".` });
      return;
    }
    const value = Number(match[1]);
    // Stryker disable next-line StringLiteral: the pattern's unit group is not optional, so the fallback is never used.
    const unit = match[2] ?? '';
    if (!(sizeUnits as readonly string[]).includes(unit)) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" has unknown unit "${unit}"; use one of ${sizeUnits.join(', ')}.` });
    }
    if (!(value > 0)) {
      ctx.addIssue({ code: 'custom', message: `size "${text}" must be greater than zero; write a positive number such as "8 GB".` });
    }
  })
  .transform((text) => {
    const match = sizePattern.exec(text.trim());
    // Stryker disable next-line OptionalChaining: the refinement above already matched this pattern, so match is never null.
    const value = Number(match?.[1]);
    const unit = (match?.[2] ?? 'GB') as SizeUnit;
    return { text: text.trim(), value, unit, gib: convertToGiB(value, unit) };
  });

export type Size = z.output<typeof SizeSchema>;

/** A positive whole count (nodes, replicas, IOPS). */
export const CountSchema = z.number().int('must be a whole number').positive('must be greater than zero');

const cpuPattern = /^(\d+(?:\.\d+)?)\s*(m|vCPU|vCPUs|vCores?|(?:CPU\s+)?cores?|CPU)?$/;

/**
 * CPU as the vendor states it: a number of vCPU (fractions allowed, "3.6"), Kubernetes millicores ("900m"), or text
 * with a unit ("2 vCPU", "4 cores", "4 CPU cores", "2 vCore"); parsed into vCPU, never rounded.
 */
export const CpuSchema = z
  .union([z.number(), z.string()])
  .describe('CPU as stated: vCPU as a number (fractions allowed, e.g. 3.6), millicores ("900m"), or "2 vCPU".')
  .superRefine((input, ctx) => {
    if (typeof input === 'number') {
      if (!(input > 0))
        ctx.addIssue({ code: 'custom', message: `CPU ${input} must be greater than zero; write the vCPU the vendor states.` });
      return;
    }
    const match = cpuPattern.exec(input.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `CPU "${input}" is not a number of vCPU or millicores; write it like 2, 3.6, "900m" or "2 vCPU".`,
      });
      return;
    }
    if (!(Number(match[1]) > 0)) ctx.addIssue({ code: 'custom', message: `CPU "${input}" must be greater than zero.` });
  })
  .transform((input) => {
    if (typeof input === 'number') return { text: `${input} vCPU`, vcpu: input };
    const match = cpuPattern.exec(input.trim());
    // Stryker disable next-line OptionalChaining: the refinement above already matched this pattern, so match is never null.
    const value = Number(match?.[1]);
    // Stryker disable next-line OptionalChaining: as above.
    const unit = match?.[2];
    if (unit === 'm') return { text: `${input.trim()} CPU`, vcpu: value / 1000 };
    return { text: unit ? input.trim() : `${value} vCPU`, vcpu: value };
  });

export type Cpu = z.output<typeof CpuSchema>;

/** A network bandwidth such as "10 Gbps". */
export const BandwidthSchema = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(Kbps|Mbps|Gbps)$/, 'must be a bandwidth such as "10 Gbps" (Kbps, Mbps or Gbps)')
  .describe('Network bandwidth, e.g. "10 Gbps".');

/** A version number such as "13" or "4.11.0". */
export const VersionNumberSchema = z.string().regex(/^\d+(\.\d+)*(\.x)?$/, 'must be a version number such as "13" or "4.11.0"');

/** A closed interval in canonical units (vCPU, GiB, or a count); a plain figure has low = high. */
export interface Interval {
  low: number;
  high: number;
}

/** How each kind of figure is written and read into canonical units. */
const figureKinds = {
  cpu: { schema: CpuSchema, read: (value: Cpu) => value.vcpu, text: (value: Cpu) => value.text },
  size: { schema: SizeSchema, read: (value: Size) => value.gib, text: (value: Size) => value.text },
  count: { schema: CountSchema, read: (value: number) => value, text: (value: number) => value.toLocaleString('en-US') },
} as const;

export type FigureKind = keyof typeof figureKinds;

/** Writes a range once with its unit when both ends share it: "0.35 to 0.7 vCPU" rather than "0.35 vCPU to 0.7 vCPU". */
function joinRange(low: string, high: string): string {
  // Stryker disable next-line Regex: every figure's text has at most one space, so the first word after a space is the last.
  const unit = /\s\S+$/.exec(low)?.[0];
  return unit && high.endsWith(unit) ? `${low.slice(0, -unit.length)} to ${high}` : `${low} to ${high}`;
}

/** One stated amount: a single figure or a range "{ min, max }", read into an interval with its text as written. */
function rangedSchema(kind: FigureKind) {
  const { schema } = figureKinds[kind];
  const single = schema as z.ZodType;
  const range = z
    .strictObject({ min: single.describe('Low end of the stated range.'), max: single.describe('High end of the stated range.') })
    .describe('A range the vendor states, e.g. { min: 0.35, max: 0.7 }.');
  return z.union([single, range]).transform((value) => {
    const { read, text } = figureKinds[kind] as { read: (v: unknown) => number; text: (v: unknown) => string };
    // Stryker disable next-line ConditionalExpression: no figure schema yields null, so the null guard only narrows the type.
    if (value !== null && typeof value === 'object' && 'min' in value && 'max' in value) {
      const { min, max } = value as { min: unknown; max: unknown };
      return { low: read(min), high: read(max), text: joinRange(text(min), text(max)) };
    }
    const number = read(value);
    return { low: number, high: number, text: text(value) };
  });
}

/** A stated amount with its interval and text. */
export interface StatedAmount extends Interval {
  text: string;
}

/** A figure as sizing reads it: the amount to count, and the request and limit when the vendor splits them. */
export interface Figure {
  /** What sizing counts: the request when stated, else the plain figure, else the limit. */
  amount: StatedAmount;
  request?: StatedAmount | undefined;
  limit?: StatedAmount | undefined;
}

/**
 * A figure of one kind (CPU, size or count), written plainly ("2", "8 GB", { min, max }) or as a Kubernetes request
 * and limit ({ request: "1250 MB", limit: "1360 MB" }).
 */
export function figureSchema(kind: FigureKind, what: string) {
  const amount = rangedSchema(kind);
  const split = z
    .strictObject({
      request: amount.optional().describe(`The ${what} request (what the scheduler reserves).`),
      limit: amount.optional().describe(`The ${what} limit (the most it may use).`),
    })
    .refine((value) => value.request !== undefined || value.limit !== undefined, {
      message: `a split figure needs a request, a limit or both; write ${what}: { request: ..., limit: ... }`,
    });
  // Checked after the union, so an author sees this message rather than the request/limit form's complaints.
  return z
    .union([amount, split])
    .superRefine((value, ctx) => {
      const amounts = 'low' in value ? [value] : [value.request, value.limit];
      for (const stated of amounts) {
        if (stated && stated.low > stated.high)
          ctx.addIssue({ code: 'custom', message: `range ${stated.text} runs backwards; write min below max.` });
      }
    })
    .transform((value): Figure => {
      if ('low' in value) return { amount: value };
      const parts = value as { request?: StatedAmount; limit?: StatedAmount };
      return { amount: (parts.request ?? parts.limit) as StatedAmount, request: parts.request, limit: parts.limit };
    });
}
