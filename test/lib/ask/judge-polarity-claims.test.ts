import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/lib/ask/index.ts';
import { judgeClaimedFigure, judgeClaimedRate, offersClaim, readFigures } from '../../../src/lib/ask/judge-polarity.ts';

describe('readFigures: how a figure is written', () => {
  it('reads thousands in groups of three, however many groups, and decimals of more than one digit', () => {
    expect(readFigures('12,500 users')).toEqual([{ value: 12500, unit: 'user' }]);
    expect(readFigures('1,250,000 users')).toEqual([{ value: 1250000, unit: 'user' }]);
    expect(readFigures('2.25 GB')).toEqual([{ value: 2.25, unit: 'size' }]);
    expect(readFigures('2.5 GB')).toEqual([{ value: 2.5, unit: 'size' }]);
  });

  it('reads a count joined to its word by a hyphen ("a 3-node cluster") as written with a space, the same', () => {
    expect(readFigures('a 3-node cluster')).toEqual([{ value: 3, unit: 'copies' }]);
    expect(readFigures('a 3 node cluster')).toEqual(readFigures('a 3-node cluster'));
  });

  it('reads no figure from digits grouped wrongly or followed by no word', () => {
    expect(readFigures('1,2345 users')).toEqual([]);
    expect(readFigures('scaled to 3, then back')).toEqual([]);
  });
});

describe('readFigures: what a figure counts', () => {
  it('counts one CPU or core as a CPU, and words that only begin or end like one as themselves', () => {
    expect(readFigures('1 vCPU, 1 core')).toEqual([
      { value: 1, unit: 'cpu' },
      { value: 1, unit: 'cpu' },
    ]);
    expect(readFigures('3 coredumps and 4 scores')).toEqual([
      { value: 3, unit: 'coredump' },
      { value: 4, unit: 'score' },
    ]);
  });

  it('keeps a two-letter unit, and skips a figure whose word is a small word even when its singular is not', () => {
    expect(readFigures('2 VMs')).toEqual([{ value: 2, unit: 'vm' }]);
    expect(readFigures('the limit of 4 was raised')).toEqual([]);
  });
});

describe('judgeClaimedFigure: figures close to the stated one', () => {
  const judge = (question: string, fact: string) => judgeClaimedFigure(question, tokenizeText(question), fact);

  it('takes a figure within one part in a million of the stated one as the same figure', () => {
    expect(judge('I heard 1,000,001 requests is right', 'It serves 1,000,000 requests a day.')).toBe('Yes');
    expect(judge('I heard 1,000,002 requests is right', 'It serves 1,000,000 requests a day.')).toBe('No');
  });

  it('confirms a figure that is one end of a stated range, and says no to one below the range', () => {
    expect(judge('I heard 2 GB is right', 'between 2 GB and 4 GB')).toBe('Yes');
    expect(judge('I heard 1 GB is right', 'between 2 GB and 4 GB')).toBe('No');
  });
});

describe('readFigures and judgeClaimedFigure: words that are names of object properties, and repeated words', () => {
  it('reads "1 constructor" as a figure of constructors, not as a size with no value', () => {
    expect(readFigures('1 constructor, 2 toString')).toEqual([
      { value: 1, unit: 'constructor' },
      { value: 2, unit: 'tostring' },
    ]);
  });
});

describe('readFigures and judgeClaimedFigure: short units and counts written as words', () => {
  const judge = (question: string, fact: string) => judgeClaimedFigure(question, tokenizeText(question), fact);

  it('keeps "ms" as milliseconds instead of cutting it to a one-letter unit, so a claimed latency is compared', () => {
    expect(readFigures('50 ms')).toEqual([{ value: 50, unit: 'ms' }]);
    expect(judge('The nodes tolerate 50 ms of latency, right?', 'Nodes need less than 10 ms latency between each other.')).toBe('No');
    expect(judge('The nodes tolerate 10 ms of latency, right?', 'Nodes need less than 10 ms latency between each other.')).toBe('Yes');
  });

  it('reads a count written as a word before a noun as that count, and not one inside another word or alone', () => {
    expect(readFigures('three storage nodes')).toEqual([{ value: 3, unit: 'storage' }]);
    expect(readFigures('someone said ten')).toEqual([]);
    expect(judge('The design has three app nodes and three storage nodes, right?', 'It has three app nodes and one storage node.')).toBe(
      'No',
    );
    expect(judge('The design has three app nodes and one storage node, right?', 'It has 3 app nodes and 1 storage node.')).toBe('Yes');
  });
});

