import { describe, expect, it } from 'vitest';
import { answerVersionSupport, findAskedVersion, isWithinVersions } from '../../../../src/lib/ask/answerers/version-support.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitectureWith,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/**
 * Quillstack whose ledger needs PostgreSQL 13 to 17 in production, whose session cache has two minimum Redis ranges
 * that disagree (7.x only, and 6.x or later), whose job store rules out Valkey 7, whose search index names no version, and whose
 * queue names only the RabbitMQ release it was tested on.
 */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildLedgerInput({
      requirements: [{ scope: 'production', versions: [{ product: 'PostgreSQL', min: '13', max: '17' }], source: cite }],
    }),
    buildSessionCacheInput({
      requirements: [
        { scope: 'minimum', versions: [{ product: 'Redis', min: '7.x', max: '7.x' }], source: cite },
        { scope: 'minimum', versions: [{ product: 'Redis', min: '6.x', note: 'the upgrade guide accepts 6.x or later' }], source: cite },
      ],
    }),
    buildComponentInput({
      id: 'job-store',
      name: 'Job store',
      role: 'cache',
      technology: 'Valkey',
      incompatible: [{ with: 'Valkey 7', text: 'Valkey 7 is not supported.', source: cite }],
    }),
    buildComponentInput({ id: 'search-index', name: 'Search index', role: 'search-engine', technology: 'Elasticsearch' }),
    buildComponentInput({
      id: 'work-queue',
      name: 'Work queue',
      role: 'message-broker',
      technology: 'RabbitMQ',
      requirements: [{ scope: 'tested', versions: [{ product: 'RabbitMQ', min: '3.12', max: '3.12' }], source: cite }],
    }),
  ]),
];
const ask = (question: string) => answerQuestion(question, catalogue);
const draftOf = (question: string) => answerVersionSupport(buildAnswerContext(catalogue, question));

