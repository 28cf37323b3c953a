import { describe, expect, it } from 'vitest';
import { RequirementSchema } from '../../src/schemas/requirement.ts';
import {
  BandwidthSchema,
  convertToGiB,
  CountSchema,
  CpuSchema,
  figureSchema,
  SizeSchema,
  sizeUnits,
  VersionNumberSchema,
} from '../../src/schemas/quantity.ts';

// Expected values are typed from the binary definitions (1 KiB = 1024 bytes, 1 MiB = 1024 KiB, 1 GiB = 1024 MiB,
// 1 TiB = 1024 GiB) and archkb's stated convention that vendors' kB/MB/GB/TB mean the same binary multiples.
const BYTES_PER_GIB = 1024 * 1024 * 1024;

describe('convertToGiB', () => {
  it('reads a terabyte as 1024 GiB, never as 1000 GB', () => {
    expect(convertToGiB(1, 'TB')).toBe(1024);
    expect(convertToGiB(2, 'TB')).toBe(2048);
    expect(convertToGiB(1, 'TB')).not.toBe(1000);
  });

  it('reads TiB as 1024 GiB and GiB and GB as themselves', () => {
    expect(convertToGiB(1, 'TiB')).toBe(1024);
    expect(convertToGiB(0.5, 'TiB')).toBe(512);
    expect(convertToGiB(8, 'GiB')).toBe(8);
    expect(convertToGiB(8, 'GB')).toBe(8);
  });

  it('reads MiB and MB as 1/1024 GiB', () => {
    expect(convertToGiB(1024, 'MiB')).toBe(1);
    expect(convertToGiB(512, 'MiB')).toBe(0.5);
    expect(convertToGiB(512, 'MB')).toBe(0.5);
    expect(convertToGiB(1, 'MiB') * BYTES_PER_GIB).toBe(1024 * 1024);
  });

  it('reads kB, KB and KiB as 1/1024 MiB', () => {
    expect(convertToGiB(1024 * 1024, 'KiB')).toBe(1);
    expect(convertToGiB(30, 'kB') * BYTES_PER_GIB).toBe(30 * 1024);
    expect(convertToGiB(30, 'KB') * BYTES_PER_GIB).toBe(30 * 1024);
    expect(convertToGiB(30, 'KiB') * BYTES_PER_GIB).toBe(30 * 1024);
  });

  it('has a conversion for every unit it accepts, each a power of 1024', () => {
    const exponents: Record<(typeof sizeUnits)[number], number> = {
      kB: -2,
      KB: -2,
      KiB: -2,
      MB: -1,
      MiB: -1,
      GB: 0,
      GiB: 0,
      TB: 1,
      TiB: 1,
      // Kubernetes quantities as vendors write them in manifests, read the same binary way.
      Ki: -2,
      K: -2,
      Mi: -1,
      M: -1,
      Gi: 0,
      G: 0,
      Ti: 1,
      T: 1,
    };
    expect([...sizeUnits].sort()).toEqual(Object.keys(exponents).sort());
    for (const unit of sizeUnits) expect(convertToGiB(3, unit), unit).toBe(3 * 1024 ** exponents[unit]);
  });
});

describe('SizeSchema', () => {
  it('parses "8 GB" into its text, value, unit and GiB', () => {
    expect(SizeSchema.parse('8 GB')).toEqual({ text: '8 GB', value: 8, unit: 'GB', gib: 8 });
  });

  it('parses decimals, missing spaces and edge whitespace', () => {
    expect(SizeSchema.parse('0.5 TB')).toEqual({ text: '0.5 TB', value: 0.5, unit: 'TB', gib: 512 });
    expect(SizeSchema.parse('0.25 TB').gib).toBe(256);
    expect(SizeSchema.parse('1.125 GB').gib).toBe(1.125);
    expect(SizeSchema.parse('500GB')).toEqual({ text: '500GB', value: 500, unit: 'GB', gib: 500 });
    expect(SizeSchema.parse('  2 TiB ')).toEqual({ text: '2 TiB', value: 2, unit: 'TiB', gib: 2048 });
    expect(SizeSchema.parse('256 MiB').gib).toBe(0.25);
    expect(SizeSchema.parse('30 kB').gib).toBe(30 / (1024 * 1024));
  });

  /** The messages of a failed parse, joined; every issue is a custom one at the size itself. */
  function failureOf(text: string): string {
    const result = SizeSchema.safeParse(text);
    expect(result.success, text).toBe(false);
    for (const issue of result.error?.issues ?? []) expect([issue.code, issue.path], text).toEqual(['custom', []]);
    return result.error?.issues.map((issue) => issue.message).join(' | ') ?? '';
  }

  it('rejects text that is not "<number> <unit>", saying how to write it', () => {
    for (const text of ['8', 'GB', 'eight GB', 'about 8 GB', '8 GB extra', '.5 GB', '8. GB', '']) {
      expect(failureOf(text), text).toBe(`size "${text}" is not "<number> <unit>"; write it like "8 GB".`);
    }
  });

  it('rejects an unknown unit, listing the units it accepts', () => {
    expect(failureOf('8 gb')).toBe(
      'size "8 gb" has unknown unit "gb"; use one of kB, KB, MB, GB, TB, KiB, MiB, GiB, TiB, Ki, Mi, Gi, Ti, K, M, G, T.',
    );
    expect(failureOf('8 GBs')).toMatch(/unknown unit "GBs"/);
  });

  it('rejects zero and negative sizes', () => {
    expect(failureOf('0 GB')).toBe('size "0 GB" must be greater than zero; write a positive number such as "8 GB".');
    expect(failureOf('-8 GB')).toBe('size "-8 GB" must be greater than zero; write a positive number such as "8 GB".');
    expect(failureOf('0.0 MB')).toBe('size "0.0 MB" must be greater than zero; write a positive number such as "8 GB".');
  });

  it('reports both problems of a negative size in an unknown unit', () => {
    expect(failureOf(' -8 gb')).toBe(
      'size " -8 gb" has unknown unit "gb"; use one of kB, KB, MB, GB, TB, KiB, MiB, GiB, TiB, Ki, Mi, Gi, Ti, K, M, G, T. | ' +
        'size " -8 gb" must be greater than zero; write a positive number such as "8 GB".',
    );
  });
});

