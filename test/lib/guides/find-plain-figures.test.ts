import { describe, expect, it } from 'vitest';
import { findPlainFigures } from '../../../src/lib/guides/index.ts';

const texts = (text: string) => findPlainFigures(text).map((figure) => figure.text);

describe('findPlainFigures', () => {
  it.each([
    ['needs 8 GB of memory', ['8 GB']],
    ['2 vCPU and 512Mi', ['2 vCPU', '512Mi']],
    ['a 3-node cluster on 3 nodes', ['3-node', '3 nodes']],
    ['up to 100,000 users or 10k users', ['100,000 users', '10k users']],
    ['150% head-room', ['150%']],
    ['a 500m CPU request', ['500m']],
    ['less than 10 ms apart', ['10 ms']],
    ['1,400 write IOPS, 45 concurrent users', ['1,400 write IOPS', '45 concurrent users']],
    ['across 3 availability zones', ['3 availability zones']],
    ['1.5 TiB of storage', ['1.5 TiB']],
  ])('flags the figure in “%s”', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('leaves versions, ports, years and plain counts of things alone', () => {
    expect(texts('PostgreSQL 14, OpenShift 4.18, port 8080, Java 21, in 2024, step 3 of the guide')).toEqual([]);
  });

  it('reads numerals only: a layout named in words passes', () => {
    expect(texts('two sites, active/active, across three zones')).toEqual([]);
  });

  it('reports where each figure starts, and joins a figure broken over lines', () => {
    const found = findPlainFigures('first 4 GB, then\n16\nGB');
    expect(found).toEqual([
      { text: '4 GB', offset: 6 },
      { text: '16 GB', offset: 17 },
    ]);
  });
});