describe('findAskedVersion', () => {
  const isName = (token: string) => ['postgresql', 'redis', 'openshift'].includes(token);

  it('reads the version written after a technology, with or without the word "version" between', () => {
    expect(findAskedVersion('Does it support PostgreSQL 12?', isName)).toEqual({
      token: 'postgresql',
      written: 'PostgreSQL',
      numbers: [12],
      text: '12',
    });
    expect(findAskedVersion('Is OpenShift version 4.12 fine?', isName)?.numbers).toEqual([4, 12]);
    expect(findAskedVersion('Can we stay on redis v6.2.1.', isName)).toMatchObject({ numbers: [6, 2, 1], text: '6.2.1' });
  });

  it('reads a release after a word of time ("since Redis 7", "since Redis version 7") as a date, asking no support', () => {
    expect(findAskedVersion('Since Redis 7.0.0, does it still bundle a proxy?', isName)).toBeNull();
    expect(findAskedVersion('Claim: since redis version 7.0.0 it bundles no proxy. Check?', isName)).toBeNull();
    expect(findAskedVersion('Until OpenShift 4.12, was a proxy bundled?', isName)).toBeNull();
    expect(findAskedVersion('Is Redis 7.0.0 still supported?', isName)?.numbers).toEqual([7, 0, 0]);
  });

  it('reads "version N" as a release of the nearest technology named up to five words before it', () => {
    expect(findAskedVersion('The spare PostgreSQL we have is version 12. Enough?', isName)).toMatchObject({
      token: 'postgresql',
      written: 'PostgreSQL',
      numbers: [12],
    });
    expect(findAskedVersion("Our team's Redis in production runs version 6.2 today", isName)).toMatchObject({
      token: 'redis',
      numbers: [6, 2],
    });
    // Too far from the name, or an amount after "version", is no release of it.
    expect(findAskedVersion('PostgreSQL is what the old stack used and it ran version 12', isName)).toBeNull();
    expect(findAskedVersion('Our Redis has version 3 replicas', isName)).toBeNull();
  });

  it('reads a version after a linking word ("our PostgreSQL is 12.17."), but never a number as the technology', () => {
    expect(findAskedVersion('our PostgreSQL is 12.17. ok for prod?', isName)).toMatchObject({ token: 'postgresql', numbers: [12, 17] });
    expect(findAskedVersion('Redis at 6.2, fine?', isName)?.numbers).toEqual([6, 2]);
    // A linking word before no version links nothing, nor before a bare number, which gives a load.
    expect(findAskedVersion('Our PostgreSQL is managed. Is that fine?', isName)).toBeNull();
    expect(findAskedVersion('Does it use Redis at 500 sign-ins?', isName)).toBeNull();
    expect(findAskedVersion('Is Redis at v7 fine?', isName)?.numbers).toEqual([7]);
    // "3" is no technology, even where a part's name holds it.
    const withNumber = (token: string) => isName(token) || token === '3';
    expect(findAskedVersion('Set it to 3. Is 3 what the chart suggests?', withNumber)).toBeNull();
    // Nor is a general word a part's name holds ("per" of "two per site"), before a rate.
    const withPer = (token: string) => isName(token) || token === 'per';
    expect(findAskedVersion('Is it 1 vCPU per 120 per second?', withPer)).toBeNull();
    // A port after a host name is no release; a "v" or a dot keeps a large number a version.
    expect(findAskedVersion('Redis: redis-main.cache.svc:26379 fine?', isName)).toBeNull();
    expect(findAskedVersion('Is Redis v7000 out?', isName)?.numbers).toEqual([7000]);
    expect(findAskedVersion('Is OpenShift 2024.1 fine?', isName)?.numbers).toEqual([2024, 1]);
  });

  it('takes a bare number up to 999 as a release and one of 1000 or more as none, unless a "v" of either case opens it', () => {
    expect(findAskedVersion('Is Redis 999 fine?', isName)?.numbers).toEqual([999]);
    expect(findAskedVersion('Is Redis 1000 fine?', isName)).toBeNull();
    expect(findAskedVersion('Is Redis V1000 fine?', isName)?.numbers).toEqual([1000]);
  });

  it('reads past "version" and then a linking word, and takes after a linking word only a release with a "v" or a dot', () => {
    expect(findAskedVersion('Our Redis version is 6.2 now, fine?', isName)?.numbers).toEqual([6, 2]);
    expect(findAskedVersion('Our Redis is V7 now, fine?', isName)?.numbers).toEqual([7]);
    expect(findAskedVersion('Our Redis is 7 nodes wide, fine?', isName)).toBeNull();
    expect(findAskedVersion('Our Redis runs 6.2. Fine?', isName)).toMatchObject({ numbers: [6, 2], text: '6.2' });
  });

  it('reads a number followed by a unit or a count noun as an amount, not a version', () => {
    expect(findAskedVersion('Does it need Redis 6 GB?', isName)).toBeNull();
    expect(findAskedVersion('Does it need PostgreSQL 2 replicas?', isName)).toBeNull();
  });

  it('reads a number before one copy of a thing ("a PostgreSQL 15 instance") as a version, and "1 instance" as a count', () => {
    expect(findAskedVersion('We have a managed PostgreSQL 15 instance. Enough?', isName)).toMatchObject({
      token: 'postgresql',
      numbers: [15],
    });
    expect(findAskedVersion('We run PostgreSQL 1 instance only', isName)).toBeNull();
  });

  it('reads a number followed by zones or regions as a count of them, not a version', () => {
    expect(findAskedVersion('openshift 3 az supported?', isName)).toBeNull();
    expect(findAskedVersion('Can OpenShift 2 zones work?', isName)).toBeNull();
    expect(findAskedVersion('Is OpenShift 4 regions fine?', isName)).toBeNull();
    expect(findAskedVersion('Is OpenShift 4 fine?', isName)?.numbers).toEqual([4]);
  });

  it("skips a technology word the product's name comes before, since that is the product's own thing and release", () => {
    const isProduct = (token: string) => token === 'quillstack';
    expect(findAskedVersion('Does the Quillstack openshift 3.x still bundle redis?', isName, isProduct)).toBeNull();
    expect(findAskedVersion('Quillstack redis openshift 3 - still there?', isName, isProduct)).toBeNull();
    expect(findAskedVersion('Does Quillstack support PostgreSQL 12?', isName, isProduct)?.numbers).toEqual([12]);
  });

  it('finds nothing when the number follows a word that names no technology', () => {
    expect(findAskedVersion('Does release 12 support it?', isName)).toBeNull();
  });
});

describe('isWithinVersions', () => {
  it('compares only as many numbers as the bound gives, so 13.4 meets a floor of 13 and 16.2 a series of 16.x', () => {
    expect(isWithinVersions([13, 4], { product: 'PostgreSQL', min: '13' })).toBe(true);
    expect(isWithinVersions([16, 2], { product: 'PostgreSQL', min: '16.x', max: '16.x' })).toBe(true);
    expect(isWithinVersions([17], { product: 'PostgreSQL', min: '16.x', max: '16.x' })).toBe(false);
  });

  it('puts a version below the floor or above the ceiling outside the range', () => {
    expect(isWithinVersions([12, 9], { product: 'PostgreSQL', min: '13', max: '17' })).toBe(false);
    expect(isWithinVersions([18], { product: 'PostgreSQL', min: '13', max: '17' })).toBe(false);
    expect(isWithinVersions([3, 1, 1], { product: 'CouchDB', min: '3.2.1', max: '3.2.1' })).toBe(false);
    expect(isWithinVersions([3, 2, 1], { product: 'CouchDB', min: '3.2.1', max: '3.2.1' })).toBe(true);
  });
});