describe('judgeClaimedRate: a rate offered to be confirmed', () => {
  const judge = (question: string, text: string) => judgeClaimedRate(question, tokenizeText(question), text);

  it('says nothing when the question offers no claim, even against another rate', () => {
    expect(judge('How many vCPUs at 1 vCPU per 30 logins?', 'Give 1 vCPU per 15 logins.')).toBeNull();
  });

  it('says no to a rate the text states with another figure, and yes to the stated figure', () => {
    expect(judge('1 vCPU per 30 logins, right?', 'Give 1 vCPU per 15 logins.')).toBe('No');
    expect(judge('1 vCPU per 15 logins, right?', 'Give 1 vCPU per 15 logins.')).toBe('Yes');
  });

  it('says nothing when the text states rates of other things only, or no rate', () => {
    expect(judge('1 vCPU per 30 logins, right?', 'Give 1 vCPU per 15 users.')).toBeNull();
    expect(judge('1 vCPU per 30 logins, right?', 'Give 1 vCPU for every 15 logins.')).toBeNull();
  });

  it('reads the rate after a whole word "per" only, in any case', () => {
    expect(judge('1 vCPU per 30 logins, right?', 'A super 15 logins tier.')).toBeNull();
    expect(judge('1 vCPU per 30 logins, right?', 'Give 1 vCPU PER 15 LOGINS.')).toBe('No');
  });

  it('reads figures grouped in thousands and with decimals whole', () => {
    expect(judge('1 vCPU per 1,000 logins, right?', 'Give 1 vCPU per 1000 logins.')).toBe('Yes');
    expect(judge('1 vCPU per 1,000 logins, right?', 'Give 1 vCPU per 1,500 logins.')).toBe('No');
    expect(judge('1 GB per 2.5 users, right?', 'Give 1 GB per 2.5 users.')).toBe('Yes');
    expect(judge('1 GB per 2.5 users, right?', 'Give 1 GB per 2.75 users.')).toBe('No');
  });

  it('confirms a rate when any of the rates stated for the thing has its figure', () => {
    expect(judge('1 vCPU per 30 logins, right?', 'Give 1 vCPU per 15 logins, or per 30 logins when idle.')).toBe('Yes');
  });

  it('says no when one of two offered rates differs, whichever comes first', () => {
    expect(judge('per 30 logins and per 10 users, right?', 'Give 1 vCPU per 30 logins and 1 GB per 20 users.')).toBe('No');
    expect(judge('per 10 users and per 30 logins, right?', 'Give 1 vCPU per 30 logins and 1 GB per 20 users.')).toBe('No');
  });

  it('goes on past an offered rate the text does not state to one it does', () => {
    expect(judge('per 7 disks and per 30 logins, right?', 'Give 1 vCPU per 30 logins.')).toBe('Yes');
    expect(judge('per 7 disks and per 20 logins, right?', 'Give 1 vCPU per 30 logins.')).toBe('No');
  });
});

describe('offersClaim: whether a question offers something to confirm', () => {
  it('finds a claim cue anywhere among the tokens, and none in a plain question', () => {
    expect(offersClaim(tokenizeText('Sales told us it runs on Postgres'))).toBe(true);
    expect(offersClaim(tokenizeText('Does it run on Postgres'))).toBe(false);
    expect(offersClaim([])).toBe(false);
  });
});

describe('judgeClaimedFigure: ranges, and bound cues', () => {
  const judge = (question: string, fact: string, ranges?: boolean) => judgeClaimedFigure(question, tokenizeText(question), fact, ranges);

  it('holds a figure inside a stated range by default, and says no to it when the text bounds no range', () => {
    expect(judge('I heard 3 GB is right', 'between 2 GB and 4 GB')).toBeNull();
    expect(judge('I heard 3 GB is right', 'between 2 GB and 4 GB', false)).toBe('No');
    expect(judge('I heard 2 GB is right', 'between 2 GB and 4 GB', false)).toBe('Yes');
  });

  it('judges no figure offered as a bound to test, nor one offered without a claim', () => {
    expect(judge('I heard 3 GB is enough, right?', 'It needs 4 GB.')).toBeNull();
    expect(judge('Does it need 3 GB?', 'It needs 4 GB.')).toBeNull();
    expect(judge('I heard 3 GB, right?', 'It needs 4 GB.')).toBe('No');
  });
});

describe('readFigures: counts of copies', () => {
  it('reads nodes, pods, replicas and instances as one unit, copies', () => {
    expect(readFigures('a 3-node cluster')).toEqual([{ value: 3, unit: 'copies' }]);
    expect(readFigures('3 replicas, 2 pods, 1 instance')).toEqual([
      { value: 3, unit: 'copies' },
      { value: 2, unit: 'copies' },
      { value: 1, unit: 'copies' },
    ]);
  });

  it('judges a claimed node count against a stated replica count', () => {
    expect(judgeClaimedFigure('The chart runs a 3-node cluster, right?', ['right'], '1 replica, default', false, true)).toBe('No');
    expect(judgeClaimedFigure('The chart runs a 3-node cluster, right?', ['right'], '3 replicas, default', false, true)).toBe('Yes');
  });
});