describe('CountSchema', () => {
  it('accepts positive whole numbers only', () => {
    expect(CountSchema.parse(3)).toBe(3);
    expect(CountSchema.safeParse(0).error?.issues[0]?.message).toBe('must be greater than zero');
    expect(CountSchema.safeParse(-1).error?.issues[0]?.message).toBe('must be greater than zero');
    expect(CountSchema.safeParse(1.5).error?.issues[0]?.message).toBe('must be a whole number');
  });
});

describe('CpuSchema', () => {
  it('reads a bare number or a unit-less string as vCPU, millicores as thousandths, and keeps a stated unit as written', () => {
    expect(CpuSchema.parse(3.6)).toEqual({ text: '3.6 vCPU', vcpu: 3.6 });
    expect(CpuSchema.parse(' 2 ')).toEqual({ text: '2 vCPU', vcpu: 2 });
    expect(CpuSchema.parse('900m')).toEqual({ text: '900m CPU', vcpu: 0.9 });
    expect(CpuSchema.parse('4 cores')).toEqual({ text: '4 cores', vcpu: 4 });
    // The vendor's own wording ("4 CPU cores") is kept as its text.
    expect(CpuSchema.parse('4 CPU cores')).toEqual({ text: '4 CPU cores', vcpu: 4 });
    expect(CpuSchema.parse('1 CPU core')).toEqual({ text: '1 CPU core', vcpu: 1 });
    // Azure counts database compute in vCores.
    expect(CpuSchema.parse('2 vCore')).toEqual({ text: '2 vCore', vcpu: 2 });
    expect(CpuSchema.parse('8 vCores')).toEqual({ text: '8 vCores', vcpu: 8 });
  });

  it('rejects zero, as a number or as text, saying to write a positive figure', () => {
    expect(CpuSchema.safeParse(0).error?.issues[0]?.message).toBe('CPU 0 must be greater than zero; write the vCPU the vendor states.');
    expect(CpuSchema.safeParse('0m').error?.issues[0]?.message).toBe('CPU "0m" must be greater than zero.');
    expect(CpuSchema.safeParse('two').error?.issues[0]?.message).toBe(
      'CPU "two" is not a number of vCPU or millicores; write it like 2, 3.6, "900m" or "2 vCPU".',
    );
  });
});

describe('figureSchema ranges', () => {
  it('writes a range once with its shared unit, and both units when they differ or there is none', () => {
    expect(figureSchema('size', 'memory').parse({ min: '1 GB', max: '2 GB' }).amount).toEqual({ low: 1, high: 2, text: '1 to 2 GB' });
    expect(figureSchema('size', 'memory').parse({ min: '512 MB', max: '2 GB' }).amount.text).toBe('512 MB to 2 GB');
    expect(figureSchema('count', 'IOPS').parse({ min: 1000, max: 2000 }).amount.text).toBe('1,000 to 2,000');
  });

  it('rejects a range that runs backwards with a message that says the fix, plain or as a request or limit', () => {
    const plain = figureSchema('cpu', 'CPU').safeParse({ min: 2, max: 1 });
    expect(plain.success).toBe(false);
    expect(plain.error?.issues.map((issue) => issue.message)).toEqual(['range 2 to 1 vCPU runs backwards; write min below max.']);
    const request = figureSchema('size', 'memory').safeParse({ request: { min: '2 GB', max: '1 GB' } });
    expect(request.error?.issues.map((issue) => issue.message)).toEqual(['range 2 to 1 GB runs backwards; write min below max.']);
    expect(figureSchema('cpu', 'CPU').safeParse({ min: 1, max: 1 }).success).toBe(true);
  });
});