describe('answerVersionSupport', () => {
  it('answers yes for a version inside the stated range, citing the requirement', () => {
    const answer = ask('Does Quillstack support PostgreSQL 15?');
    expect(answer.answer).toBe(
      'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13 to 17 (for production). Quillstack (Standard): Ledger database: PostgreSQL 13 to 17, for production.',
    );
    expect(answer.sources.map((source) => source.url)).toContain('/architectures/quillstack/#component-ledger-db');
  });

  it('answers no below the floor and above the ceiling', () => {
    expect(ask('Can Quillstack run on Postgres 12?').answer).toMatch(
      /^No: Postgres 12 is outside what the sources state, PostgreSQL 13 to 17/,
    );
    expect(ask('Is PostgreSQL 18 ok for Quillstack?').answer).toMatch(/^No: PostgreSQL 18 is outside/);
  });

  it('answers yes when the question asks whether a version outside the range is not supported', () => {
    expect(ask('Is PostgreSQL 12 not supported by Quillstack?').answer).toMatch(/^Yes: PostgreSQL 12 is outside/);
  });

  it('keeps the plain verdict for a question asked with a contraction', () => {
    expect(ask("Can't Quillstack use PostgreSQL 15?").answer).toMatch(/^Yes: PostgreSQL 15 is within/);
  });

  it('shows the disagreement when stated ranges of the same weight give different verdicts', () => {
    expect(ask('Does Quillstack support Redis 6?').answer).toMatch(
      /^The sources disagree on Redis 6: they state Redis 7\.x \(minimum\); Redis 6\.x\+ \(minimum\)\. Of 6 the sources say: the upgrade guide accepts 6\.x or later\./,
    );
  });

  it('declines, naming the technology, when the product has it but states no version of it', () => {
    const answer = ask('Does Quillstack support Elasticsearch 8?');
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no Elasticsearch version.');
  });

  it('does not call a version unsupported when the sources name only the release they tested', () => {
    expect(ask('Does Quillstack support RabbitMQ 3.13?').answer).toMatch(
      /^Not stated as supported: the sources name RabbitMQ 3\.12 \(as tested\), which RabbitMQ 3\.13 is not\./,
    );
    expect(ask('Does Quillstack support RabbitMQ 3.12?').answer).toMatch(/^Yes: RabbitMQ 3\.12 is within/);
  });

  it('leaves a version a stated rule rules out to the yes/no answerer', () => {
    expect(draftOf('Does Quillstack support Valkey 7?')).toBeNull();
    expect(draftOf('Does Quillstack support Valkey 8?')).toBeNull();
  });

  it('leaves amounts, releases of the product itself and technologies it lacks to the other answerers', () => {
    expect(draftOf('Does Quillstack need Redis 6 GB?')).toBeNull();
    expect(draftOf('Is the ledger optional from Quillstack 3.0?')).toBeNull();
    expect(draftOf('Does Quillstack support MongoDB 6?')).toBeNull();
  });
});

describe('findAskedVersion: what a version looks like', () => {
  const isName = (token: string) => ['postgresql', 'redis'].includes(token);

  it('reads "13+" as the version 13', () => {
    expect(findAskedVersion('Does it support PostgreSQL 13+?', isName)).toEqual({
      token: 'postgresql',
      written: 'PostgreSQL',
      numbers: [13],
      text: '13',
    });
  });

  it('reads no version from a number glued to a unit, nor from a word that only ends in digits', () => {
    expect(findAskedVersion('Does it need Redis 6GB?', isName)).toBeNull();
    expect(findAskedVersion('Does it run PostgreSQL pg15?', isName)).toBeNull();
  });
});

/** Quillstack with the API and the given ledger requirements and other components. */
const withLedger = (
  requirements: NonNullable<Parameters<typeof buildLedgerInput>[0]>['requirements'],
  others: Parameters<typeof buildAskArchitectureWith>[0] = [],
  overrides: Parameters<typeof buildAskArchitectureWith>[1] = {},
) => buildAskArchitectureWith([buildQuillApiInput(), buildLedgerInput({ requirements }), ...others], overrides);
const production = (min: string, max?: string, note?: string) => ({
  scope: 'production' as const,
  versions: [{ product: 'PostgreSQL', min, ...(max ? { max } : {}), ...(note ? { note } : {}) }],
  source: cite,
});
const draftIn = (architectures: Parameters<typeof buildAnswerContext>[0], question: string) =>
  answerVersionSupport(buildAnswerContext(architectures, question));
