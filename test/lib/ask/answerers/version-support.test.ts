import { describe, expect, it } from 'vitest';
import { answerVersionSupport, findAskedVersion, isWithinVersions } from '../../../../src/lib/ask/answerers/version-support.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
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

  it('reads a number followed by a unit or a count noun as an amount, not a version', () => {
    expect(findAskedVersion('Does it need Redis 6 GB?', isName)).toBeNull();
    expect(findAskedVersion('Does it need PostgreSQL 2 replicas?', isName)).toBeNull();
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