describe('parsing edges the conversion depends on', () => {
  it('reports every rejection as a custom issue with its own message', () => {
    for (const input of [0, '0m', 'two']) expect(CpuSchema.safeParse(input).error?.issues[0]?.code).toBe('custom');
    expect(figureSchema('cpu', 'cpu').safeParse({ min: 2, max: 1 }).error?.issues).toEqual([
      { code: 'custom', message: 'range 2 to 1 vCPU runs backwards; write min below max.', path: [] },
    ]);
    // A backwards range inside the request/limit form is caught the same way.
    expect(figureSchema('cpu', 'cpu').safeParse({ request: { min: 2, max: 1 } }).error?.issues[0]?.message).toBe(
      'range 2 to 1 vCPU runs backwards; write min below max.',
    );
  });

  it('asks for a request or a limit when the split form gives neither', () => {
    expect(figureSchema('cpu', 'cpu').safeParse({}).error?.issues).toEqual([
      { code: 'custom', path: [], message: 'a split figure needs a request, a limit or both; write cpu: { request: ..., limit: ... }' },
    ]);
  });

  it('trims a stated CPU before keeping it as written', () => {
    expect(CpuSchema.parse(' 900m ')).toEqual({ text: '900m CPU', vcpu: 0.9 });
    expect(CpuSchema.parse(' 4 cores ')).toEqual({ text: '4 cores', vcpu: 4 });
  });

  it('reads a CPU figure only when the whole text is a number with an optional unit', () => {
    expect(CpuSchema.parse('2.55')).toEqual({ text: '2.55 vCPU', vcpu: 2.55 });
    expect(CpuSchema.parse('2.5 vCPU')).toEqual({ text: '2.5 vCPU', vcpu: 2.5 });
    expect(CpuSchema.parse('1 core')).toEqual({ text: '1 core', vcpu: 1 });
    for (const input of ['x2', '2x', '2.a', '2.', 'vCPU 2']) expect(CpuSchema.safeParse(input).success, input).toBe(false);
  });

  it('reads "CPU cores" however much space the vendor left between the words, as it does between number and unit', () => {
    expect(CpuSchema.parse('4  cores')).toEqual({ text: '4  cores', vcpu: 4 });
    expect(CpuSchema.parse('4 CPU  cores')).toEqual({ text: '4 CPU  cores', vcpu: 4 });
    expect(CpuSchema.parse('2 CPU\tcores')).toEqual({ text: '2 CPU\tcores', vcpu: 2 });
  });

  it('reads counts plainly and as ranges', () => {
    expect(figureSchema('count', 'nodes').parse(3)).toEqual({ amount: { low: 3, high: 3, text: '3' } });
    expect(figureSchema('count', 'nodes').parse({ min: 2, max: 5 })).toEqual({ amount: { low: 2, high: 5, text: '2 to 5' } });
  });

  it('says how to write a bandwidth or a version', () => {
    expect(BandwidthSchema.safeParse('fast').error?.issues[0]?.message).toBe('must be a bandwidth such as "10 Gbps" (Kbps, Mbps or Gbps)');
    expect(BandwidthSchema.parse('10 Gbps')).toBe('10 Gbps');
    expect(BandwidthSchema.description).toBe('Network bandwidth, e.g. "10 Gbps".');
    expect(VersionNumberSchema.safeParse('v13').error?.issues[0]?.message).toBe('must be a version number such as "13" or "4.11.0"');
    expect(VersionNumberSchema.parse('4.11.x')).toBe('4.11.x');
  });
});

describe('figureSchema request and limit', () => {
  it('counts the request when both sides are stated, and keeps each side', () => {
    const figure = figureSchema('size', 'memory').parse({ request: '512Mi', limit: '1Gi' });
    expect(figure.amount).toEqual({ low: 0.5, high: 0.5, text: '512Mi' });
    expect(figure.request).toEqual({ low: 0.5, high: 0.5, text: '512Mi' });
    expect(figure.limit).toEqual({ low: 1, high: 1, text: '1Gi' });
    // With the limit alone, the limit is what sizing counts.
    expect(figureSchema('size', 'memory').parse({ limit: '1Gi' }).amount).toEqual({ low: 1, high: 1, text: '1Gi' });
  });
});

describe('RequirementSchema: what a count counts', () => {
  const base = { scope: 'default', source: 'authgear-self-managed#resources-reference' } as const;

  it('accepts a kind of copy with a count, and a count without one', () => {
    expect(RequirementSchema.safeParse({ ...base, nodes: 2, counts: 'replicas' }).success).toBe(true);
    expect(RequirementSchema.safeParse({ ...base, nodes: 2 }).data?.counts).toBeUndefined();
  });

  it('rejects a kind of copy without a count, naming the field and the fix, and an unknown kind', () => {
    const result = RequirementSchema.safeParse({ ...base, vcpu: 2, counts: 'pods' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['counts', 'counts says what the nodes count is of, but no nodes count is given; add nodes or remove counts'],
    ]);
    expect(RequirementSchema.safeParse({ ...base, nodes: 2, counts: 'boxes' }).success).toBe(false);
  });
});