const factTexts = (question: string, architectures: Parameters<typeof buildAnswerContext>[0]) =>
  draftIn(architectures, question)?.facts.map((fact) => fact.text);

describe('answerVersionSupport: which ranges are weighed', () => {
  it('judges by the ranges that say what works, not by the release the vendor tested', () => {
    const catalogue = [
      withLedger([
        production('13', '17'),
        { scope: 'tested', versions: [{ product: 'PostgreSQL', min: '16.x', max: '16.x' }], source: cite },
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')).toEqual({
      kind: 'yes-no',
      text: 'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13 to 17 (for production). Quillstack (Standard): Ledger database: PostgreSQL 13 to 17, for production.',
      facts: [expect.objectContaining({ component: 'ledger-db', text: 'PostgreSQL 13 to 17, for production' })],
      coverage: 0.9,
      strength: 0.9,
    });
  });

  it('weighs a range of a longer product name only when the question uses its other words', () => {
    const operator = buildComponentInput({
      id: 'ledger-operator',
      name: 'Ledger operator',
      role: 'kubernetes-operator',
      technology: 'Kubernetes',
      requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL Operator chart', min: '2.0', max: '2.9' }], source: cite }],
    });
    const catalogue = [withLedger([{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '13' }], source: cite }], [operator])];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')?.text).toBe(
      'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13+ (minimum). Quillstack (Standard): Ledger database: PostgreSQL 13+, minimum.',
    );
    // Both names are then written in full by the question: 2.5 is below the database's floor and inside the chart's range.
    expect(draftIn(catalogue, 'Does the Quillstack operator chart support PostgreSQL 2.5?')?.text).toBe(
      'The sources disagree on PostgreSQL 2.5: they state PostgreSQL 13+ (minimum); PostgreSQL Operator chart 2.0 to 2.9 (minimum). ' +
        'Quillstack (Standard): Ledger database: PostgreSQL 13+, minimum. Ledger operator: PostgreSQL Operator chart 2.0 to 2.9, minimum.',
    );
  });

  it('cites the requirement of the component that states the range, not other facts repeating the range', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({ requirements: [{ scope: 'minimum', vcpu: 1, note: 'Measured against PostgreSQL 13 to 17.', source: cite }] }),
        buildLedgerInput({
          requirements: [production('13', '17')],
          notes: [{ kind: 'option', text: 'PostgreSQL 13 to 17 each need the pgcrypto extension.', source: cite }],
        }),
      ]),
    ];
    expect(factTexts('Does Quillstack support PostgreSQL 15?', catalogue)).toEqual(['PostgreSQL 13 to 17, for production']);
  });
});

describe('answerVersionSupport: which layout answers', () => {
  it('answers from the first layout that states a range when the question names none', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({ notes: [{ kind: 'option', text: 'The API talks to PostgreSQL over TLS.', source: cite }] }),
        buildLedgerInput({ variants: ['clustered'], requirements: [production('13', '17')] }),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')?.text).toBe(
      'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13 to 17 (for production). Quillstack (Clustered (high availability)): Ledger database: PostgreSQL 13 to 17, for production.',
    );
  });

  it('answers from the layout the question names', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildLedgerInput({ variants: ['standard'], requirements: [production('13', '17')] }),
        buildLedgerInput({
          id: 'replicated-ledger',
          name: 'Replicated ledger',
          variants: ['clustered'],
          requirements: [production('15', '17')],
        }),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack clustered support PostgreSQL 14?')?.text).toBe(
      'No: PostgreSQL 14 is outside what the sources state, PostgreSQL 15 to 17 (for production). Quillstack (Clustered (high availability)): Replicated ledger: PostgreSQL 15 to 17, for production.',
    );
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 14?')?.text).toMatch(
      /^Yes: PostgreSQL 14 is within what the sources state, PostgreSQL 13 to 17 \(for production\)\. Quillstack \(Standard\): /,
    );
  });
});

