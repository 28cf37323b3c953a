import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import { buildAskArchitecture, buildLanternpad, buildNoted } from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

const catalogue = [buildAskArchitecture(), buildLanternpad()];

describe("answerQuestion on a product's page: which product a guessed one gives way to", () => {
  const question = 'Which message broker does it recommend?';

  it('keeps the guessed product when the page names no product archkb holds', () => {
    const answer = answerQuestion(question, catalogue, { architectureId: 'nowhere' });
    expect(answer.answer).toBe('Lanternpad: Event stream: Stores the product state.');
    expect(answer.sources.map((source) => source.url)).toContain('/architectures/lanternpad/#component-events');
  });

  it('changes nothing on the page of the product guessed, nor for a product the question names', () => {
    expect(answerQuestion(question, catalogue, { architectureId: 'lanternpad' })).toEqual(answerQuestion(question, catalogue));
    const named = 'Which message broker does Quillstack recommend?';
    expect(answerQuestion(named, catalogue, { architectureId: 'lanternpad' })).toEqual(answerQuestion(named, catalogue));
  });
});

describe('answerQuestion: a yes/no at a load of a product sized by none', () => {
  it('answers one that asks for no amount ("does it use Kafka at 500 sign-ins?") instead of saying nothing grows with load', () => {
    const answer = answerQuestion('Does Lanternpad use Kafka at 500 sign-ins?', catalogue);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toBe('Yes. Lanternpad: Event stream: Technology: Kafka.');
  });
});

describe('answerQuestion: "it" after a list of several', () => {
  it('speaks of the part the first answer rests on first, not of every part listed as "each" does', () => {
    const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';
    // Only the session cache, asked alone, brings its console setting and its persistence option.
    const single = ask('What is in the Quillstack ledger and caches group, and what does it do?');
    expect(single).toMatch(/^Quillstack \(Standard\): Ledger and caches: Ledger database and Session cache\./);
    expect(single).toContain('Quillstack (Standard): Session cache: Keeps sign-in sessions. Optional. cache.console = true (default)');
    expect(ask('What is in the Quillstack ledger and caches group, and what does each do?')).not.toContain('cache.console');
  });
});

describe('answerQuestion: a computation over the whole question, and a later part asking for a rule', () => {
  it('computes the limit when a later part asks for the limit rule, instead of narrowing the computation to the first part', () => {
    const answer = answerQuestion(
      'Quillstack at 40 sign-ins per second: how many vCPUs for the API, and what is the limit rule?',
      catalogue,
    ).answer;
    // 1 vCPU per 10 sign-ins per second at 40 is 4 vCPU; the limit is twice the request.
    expect(answer).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: limit 8 vCPU\. /);
    expect(answer).toContain('Quillstack (Standard): Quill API: CPU limit: twice the request.');
  });
});

describe('answerQuestion: a word for the whole layout in a yes/no of need', () => {
  it('reads "design" and "architecture" as the scene, so the part\'s level of need answers', () => {
    for (const word of ['design', 'architecture']) {
      const answer = answerQuestion(`In the Quillstack ${word}, is the session cache a required component?`, catalogue).answer;
      expect(answer).toMatch(/^No: it is optional\. In Quillstack \(Standard\), Session cache is optional\./);
    }
  });
});

describe("answerQuestion: a plan's aim", () => {
  it('answers "can I turn X off to save RAM?" from X\'s level of need, as the resource only says why', () => {
    for (const question of [
      'Can I turn off the Quillstack session cache to save RAM?',
      'Can I drop the Quillstack session cache to free up some memory?',
    ])
      expect(answerQuestion(question, catalogue).answer).toMatch(
        /^Yes: it is optional\. In Quillstack \(Standard\), Session cache is optional\./,
      );
  });
});

describe('answerQuestion: the load inputs a sizing works from', () => {
  const sized = [
    buildAskArchitecture({
      loadDrivers: [
        {
          id: 'sign-ins-per-second',
          label: 'sign-ins per second',
          singular: 'sign-in per second',
          description: 'Users signing in with a password.',
          source: cite,
        },
        {
          id: 'refreshes-per-second',
          label: 'token refreshes per second',
          singular: 'token refresh per second',
          description: 'Requests that refresh a token.',
          source: cite,
        },
      ],
    }),
  ];

  it('lists every load driver for "load inputs", "load measures" and "load factors"', () => {
    for (const words of ['load inputs', 'load measures', 'load factors', 'load drivers']) {
      const answer = answerQuestion(`List Quillstack's ${words}.`, sized).answer ?? '';
      expect(answer).toContain('Sized by sign-ins per second: Users signing in with a password.');
      expect(answer).toContain('Sized by token refreshes per second: Requests that refresh a token.');
    }
  });
});