describe('answerVersionSupport: notes on a range', () => {
  it('leaves the verdict to the yes/no answerer when a note names the asked release, and not for another minor release', () => {
    const catalogue = [withLedger([production('14', undefined, 'Also runs on 13.2.')])];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 13.2?')).toBeNull();
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 13.4?')?.text).toBe(
      'No: PostgreSQL 13.4 is outside what the sources state, PostgreSQL 14+ (for production). Quillstack (Standard): Ledger database: PostgreSQL 14+ (Also runs on 13.2.), for production.',
    );
  });

  it('gives every note naming the asked release beside a disagreement', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({
          requirements: [
            { scope: 'minimum', versions: [{ product: 'Redis', min: '7.x', max: '7.x', note: '6.x works for tests' }], source: cite },
            { scope: 'minimum', versions: [{ product: 'Redis', min: '6.x', note: '6.x needs the compat flag' }], source: cite },
          ],
        }),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support Redis 6?')?.text).toBe(
      'The sources disagree on Redis 6: they state Redis 7.x (minimum); Redis 6.x+ (minimum). Of 6 the sources say: 6.x works for tests; 6.x needs the compat flag. ' +
        'Quillstack (Standard): Session cache: Redis 7.x (6.x works for tests), minimum. Session cache: Redis 6.x+ (6.x needs the compat flag), minimum.',
    );
  });
});

describe('answerVersionSupport: a version outside the ranges that a note names', () => {
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildSessionCacheInput({
        requirements: [
          {
            scope: 'recommended',
            versions: [{ product: 'Redis', min: '7.x', max: '7.x', note: '6.x still works until its end of life' }],
            source: cite,
          },
        ],
      }),
    ]),
  ];

  it('answers yes when asked whether it can be used and the note allows it, saying it is outside the range', () => {
    expect(draftIn(catalogue, 'Can Quillstack keep running on Redis 6?')?.text).toBe(
      'Yes, though Redis 6 is outside what the sources state, Redis 7.x (recommended). Of 6 the sources say: 6.x still works until its end of life. ' +
        'Quillstack (Standard): Session cache: Redis 7.x (6.x still works until its end of life), recommended.',
    );
    expect(draftIn(catalogue, 'Can Quillstack not run on Redis 6?')?.text).toMatch(/^No, though Redis 6 is outside/);
  });

  it("leaves the verdict to the note's words when the note does not allow the version", () => {
    const noted = (note: string) => [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildSessionCacheInput({
          requirements: [{ scope: 'recommended', versions: [{ product: 'Redis', min: '7.x', max: '7.x', note }], source: cite }],
        }),
      ]),
    ];
    expect(draftIn(noted('6.x may no longer be used'), 'Can Quillstack keep running on Redis 6?')).toBeNull();
    expect(draftIn(noted('6.x reached its end of life'), 'Can Quillstack keep running on Redis 6?')).toBeNull();
  });

  it('answers whether the vendor recommends a version against the recommended range, with the note on the one asked', () => {
    expect(draftIn(catalogue, 'Does Quillstack recommend Redis 6?')?.text).toBe(
      'No: the sources recommend Redis 7.x, which Redis 6 is not. Of 6 the sources say: 6.x still works until its end of life. ' +
        'Quillstack (Standard): Session cache: Redis 7.x (6.x still works until its end of life), recommended.',
    );
    expect(draftIn(catalogue, 'Is Redis 7 the recommended one for Quillstack?')?.text).toMatch(
      /^Yes: the sources recommend Redis 7\.x, which Redis 7 is\. /,
    );
  });

  it('answers with the note and no yes or no when asked whether it is a problem, where yes would mean trouble', () => {
    expect(draftIn(catalogue, 'We are still on Redis 6 for Quillstack, is that a problem?')?.text).toBe(
      'Redis 6 is outside what the sources state, Redis 7.x (recommended). Of 6 the sources say: 6.x still works until its end of life. ' +
        'Quillstack (Standard): Session cache: Redis 7.x (6.x still works until its end of life), recommended.',
    );
  });
});

describe('answerVersionSupport: rules against a version', () => {
  it('answers when a rule about the technology names no version of it', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildLedgerInput({
          requirements: [production('13', '17')],
          incompatible: [
            { with: 'PostgreSQL on shared hosting', text: 'Shared hosting lacks the extensions the ledger needs.', source: cite },
          ],
        }),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')?.text).toMatch(/^Yes: PostgreSQL 15 is within/);
  });

  it('leaves the question to the yes/no answerer when a rule names a dotted release at the end of a sentence', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildLedgerInput({
          requirements: [production('13', '17')],
          incompatible: [{ with: 'PostgreSQL 9.6', text: 'The ledger needs features added later.', source: cite }],
        }),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')).toBeNull();
  });
});

describe('answerVersionSupport: conflicts between sources', () => {
  it('shows a conflict on the versions of the asked technology with the verdict, and no other conflict or note', () => {
    const statements = (first: string, second: string) => [
      { text: first, source: cite },
      { text: second, source: cite },
    ];
    const conflicts = [
      { topic: 'Ledger node count', statements: statements('PostgreSQL 2 nodes suffice.', 'PostgreSQL 3 nodes are needed.') },
      {
        topic: 'Supported PostgreSQL versions',
        statements: statements('The install guide says PostgreSQL 13 or later.', 'The upgrade guide says PostgreSQL 14 or later.'),
      },
      { topic: 'Supported Redis versions', statements: statements('Redis 6 or later.', 'Redis 7 or later.') },
    ];
    const catalogue = [withLedger([production('13', '17')], [], { conflicts })];
    const withNote = [
      withLedger(
        [production('13', '17')],
        [
          buildSessionCacheInput({
            notes: [{ kind: 'option', text: 'PostgreSQL 16.x is what the vendor tests the cache against.', source: cite }],
          }),
        ],
        { conflicts },
      ),
    ];
    const expected =
      'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13 to 17 (for production). Quillstack (Standard): Ledger database: PostgreSQL 13 to 17, for production. ' +
      'The sources disagree on supported PostgreSQL versions: The install guide says PostgreSQL 13 or later / The upgrade guide says PostgreSQL 14 or later.';
    expect(draftIn(catalogue, 'Does Quillstack support PostgreSQL 15?')?.text).toBe(expected);
    expect(draftIn(withNote, 'Does Quillstack support PostgreSQL 15?')?.text).toBe(expected);
  });
});

describe('answerVersionSupport: a technology with no stated version', () => {
  const elastic = (id: string, name: string, notes: string[], variants?: string[]) =>
    buildComponentInput({
      id,
      name,
      role: 'search-engine',
      technology: 'Elasticsearch',
      purpose: 'Keeps the Elasticsearch user index.',
      ...(variants ? { variants } : {}),
      notes: notes.map((text) => ({ kind: 'option' as const, text, source: cite })),
    });

  it('declines naming the technology, citing what its part and the facts naming it say of versions', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput({ notes: [{ kind: 'option', text: 'The API client follows the 4.x line.', source: cite }] }),
        elastic('search-index', 'Search index', ['The vendor names no Elasticsearch version.', 'Snapshots from 10.11.12 restore.']),
        elastic('search-replica', 'Search replica', ['Replicas follow the 10.x line.'], ['clustered']),
      ]),
    ];
    expect(draftIn(catalogue, 'Does Quillstack support Elasticsearch 10?')).toEqual({
      kind: 'yes-no',
      text: null,
      declined: 'The vendor documents archkb holds for Quillstack state no Elasticsearch version.',
      facts: [
        expect.objectContaining({ component: 'search-index', text: 'Option: The vendor names no Elasticsearch version' }),
        expect.objectContaining({ component: 'search-index', text: 'Option: Snapshots from 10.11.12 restore' }),
      ],
      coverage: 0.8,
      strength: 0.8,
    });
  });

  it('cites at most three facts, in the order the product lists them', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        elastic('search-index', 'Search index', [
          'The client library follows the 10.x line.',
          'Snapshots from 10.11.12 restore.',
          'Reindexing needs 10.4 or later.',
          'The vendor names no Elasticsearch version.',
        ]),
      ]),
    ];
    expect(factTexts('Does Quillstack support Elasticsearch 10?', catalogue)).toEqual([
      'Option: The client library follows the 10.x line',
      'Option: Snapshots from 10.11.12 restore',
      'Option: Reindexing needs 10.4 or later',
    ]);
  });

  it('reads a release of the product itself as no version of a part, even when a part carries the product name', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildLedgerInput(),
        buildComponentInput({ id: 'quill-console', name: 'Quillstack console', role: 'application-service', technology: 'Quill' }),
      ]),
    ];
    expect(draftIn(catalogue, 'Is the ledger optional from Quillstack 3.0?')).toBeNull();
  });
});