describe('answerQuestion: a setting asked for beside a load', () => {
  it('looks the setting up instead of computing from the load that only says when', () => {
    const answer = answerQuestion(
      'Which autoscaling settings does the Quillstack API use when it handles 40 sign-ins per second?',
      catalogue,
    );
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toContain('api.autoscaling.enabled = false (default)');
  });
});

describe('answerQuestion: "does X want me running Y?"', () => {
  it("answers from Y's level of need", () => {
    expect(answerQuestion('Does Quillstack want me running the session cache?', catalogue).answer).toMatch(
      /^No: it is optional\. In Quillstack \(Standard\), Session cache is optional\./,
    );
  });
});

describe('answerQuestion: a load and a resource in plain words', () => {
  it('computes for "N people a second signing in" and "how many processors"', () => {
    const answer = answerQuestion(
      'At our busiest we expect about 40 people a second signing in to Quillstack. How many processors does the API need?',
      catalogue,
    ).answer;
    // 1 vCPU per 10 sign-ins per second at 40 is 4 vCPU.
    expect(answer).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested, limit 8 vCPU\. /);
  });
});

describe('answerQuestion: a figure in processors', () => {
  it('reads "4 processors" as 4 vCPU, so the limit rule applies to it', () => {
    const answer = answerQuestion('Quillstack: if the Quill API needs 4 processors, what should its CPU limit be?', catalogue).answer;
    expect(answer).toMatch(/^Quillstack \(Standard\): Quill API: a CPU request of 4 vCPU gives a limit of 4 vCPU × 2 = 8 vCPU\./);
  });
});

describe('answerQuestion: a short asking sentence naming a part after a long scene', () => {
  it('answers of the part the asking sentence names, the scene only ranking', () => {
    const answer = answerQuestion(
      'Our team saw a ledger database in the Quillstack diagram beside the session cache and asked why two stores are needed. What is the ledger one actually for?',
      catalogue,
    ).answer;
    expect(answer).toMatch(/^Quillstack \(Standard\): Ledger database: Keeps accounts, tenants and audit records\./);
  });

  it('keeps "in there" pointing back at the part named before it (real catalogue)', () => {
    const answer = answerQuestion(
      'For the Postgres machines behind Authgear, what is the smallest disk per node, and what sort of data really lives in there?',
      loadContentArchitectures(),
    ).answer;
    expect(answer).toContain('500 GB storage');
    expect(answer).toContain('audit logs');
  });
});

describe('answerQuestion: a hyphenated phrase the vocabulary reads as a word the facts hold', () => {
  const noted = [buildNoted([{ kind: 'info', text: 'New LTS versions come every 3 to 5 months and are supported for 18 months.' }])];

  it('answers "long-term-support" from the facts on LTS versions instead of calling it an unmentioned setting', () => {
    expect(answerQuestion('How often does Quillstack put out long-term-support releases?', noted).answer).toBe(
      'Quillstack: Note: New LTS versions come every 3 to 5 months and are supported for 18 months.',
    );
  });

  it('still declines a setting name the facts never write', () => {
    expect(answerQuestion('Is the token-cache-size set in Quillstack?', noted).declined).toBe(
      'The vendor documents archkb holds for Quillstack do not mention token-cache-size.',
    );
  });
});

describe('answerQuestion: a computation over parts, one asking for a figure and one asking of a single kind', () => {
  it('leaves the words of a part asking for no figure out of the count, while a part asking for a figure stays in it', () => {
    // Real content: Inrupt ESS lays one public and one private subnet in each of its three zones.
    const architectures = loadContentArchitectures();
    const answer =
      answerQuestion(
        'Inrupt ESS: how many zones does the vendor want, which subnets are placed in each, and what may run in the public one?',
        architectures,
      ).answer ?? '';
    expect(answer).toContain('3 × Public subnet + 3 × Private subnet = 6 subnets');
    expect(answer).toMatch(/Load balancers: Runs in a public subnet/);
  });
});

describe('answerQuestion: parts split after a scope that names the product', () => {
  it('reads each part as asked of the product the scope names, so a part asking for no figure is answered on its own', () => {
    // Real content: Inrupt ESS wants at least three zones, and only its load balancers sit in the public subnets.
    const answer =
      answerQuestion(
        'On the Inrupt ESS part of the platform, how many zones does the vendor recommend at least, and what alone belongs in the public subnets?',
        loadContentArchitectures(),
      ).answer ?? '';
    expect(answer).toMatch(/^Inrupt Enterprise Solid Server \(ESS\) across its 3 availability zones/);
    expect(answer).toMatch(/Inrupt Enterprise Solid Server \(ESS\): Load balancers: /);
  });
});

describe('answerQuestion over the real content: a reason given at the end of a yes/no', () => {
  it('reads the reason as said, so whether the part may be left out is answered', () => {
    const answer = answerQuestion(
      'can we leave out the external PostgreSQL for Coder since coderd bundles its own?',
      loadContentArchitectures(),
    );
    expect(answer.answer ?? '').toMatch(/^Yes, though the vendor recommends it/);
  });
});