describe('answerVersionSupport: several products', () => {
  const lanternpad = (components: Parameters<typeof buildAskArchitectureWith>[0]) =>
    buildArchitecture({ id: 'lanternpad', product: 'Lanternpad', vendor: 'Lantern Co.', category: 'internal-tools', components });
  const canvas = buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' });
  const store = (requirements?: NonNullable<Parameters<typeof buildComponentInput>[0]>['requirements']) =>
    buildComponentInput({
      id: 'lantern-store',
      name: 'Lantern store',
      technology: 'PostgreSQL',
      ...(requirements ? { requirements } : {}),
    });
  const quillYes =
    'Yes: PostgreSQL 15 is within what the sources state, PostgreSQL 13 to 17 (for production). Quillstack (Standard): Ledger database: PostgreSQL 13 to 17, for production.';

  it('answers for the one product that has the technology, as its own answer', () => {
    const catalogue = [withLedger([production('13', '17')]), lanternpad([canvas])];
    expect(draftIn(catalogue, 'Do Quillstack and Lanternpad support PostgreSQL 15?')).toEqual({
      kind: 'yes-no',
      text: quillYes,
      facts: [expect.objectContaining({ component: 'ledger-db' })],
      coverage: 0.9,
      strength: 0.9,
    });
  });

  it('says beside one product’s answer that the other states no version', () => {
    const catalogue = [withLedger([production('13', '17')]), lanternpad([store()])];
    expect(draftIn(catalogue, 'Do Quillstack and Lanternpad support PostgreSQL 15?')).toEqual({
      kind: 'yes-no',
      text: `${quillYes} The vendor documents archkb holds for Lanternpad state no PostgreSQL version.`,
      declined: 'The vendor documents archkb holds for Lanternpad state no PostgreSQL version.',
      facts: [expect.objectContaining({ component: 'ledger-db' })],
      coverage: 0.9,
      strength: 0.9,
    });
  });

  it('gives each product’s answer in turn, citing both', () => {
    const catalogue = [
      withLedger([production('13', '17')]),
      lanternpad([store([{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '16' }], source: cite }])]),
    ];
    const draft = draftIn(catalogue, 'Do Quillstack and Lanternpad support PostgreSQL 15?');
    expect(draft?.text).toBe(
      `${quillYes} No: PostgreSQL 15 is outside what the sources state, PostgreSQL 16+ (minimum). Lanternpad: Lantern store: PostgreSQL 16+, minimum.`,
    );
    expect(draft?.facts.map((fact) => fact.component)).toEqual(['ledger-db', 'lantern-store']);
  });

  it('declines with the first product’s reason when neither states a version', () => {
    const catalogue = [withLedger(undefined), lanternpad([store()])];
    expect(draftIn(catalogue, 'Do Quillstack and Lanternpad support PostgreSQL 15?')).toEqual({
      kind: 'yes-no',
      text: null,
      declined: 'The vendor documents archkb holds for Quillstack state no PostgreSQL version.',
      facts: [],
      coverage: 0.9,
      strength: 0.9,
    });
  });
});

describe('answerUpgradeFloor', () => {
  const cite = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API.',
        notes: [
          {
            kind: 'requirement',
            text: 'Installations older than v3.4.0-lts1.2 must upgrade to that release before moving to the latest release line.',
            source: cite,
          },
        ],
      }),
    ]),
  ];

  it('answers no for a version below the floor a fact says must be passed through first', () => {
    const { answer } = answerQuestion('We run Quillstack v3.1 - can we jump straight to the latest release line?', catalogue);
    expect(answer).toMatch(/^No\. Quillstack \(Standard\): Quill API: Requirement: Installations older than v3\.4\.0-lts1\.2 must upgrade/);
  });

  it('leaves a version at or above the floor, and a bare count, to the other rules', () => {
    expect(answerQuestion('We run Quillstack v3.5 - can we jump straight to the latest release line?', catalogue).answer).not.toMatch(
      /^No\./,
    );
    expect(answerQuestion('We run 2 Quillstack APIs - can we jump straight to the latest release line?', catalogue).answer).not.toMatch(
      /^No\./,
    );
  });
});

describe('answerVersionSupport: a rule against another technology under a part named after the asked one', () => {
  const orchestrated = [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({
        id: 'orchestrator',
        name: 'Kubernetes cluster',
        role: 'container-orchestration',
        technology: 'Kubernetes',
        purpose: 'Runs the Quillstack containers.',
        requirements: [{ scope: 'production', versions: [{ product: 'Kubernetes', min: '1.30' }], source: cite }],
        incompatible: [{ with: 'Docker Compose V1', text: 'The Compose V1 command is not supported; Compose v2 is.', source: cite }],
      }),
    ]),
  ];

  it('answers which versions are supported, though a sentence before gives figures it could compute with', () => {
    const answer = answerQuestion(
      'Our ledger fleet has instances on 12, 15 and 18. Which Kubernetes versions does Quillstack support?',
      orchestrated,
    );
    expect(answer.kind).not.toBe('compute');
    expect(answer.answer).toContain('Kubernetes 1.30+');
  });

  it('reads "which … version(s)" with no word, one word or three words between, singular or plural, however spaced', () => {
    const figures = 'Our ledger fleet has instances on 12, 15 and 18.';
    for (const asked of [
      'Which versions of Kubernetes does Quillstack support?',
      'Which Kubernetes version does Quillstack support?',
      'Which  Kubernetes versions does Quillstack support?',
      'What Kubernetes  cluster versions does Quillstack support?',
    ]) {
      const answer = answerQuestion(`${figures} ${asked}`, orchestrated);
      expect(answer.kind, asked).not.toBe('compute');
    }
  });

  it('judges the asked version against the stated floor', () => {
    expect(answerQuestion('Does Kubernetes 1.27 meet the Quillstack minimum?', orchestrated).answer).toMatch(
      /^No: Kubernetes 1\.27 is outside what the sources state, Kubernetes 1\.30\+ \(for production\)\./,
    );
    expect(answerQuestion('Is Kubernetes 1.31 supported by Quillstack?', orchestrated).answer).toMatch(
      /^Yes: Kubernetes 1\.31 is within what the sources state/,
    );
  });

  it('leaves the rule to the yes/no answerer when the rule names the asked technology', () => {
    expect(answerQuestion('Is Docker Compose v1 supported by Quillstack?', orchestrated).answer).toMatch(/^No\..*Compose V1/);
  });
});

describe('answerVersionSupport: a floor the range note sets on another thing', () => {
  const floored = [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildLedgerInput({
        requirements: [
          {
            scope: 'production',
            versions: [{ product: 'PostgreSQL', min: '14', max: '18', note: '18 needs Quillstack version 4.11.0 or newer' }],
            source: cite,
          },
        ],
      }),
    ]),
  ];
  const askFloored = (question: string) => answerQuestion(question, floored).answer ?? '';

  it('answers no when the question runs that thing below the floor ("still on Quillstack v4.9")', () => {
    expect(askFloored("We want PostgreSQL 18 under Quillstack but we're still on Quillstack v4.9. Is that fine?")).toMatch(
      /^No: PostgreSQL 18 is within what the sources state, PostgreSQL 14 to 18 \(for production\), but only with Quillstack 4\.11\.0 or newer, which Quillstack v4\.9 is not\./,
    );
  });

  it('turns the verdict when the question asks whether it is a problem', () => {
    expect(askFloored("We want PostgreSQL 18 under Quillstack but we're still on Quillstack v4.9. Is that a problem?")).toMatch(/^Yes: /);
    expect(askFloored("We want PostgreSQL 18 under Quillstack and we're on Quillstack 5.0. Is that a problem?")).toMatch(/^No: /);
    expect(askFloored('Is PostgreSQL 12 a problem for Quillstack?')).toMatch(/^Yes: PostgreSQL 12 is outside what the sources state/);
    expect(askFloored('Is PostgreSQL 16 a problem for Quillstack?')).toMatch(/^No: PostgreSQL 16 is within what the sources state/);
  });

  it('answers yes at or above the floor, with no version of that thing, or for a version the note is not about', () => {
    expect(askFloored("We want PostgreSQL 18 under Quillstack and we're on Quillstack 4.11. Is that fine?")).toMatch(/^Yes: /);
    expect(askFloored("We want PostgreSQL 18 under Quillstack and we're on Quillstack 5.0. Is that fine?")).toMatch(/^Yes: /);
    expect(askFloored('Can Quillstack run on PostgreSQL 18?')).toMatch(/^Yes: /);
    expect(askFloored("We want PostgreSQL 16 under Quillstack but we're on Quillstack v4.9. Is that fine?")).toMatch(/^Yes: /);
  });

  it('reads a floor written without "version", one with a major version of two digits and one with stray spaces', () => {
    const flooredBy = (note: string) => [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildLedgerInput({
          requirements: [{ scope: 'production', versions: [{ product: 'PostgreSQL', min: '14', max: '18', note }], source: cite }],
        }),
      ]),
    ];
    const question = "We want PostgreSQL 18 under Quillstack but we're still on Quillstack v4.9. Is that fine?";
    expect(answerQuestion(question, flooredBy('18 needs Quillstack 4.11.0 or newer')).answer).toMatch(
      /^No: .*, but only with Quillstack 4\.11\.0 or newer, which Quillstack v4\.9 is not\./,
    );
    expect(answerQuestion(question, flooredBy('18 needs Quillstack version 12.1 or newer')).answer).toMatch(
      /^No: .*, but only with Quillstack 12\.1 or newer, which Quillstack v4\.9 is not\./,
    );
    expect(answerQuestion(question, flooredBy('18 needs Quillstack  version  4.11.0  or  newer')).answer).toMatch(
      /^No: .*, but only with Quillstack 4\.11\.0 or newer, which Quillstack v4\.9 is not\./,
    );
  });

  it('answers yes when asked whether the version is not supported with that thing below the floor', () => {
    expect(askFloored("Is PostgreSQL 18 not supported by Quillstack while we're still on Quillstack v4.9?")).toMatch(
      /^Yes: PostgreSQL 18 is within what the sources state, PostgreSQL 14 to 18 \(for production\), but only with Quillstack 4\.11\.0 or newer, which Quillstack v4\.9 is not\./,
    );
  });
});
