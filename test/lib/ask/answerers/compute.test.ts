import { describe, expect, it } from 'vitest';
import { answerCompute } from '../../../../src/lib/ask/answerers/compute.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildEdgeGatewayInput,
  buildLedgerInput,
  buildLeftOutArchitecture,
  buildQuillApiInput,
  buildQuillWorkerInput,
  buildSearchy,
} from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack with one worker whose default concurrency is 5 jobs per instance, cited to the given place. */
const buildConcurrentWorker = (source: string) =>
  buildAskArchitectureWith([
    buildComponentInput({
      id: 'quill-worker',
      name: 'Quill worker',
      role: 'job-worker',
      technology: 'Quill',
      settings: [
        { name: 'worker.concurrency', value: '5', status: 'default', text: 'Jobs one worker instance runs at the same time.', source },
      ],
    }),
  ]);

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

describe('answerCompute', () => {
  it("sizes at the load the question names with the vendor's per-unit rule and head-room", () => {
    const answer = ask('Quillstack CPU for 50 sign-ins per second');
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toContain('5 vCPU requested');
    expect(answer.answer).toContain('limit 10 vCPU');
  });

  it('sizes a rate given per minute at its per-second load, and says what it was converted to', () => {
    const answer = ask('Quillstack CPU for 3,000 sign-ins a minute');
    expect(answer.answer).toMatch(/^3,000 per minute is 50 per second\. /);
    expect(answer.answer).toContain('5 vCPU requested');
  });

  it('reads 1.5k as 1,500, not 5', () => {
    expect(ask('Quillstack CPU for 1.5k sign-ins per second').answer).toContain('150 vCPU');
  });

  it('refuses to size a negative load and shows the rule instead of a negative figure', () => {
    const answer = ask('Quillstack CPU for -1 sign-ins per second');
    expect(answer.answer).toMatch(/cannot be negative/);
    expect(answer.answer).toContain('1 vCPU per 10 sign-ins per second');
    expect(answer.answer).not.toMatch(/-\s*0?\.1/);
  });

  it("applies a head-room rule to a request the question states, answering in the question's unit", () => {
    const answer = ask('Quillstack API memory limit if the request is 1000 MB?');
    expect(answer.answer).toContain('(1,000 MB − 200 MB) ÷ 0.5 = 1,600 MB');
  });

  it('works out a stated multiple for the count the question gives', () => {
    expect(ask('Quillstack with 400 tenants: how much should the token cache grow?').answer).toContain('3 × 400 = 1,200');
  });

  it('sums the stated figures of the scope the question names', () => {
    const answer = ask('Total CPU and memory requests for the Quillstack example');
    expect(answer.answer).toContain('2 × 0.5 vCPU (Quill API) + 0.25 vCPU (Quill worker) = 1.25 vCPU');
    expect(answer.answer).toContain('1.25 GiB');
  });

  it('uses the counts the question sets for what it names', () => {
    expect(ask('Total CPU requests for the Quillstack example with 3 API replicas and 1 worker').answer).toContain('= 1.75 vCPU');
  });

  it('sums a host of components once, in the scope the question names', () => {
    expect(ask('total vCPU of the Quillstack standard application box for HA').answer).toContain('3 × 4 vCPU (Application box) = 12 vCPU');
  });

  it('sums one setting across the components the question lists', () => {
    expect(ask('maximum total replicas of the Quillstack API and worker with autoscaling').answer).toContain(
      '8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12',
    );
  });

  it('sums each bound on its own when the question asks for both the minimum and the maximum', () => {
    const cite = 'authgear-self-managed#deployment-options';
    const bounds = (prefix: string, min: string, max: string) =>
      [
        { name: `${prefix}.replicaCount`, value: '1' },
        { name: `${prefix}.autoscaling.minReplicas`, value: min },
        { name: `${prefix}.autoscaling.maxReplicas`, value: max },
      ].map((setting) => ({ ...setting, status: 'default' as const, source: cite }));
    const scaled = buildAskArchitectureWith([
      buildQuillApiInput({ settings: bounds('api', '2', '8') }),
      buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', settings: bounds('worker', '1', '4') }),
    ]);
    const answer = answerQuestion('Combined minimum and maximum replica count of the Quillstack API and worker with autoscaling?', [
      scaled,
    ]);
    expect(answer.answer).toContain('2 (api.autoscaling.minReplicas) + 1 (worker.autoscaling.minReplicas) = 3.');
    expect(answer.answer).toContain('8 (api.autoscaling.maxReplicas) + 4 (worker.autoscaling.maxReplicas) = 12.');
    const range = answerQuestion('Replica floor and ceiling of the Quillstack API and worker with autoscaling, added up?', [scaled]);
    expect(range.answer).toContain('= 3.');
    expect(range.answer).toContain('= 12.');
  });

  it('answers a what-if follow-up as its own computation, with the value set and with the default', () => {
    const concurrency = {
      name: 'worker.concurrency',
      value: '5',
      status: 'default' as const,
      text: 'Jobs one worker instance runs at the same time.',
      source: 'authgear-self-managed#deployment-options',
    };
    const workers = buildAskArchitectureWith([
      buildComponentInput({ id: 'quill-worker', name: 'Quill worker', role: 'job-worker', settings: [concurrency] }),
    ]);
    const answer = answerQuestion(
      'We run 3 Quillstack workers at concurrency 8. How many jobs run at the same time, and how many would it be if we left the concurrency at its default?',
      [workers],
    );
    expect(answer.answer).toContain('= 24.');
    expect(answer.answer).toContain('= 15.');
  });

  it('cites the facts it computed from', () => {
    const answer = ask('Quillstack CPU for 50 sign-ins per second');
    expect(answer.sources.some((source) => source.url === '/architectures/quillstack/#component-quill-api')).toBe(true);
  });
  it('gives a sum of figures the vendor writes in GB in GB, and a sum of Kubernetes units in binary units', () => {
    // Fixture minimum scope: the application box 4 GB, the ledger database 8 GB.
    expect(ask('Quillstack total memory of the minimum setup').answer).toContain(
      'memory: 4 GB (Application box) + 8 GB (Ledger database) = 12 GB.',
    );
    expect(ask('Quillstack total memory of the minimum setup').answer).not.toContain('GiB');
  });
  it('counts the part a count is tied to by "at" or "with", as by a running verb (the worker at 2 replicas)', () => {
    const workers = [buildConcurrentWorker('authgear-self-managed#resources-reference')];
    expect(answerQuestion('Quillstack worker Deployment at 2 replicas: how many jobs run at the same time?', workers).answer).toBe(
      'Quillstack (Standard): 2 × 5 (the default value of worker.concurrency per Quill worker instance) = 10.',
    );
  });

  it('multiplies a count of instances by a per-instance setting: the default, or the value the question sets', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const withConcurrency = (text: string) =>
      buildAskArchitectureWith([
        buildQuillWorkerInput({ settings: [{ name: 'worker.concurrency', value: '5', status: 'default', text, source: cite }] }),
      ]);
    const perInstance = [withConcurrency('Jobs one worker instance runs at the same time.')];
    expect(answerQuestion('With 3 Quillstack workers, how many jobs run at the same time?', perInstance).answer).toBe(
      'Quillstack (Standard): 3 × 5 (the default value of worker.concurrency per Quill worker instance) = 15.',
    );
    expect(
      answerQuestion('3 Quillstack workers with worker.concurrency = 8: how many jobs run at the same time?', perInstance).answer,
    ).toContain('3 × 8 (worker.concurrency per Quill worker instance, as the question sets it; its default value is 5) = 24.');
    // A value set with "=" beside the asked noun is the setting's, not a load; "how many if … default" asks again at the default.
    expect(
      answerQuestion(
        "Running 3 Quillstack workers with worker.concurrency=8, how many jobs run at the same time? And how many if we'd left the concurrency at its default?",
        perInstance,
      ).answer,
    ).toMatch(/3 × 8 \(worker\.concurrency[^)]*\) = 24\.[\s\S]*3 × 5 \(the default value of worker\.concurrency[^)]*\) = 15\./);
    // Two conditions on one question: each is asked alone, and "set it to 8" gives the named setting its value.
    expect(
      answerQuestion(
        'We run 3 Quillstack workers. How many jobs run at the same time if we leave the concurrency at its default, and how many if we set it to 8?',
        perInstance,
      ).answer,
    ).toMatch(
      /3 × 5 \(the default value of worker\.concurrency[^)]*\) = 15\.[\s\S]*3 × 8 \(worker\.concurrency[^)]*as the question sets it[^)]*\) = 24\./,
    );
    // A follow-up that only gives another figure ("…? and if we set it to 8?") asks the part before it again with that figure.
    expect(
      answerQuestion(
        '3 Quillstack workers with worker.concurrency left at default - how many jobs run at the same time? and if we set it to 8?',
        perInstance,
      ).answer,
    ).toMatch(
      /3 × 5 \(the default value of worker\.concurrency[^)]*\) = 15\.[\s\S]*3 × 8 \(worker\.concurrency[^)]*as the question sets it[^)]*\) = 24\./,
    );
    // "With it set to 8" in a second question sets the setting the first question named, which the second does not.
    expect(
      answerQuestion(
        "What's the default worker.concurrency in Quillstack? And if we run 3 workers with it set to 8, how many jobs run at the same time?",
        perInstance,
      ).answer,
    ).toMatch(/3 × 8 \(worker\.concurrency[^)]*as the question sets it[^)]*\) = 24\./);
    // A setting that says nothing of holding per instance is not multiplied.
    const whole = [withConcurrency('Jobs the whole deployment runs at the same time.')];
    expect(answerQuestion('With 3 Quillstack workers, how many jobs run at the same time?', whole).answer ?? '').not.toContain('= 15');
  });
});

describe('answerCompute: a computation with a second question', () => {
  it('answers a part that gives no number and asks no computation after the computation of the whole', () => {
    const answer = ask('Quillstack CPU for 50 sign-ins per second, and what does the session cache keep?').answer ?? '';
    expect(answer).toContain('5 vCPU requested');
    expect(answer).toContain('Keeps sign-in sessions.');
    // Both parts asking for figures stay one computation over the whole question.
    expect(ask('Quillstack CPU for 50 sign-ins per second, and what memory limit?').answer).not.toContain('Keeps sign-in sessions.');
  });
});

describe('answerCompute: what the question leaves out', () => {
  // At a load the high-availability figures apply: the application box 3 × 16 GB = 48 GB, the ledger 2 × 16 GB = 32 GB.
  it('totals the rest of the deployment when the question leaves a component out', () => {
    expect(ask('Total Quillstack memory at 50 sign-ins per second?').answer).toContain(
      'Whole deployment (every required and recommended component at this load): 80 GiB.',
    );
    expect(ask('Total Quillstack memory at 50 sign-ins per second, excluding the ledger database?').answer).toContain(
      'Whole deployment (every required and recommended component at this load, leaving out Ledger database): 48 GiB.',
    );
    expect(ask('Total Quillstack memory at 50 sign-ins per second (leave the ledger database out)').answer).toContain('48 GiB');
  });

  it('keeps a component in when it shares a host whose figures are stated as a whole, and says so', () => {
    const answer = ask('Total Quillstack memory at 50 sign-ins per second, not counting the Quill worker?').answer ?? '';
    expect(answer).toContain('80 GiB');
    expect(answer).toContain('Quill worker shares a host whose figures the vendor states as a whole, so they stay in.');
  });
});

describe('answerCompute: groups repeated in every zone', () => {
  /** Quillstack's clustered variant spread over at least 3 zones, with a public and a private subnet in each. */
  const zonal = buildAskArchitecture({
    variants: [
      {
        id: 'standard',
        name: 'Standard',
        summary: 'Across zones.',
        availabilityZones: { min: 3, source: 'authgear-self-managed#introduction' },
        source: 'authgear-self-managed#introduction',
      },
    ],
    groups: [
      // Diagrams keep only groups that hold components, so the fixture's two tiers sit inside the subnets.
      { id: 'public-net', label: 'Public subnet (one per zone)', perZone: true },
      { id: 'private-net', label: 'Private subnet (one per zone)', perZone: true },
      { id: 'core', label: 'Sign-in core', parent: 'public-net' },
      { id: 'data', label: 'Ledger and caches', parent: 'private-net' },
    ],
    hosts: [],
  });
  const askZonal = (question: string) => answerQuestion(question, [zonal]);

  it("multiplies the groups named by the variant's zone minimum: 3 zones × 2 subnets = 6", () => {
    const answer = askZonal('How many subnets does Quillstack need across its zones?');
    expect(answer.kind).toBe('compute');
    expect(answer.sources.map((source) => source.excerpt)).toContain('The vendor recommends at least 3 availability zones');
    expect(answer.answer).toContain('3 × Public subnet + 3 × Private subnet = 6 subnets');
  });

  it('takes the zone count the question gives: 4 AZs × 2 subnets = 8', () => {
    expect(askZonal('Quillstack in 4 AZs: how many subnets?').answer).toContain('4 × Public subnet + 4 × Private subnet = 8 subnets');
  });

  it('counts only the group named: 5 zones × 1 public subnet', () => {
    expect(askZonal('How many public subnets for Quillstack over 5 zones?').answer).toContain('5 × Public subnet');
    expect(askZonal('How many public subnets for Quillstack over 5 zones?').answer).not.toContain('Private subnet');
  });

  it('counts every subnet when only a later part, answered on its own, names the public ones', () => {
    const answer = askZonal('Quillstack across its zones: how many subnets in total, and what runs in the public ones?').answer ?? '';
    expect(answer).toContain('3 × Public subnet + 3 × Private subnet = 6 subnets');
  });
});

describe('answerCompute: the load a budget holds', () => {
  it('finds the largest load whose sizing fits the CPU given: 20 vCPU at 1 vCPU per 10 sign-ins/s is 200, 100 by the 2× limit', () => {
    const answer = ask('How many sign-ins per second can the Quillstack API handle with 20 vCPU?');
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toContain('up to 200 sign-ins per second by CPU requests');
    expect(answer.answer).toContain('up to 100 sign-ins per second by CPU limits');
  });

  it('works out the limit of a figure called a request, not the load it holds, when the question asks for the limit', () => {
    const answer = ask('Quillstack API: 20 vCPU of requests. What CPU limit, and how much more than the request?').answer ?? '';
    expect(answer).toContain('a CPU request of 20 vCPU gives a limit of 20 vCPU × 2 = 40 vCPU, 20 vCPU above the request.');
    expect(answer).not.toContain('holds up to');
  });

  it('rounds down to a whole load: 25 vCPU holds 250 by requests and 125 by limits, 19.9 vCPU holds 199 and 99', () => {
    expect(ask('How many sign-ins per second can the Quillstack API handle with 25 vCPU?').answer).toContain(
      'up to 250 sign-ins per second',
    );
    const tight = ask('How many sign-ins per second can the Quillstack API handle with 19.9 vCPU?').answer;
    expect(tight).toContain('up to 199 sign-ins per second by CPU requests');
    expect(tight).toContain('up to 99 sign-ins per second by CPU limits');
  });
});

/** Quillstack whose one variant the vendor tested at 500 sign-ins per second; override any other field. */
function buildTestedAt500(overrides: Parameters<typeof buildAskArchitecture>[0] = {}) {
  const cite = 'authgear-self-managed#resources-reference';
  return buildAskArchitecture({
    variants: [
      {
        id: 'standard',
        name: 'Standard',
        summary: 'One API.',
        rated: [{ driver: 'sign-ins-per-second', max: 500, basis: 'tested', source: cite }],
        source: cite,
      },
    ],
    ...overrides,
  });
}

describe('answerCompute: the tested setup named by its load', () => {
  const tested = [buildTestedAt500()];

  it('looks up the tested setup instead of sizing when the question asks no figure', () => {
    const answer = answerQuestion('Which instance type did the Quillstack 500 sign-ins per second test use?', tested);
    expect(answer.kind).not.toBe('compute');
  });

  it('still sizes at a tested load when the question asks for a figure', () => {
    expect(answerQuestion('Quillstack CPU for 500 sign-ins per second', tested).kind).toBe('compute');
  });
});

describe('answerCompute: what each computation cites', () => {
  const urls = (question: string, architectures = catalogue) => answerQuestion(question, architectures).sources.map((source) => source.url);

  it('cites the components a sizing used, not the others', () => {
    const cited = urls('Quillstack CPU for 50 sign-ins per second');
    expect(cited).toContain('/architectures/quillstack/#component-quill-api');
    expect(cited).toContain('/architectures/quillstack/#component-ledger-db');
    expect(cited).not.toContain('/architectures/quillstack/#component-session-cache');
    expect(cited).not.toContain('/architectures/quillstack/#component-quill-worker');
  });

  it('cites only the sizing rules when it refuses a negative load', () => {
    const answer = ask('Quillstack CPU for -5 sign-ins per second');
    expect(answer.sources.map((source) => source.excerpt)).toEqual([
      '1 vCPU per 10 sign-ins per second',
      '1 vCPU per 10 sign-ins per second',
    ]);
  });

  it('cites the stated figures it summed, and names what it asked for but found no figure for', () => {
    const answer = ask('Total CPU of the Quillstack session cache and ledger database');
    expect(answer.answer).toBe(
      'Quillstack (Standard) (for high availability figures): CPU: 2 × 4 vCPU (Ledger database) = 8 vCPU. Not stated for Session cache.',
    );
    expect(answer.sources.map((source) => source.url)).not.toContain('/architectures/quillstack/#component-session-cache');
  });

  it('sums the tested setup’s stated figures when the question names it by its tested load and asks for a figure', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const tested = [
      buildTestedAt500({
        hosts: [],
        components: [
          buildComponentInput({
            id: 'ledger-db',
            name: 'Ledger database',
            role: 'relational-database',
            requirements: [{ scope: 'tested', nodes: 2, vcpu: 8, source: cite }],
          }),
        ],
      }),
    ];
    expect(answerQuestion('Total CPU of the Quillstack 500 sign-ins per second test setup', tested).answer).toBe(
      'Quillstack (as tested figures): CPU: 2 × 8 vCPU (Ledger database) = 16 vCPU.',
    );
  });
});

describe('answerCompute: a setup named by the loads its note states', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const reported = [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({
          sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
          requirements: [
            {
              scope: 'tested',
              nodes: 4,
              vcpu: { limit: 12 },
              note: 'The setup that reached 900 sign-ins per second, 3 zones and 150% head-room.',
              source: cite,
            },
          ],
        }),
      ],
      { hosts: [] },
    ),
  ];

  it('sums the figures whose note states the load ("the run that hit 900 sign-ins") instead of sizing for it', () => {
    expect(
      answerQuestion('For the Quillstack run that hit 900 sign-ins per second, total CPU limit across all pods?', reported).answer,
    ).toBe('Quillstack (Standard) (as tested figures): CPU limits: 4 × 12 vCPU (Quill API) = 48 vCPU; nodes: 4 nodes (Quill API).');
  });

  it("sizes as usual when the note states the number without the load's words (a 150% head-room is no load of 150)", () => {
    expect(answerQuestion('Quillstack CPU for 150 sign-ins per second?', reported).answer).toContain('15 vCPU');
  });
});

describe('answerCompute: a total of what the figure notes describe', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const noted = [
    buildAskArchitectureWith(
      [
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          requirements: [
            { scope: 'reference', vcpu: 1, memory: '3GB', nodes: 2, note: 'Task size of the steps, two tasks to start.', source: cite },
          ],
        }),
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [{ scope: 'reference', vcpu: 2, memory: '8GB', source: cite }],
        }),
      ],
      { hosts: [] },
    ),
  ];

  it('totals only the component whose notes the question describes ("the task size and number of tasks")', () => {
    const answer = answerQuestion('Quillstack with the documented task size and the number of tasks: how much memory altogether?', noted);
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toMatch(/memory: 2 × 3GB \(Quill API\) = 6 GB/);
    expect(answer.answer).not.toContain('Ledger database');
  });

  it('totals every component when the question describes none', () => {
    expect(answerQuestion('Quillstack: how much memory altogether?', noted).answer).toMatch(/= 14 GB/);
  });

  it('counts no component by a number before a note word that is neither its name nor a count noun ("10,000 cached sessions")', () => {
    const cached = [
      buildAskArchitectureWith(
        [
          buildComponentInput({
            id: 'quill-api',
            name: 'Quill API',
            requirements: [{ scope: 'reference', memory: '1250MB', note: 'Per task, covering 10,000 cached sessions.', source: cite }],
          }),
          buildComponentInput({
            id: 'ledger-db',
            name: 'Ledger database',
            requirements: [{ scope: 'reference', memory: '8GB', source: cite }],
          }),
        ],
        { hosts: [] },
      ),
    ];
    const answer = answerQuestion('How much memory does a Quillstack task need for 10,000 cached sessions?', cached);
    expect(answer.answer).toContain('1250MB');
    expect(answer.answer).not.toMatch(/10,?000 ×|12,500,000/);
  });
});

describe('answerCompute: a part of the whole asked after it', () => {
  it('answers "and how many of them are public" inside the count, not as an unstated second part', () => {
    const cite = 'authgear-self-managed#introduction';
    const zoned = buildAskArchitecture({
      groups: [
        { id: 'public', label: 'Public subnet', perZone: true },
        { id: 'private', label: 'Private subnet', perZone: true },
      ],
      variants: [{ id: 'standard', name: 'Standard', summary: 'Two zones.', availabilityZones: { min: 2, source: cite }, source: cite }],
      hosts: [],
      components: [
        buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'public' }),
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'private' }),
      ],
    });
    const answer = answerQuestion('How many subnets does Quillstack need over its availability zones, and how many of them are public?', [
      zoned,
    ]);
    expect(answer.answer).toMatch(/= 4 subnets; of them, 2 × Public subnet\.$/);
    expect(answer.answer).not.toContain('Not stated');
  });
});

describe('answerCompute: a total with parts left out that the vendor sizes for', () => {
  const catalogue = [buildLeftOutArchitecture()];

  it('answers with the figures the note gives for the layout without them first, then those with them', () => {
    const answer = answerQuestion('Quillstack HA cluster with log shipping and metrics left out: total memory?', catalogue).answer ?? '';
    expect(answer).toMatch(
      /^Leaving them out \(If you leave out extras such as log shipping and metrics\): .*\(minimum figures\): memory: 3 × 8GB \(Quill API\) = 24 GB/,
    );
    expect(answer).toMatch(/With them: .*\(for high availability figures\): memory: 3 × 16GB \(Quill API\) = 48 GB/);
  });

  it('reads "drop X and Y" as leaving out the component whose name holds both', () => {
    expect(answerQuestion('Quillstack HA cluster, but drop log shipping and metrics: total memory?', catalogue).answer).toMatch(/= 24 GB/);
  });
});

describe('answerCompute: a second part after a computation', () => {
  it('answers the part the computation does not ("what does the cache keep") after it, and not a resource part again', () => {
    const answer =
      ask('In the Quillstack example at 50 sign-ins per second, what CPU limit does it land on and what does the session cache keep?')
        .answer ?? '';
    expect(answer).toMatch(/^Quillstack \(Standard\) at 50 sign-ins per second: Quill API: limit 10 vCPU\./);
    expect(answer).toContain('Session cache: Keeps sign-in sessions.');
    expect(answer.match(/limit 10 vCPU/g)).toHaveLength(1);
  });
});

describe('answerCompute, called directly', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const compute = (question: string, architectures = [buildAskArchitecture()]) =>
    answerCompute(buildAnswerContext(architectures, question));
  const cited = (question: string, architectures = [buildAskArchitecture()]) =>
    compute(question, architectures)?.facts.map((fact) => `${fact.subject}: ${fact.attribute}`);

  it('drafts a computation with the totals it reached', () => {
    // Example figures: the API 2 × 500m requested, the worker 250m; 2 × 512Mi and 256Mi of memory.
    const draft = compute('Total CPU and memory requests for the Quillstack example');
    expect(draft).toMatchObject({
      kind: 'compute',
      text: 'Quillstack (Standard) (example figures): CPU: 2 × 0.5 vCPU (Quill API) + 0.25 vCPU (Quill worker) = 1.25 vCPU; memory: 2 × 512Mi (Quill API) + 256Mi (Quill worker) = 1.25 GiB.',
      coverage: 0.9,
      strength: 0.85,
      totals: [
        { resource: 'vcpu', side: 'request', value: { low: 1.25, high: 1.25 }, text: '1.25 vCPU' },
        { resource: 'memoryGiB', side: 'request', value: { low: 1.25, high: 1.25 }, text: '1.25 GiB' },
      ],
    });
    // Only the requirements of the two components summed, not their settings, rules or the other components' figures.
    expect(draft?.facts.map((fact) => `${fact.subject}: ${fact.attribute}`)).toEqual([
      'Quill API: requirement',
      'Quill worker: requirement',
    ]);
  });

  it('cites at most eight facts', () => {
    const names = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy'];
    const many = buildAskArchitectureWith(
      names.map((name) =>
        buildComponentInput({
          id: name.toLowerCase(),
          name: `${name} service`,
          role: 'application-service',
          technology: 'Quill',
          requirements: [{ scope: 'minimum', vcpu: 1, source: cite }],
        }),
      ),
    );
    const draft = compute('Quillstack total CPU of the minimum setup', [many]);
    expect(draft?.text).toMatch(/= 9 vCPU\.$/);
    expect(draft?.facts).toHaveLength(8);
  });

  it('is null with several products in scope, or one the index does not hold', () => {
    const twin = buildAskArchitecture({ id: 'inkwell', product: 'Inkwell', vendor: 'Ink Co.' });
    expect(compute('Total CPU of Quillstack', [buildAskArchitecture(), twin])).toBeNull();
    expect(answerCompute(buildAnswerContext([buildAskArchitecture()], 'Total CPU of Quillstack', ['inkwell']))).toBeNull();
  });

  it('is null when the question names no resource and nothing else to compute', () => {
    expect(compute('Total for the Quillstack example')).toBeNull();
  });

  it('is null for figures asked with no word of computing and no count', () => {
    expect(compute('Quillstack example CPU requests')).toBeNull();
  });

  it('sums with the counts the question sets even with no word of computing', () => {
    // 3 × 500m requested and 3 × 1000m as limit for the API, 3 nodes.
    expect(compute('Quillstack example CPU with 3 API replicas')?.text).toBe(
      'Quillstack (Standard) (example figures): CPU requests: 3 × 0.5 vCPU (Quill API) = 1.5 vCPU; CPU limits: 3 × 1 vCPU (Quill API) = 3 vCPU; nodes: 3 nodes (Quill API).',
    );
  });

  it('writes requests and limits apart when the sums hold both, one side alone without the word', () => {
    const draft = compute('Total CPU requests and limits for the Quillstack example');
    expect(draft?.text).toBe(
      'Quillstack (Standard) (example figures): CPU requests: 2 × 0.5 vCPU (Quill API) + 0.25 vCPU (Quill worker) = 1.25 vCPU; CPU limits: 2 × 1 vCPU (Quill API) = 2 vCPU.',
    );
    expect(draft?.totals?.map((total) => `${total.side} ${total.text}`)).toEqual(['request 1.25 vCPU', 'limit 2 vCPU']);
    // The worker states no limit, so its figures are one side only.
    expect(compute('Total CPU of the Quillstack example with 2 worker replicas')?.text).toBe(
      'Quillstack (Standard) (example figures): CPU: 2 × 0.25 vCPU (Quill worker) = 0.5 vCPU; nodes: 2 nodes (Quill worker).',
    );
  });

  it('sums the whole scope when the question counts parts archkb cannot name', () => {
    // "1 frontend replica" names no component: the whole example, with the worker's count of 2 (API 2 × 0.5 + worker 2 × 0.25).
    expect(compute('Total CPU of the Quillstack example with 1 frontend replica and 2 worker replicas')?.text).toBe(
      'Quillstack (Standard) (example figures): CPU requests: 2 × 0.5 vCPU (Quill API) + 2 × 0.25 vCPU (Quill worker) = 1.5 vCPU; CPU limits: 2 × 1 vCPU (Quill API) = 2 vCPU; nodes: 2 nodes (Quill API) + 2 nodes (Quill worker) = 4 nodes.',
    );
  });

  it('counts the one named part by "runs N replicas" after its name, in a sentence before the asking one', () => {
    // The worker alone, 2 × 0.25 vCPU: the count belongs to the worker the first sentence names, not to a part archkb cannot name.
    expect(compute('The Quillstack worker example runs 2 replicas. What CPU do they take in total?')?.text).toBe(
      'Quillstack (Standard) (example figures): nodes: 2 nodes (Quill worker); CPU: 2 × 0.25 vCPU (Quill worker) = 0.5 vCPU.',
    );
    // A count noun after another word ("1 spare replica") or with no running verb before it stays unattached: the whole scope.
    expect(compute('The Quillstack worker example with 1 spare replica: what CPU in total?')?.text).toMatch(/\(Quill API\) \+/);
  });

  it('sums by the strongest scope when no figure carries the scope the question names', () => {
    // No tested figures: the high-availability ones, the application box 3 × 4 vCPU and the ledger 2 × 4 vCPU.
    expect(compute('Total CPU of the Quillstack tested setup')?.text).toBe(
      'Quillstack (Standard) (for high availability figures): CPU: 3 × 4 vCPU (Application box) + 2 × 4 vCPU (Ledger database) = 20 vCPU.',
    );
  });

  it('refuses a negative load with the sizing rules of the component named, or of every component', () => {
    const ruled = buildAskArchitectureWith([
      buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }] }),
      buildComponentInput({
        id: 'quill-worker',
        name: 'Quill worker',
        role: 'job-worker',
        technology: 'Quill',
        sizing: [{ driver: 'sign-ins-per-second', per: 20, vcpu: 1, source: cite }],
      }),
    ]);
    const refusal = 'A load cannot be negative, so archkb does not size Quillstack (Standard) for it.';
    const all = compute('Quillstack CPU for -5 sign-ins per second', [ruled]);
    expect(all?.text).toBe(`${refusal} Quill API: 1 vCPU per 10 sign-ins per second. Quill worker: 1 vCPU per 20 sign-ins per second.`);
    expect(all?.facts.map((fact) => fact.attribute)).toEqual(['sizing-rule', 'sizing-rule']);
    expect(compute('Quill worker CPU in Quillstack for -5 sign-ins per second', [ruled])?.text).toBe(
      `${refusal} Quill worker: 1 vCPU per 20 sign-ins per second.`,
    );
    const unruled = buildAskArchitectureWith([buildLedgerInput()]);
    expect(compute('Quillstack CPU for -5 sign-ins per second', [unruled])?.text).toBe(refusal);
  });

  it('reads a count only right before a name, whole, not negative, without a unit and up to 10,000', () => {
    // The example states 2 API nodes of 500m requested and 1000m as limit; a count the question sets replaces the 2.
    const api = (count: number) =>
      `Quillstack (Standard) (example figures): CPU requests: ${count} × 0.5 vCPU (Quill API) = ${(count * 0.5).toLocaleString('en-US')} vCPU; CPU limits: ${count} × 1 vCPU (Quill API) = ${count.toLocaleString('en-US')} vCPU; nodes: ${count.toLocaleString('en-US')} nodes (Quill API).`;
    expect(compute('Total CPU of the Quillstack example with 10000 API replicas')?.text).toBe(api(10000));
    expect(compute('Total CPU of the Quillstack example with 10001 API replicas')?.text).toBe(api(2));
    expect(compute('Total CPU of the Quillstack example with -3 API replicas')?.text).toBe(api(2));
    expect(compute('Total CPU of the Quillstack example with 2.5 API replicas')?.text).toBe(api(2));
    expect(compute('Total CPU of the Quillstack example with 3 large, busy API replicas')?.text).toBe(api(2));
    expect(compute('Total memory of the Quillstack example with 4 GB API replicas')?.text).toBe(
      'Quillstack (Standard) (example figures): memory requests: 2 × 512Mi (Quill API) = 1 GiB; memory limits: 2 × 1Gi (Quill API) = 2 GiB; nodes: 2 nodes (Quill API).',
    );
  });

  it('keeps to the parts named when a count names no part and no count noun follows it, or when no scope is named', () => {
    const worker = 'Quillstack (Standard) (example figures): CPU: 2 × 0.25 vCPU (Quill worker) = 0.5 vCPU; nodes: 2 nodes (Quill worker).';
    expect(compute('Total CPU of the Quillstack example with 2 worker replicas in 3 regions')?.text).toBe(worker);
    expect(compute('Total CPU of Quillstack with 1 frontend replica and 2 worker replicas')?.text).toBe(worker);
  });

  it('sizes at a load with the per-unit rule, its head-room and the whole deployment, citing what it used', () => {
    // 50 sign-ins/s ÷ 10 × 1 vCPU = 5 vCPU, twice that as limit; the whole deployment by its high-availability figures:
    // the application box 3 × 4 vCPU and the ledger 2 × 4 vCPU.
    const draft = compute('Quillstack CPU for 50 sign-ins per second');
    expect(draft?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU requested, limit 10 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per second: 5 vCPU. CPU limit: twice the request. Whole deployment (every required and recommended component at this load): 20 vCPU.',
    );
    expect(draft?.totals).toEqual([{ resource: 'vcpu', side: 'request', value: { low: 20, high: 20 }, text: '20 vCPU' }]);
    expect(cited('Quillstack CPU for 50 sign-ins per second')).toEqual([
      'Quill API: requirement',
      'Quill API: sizing-rule',
      'Quill API: limit-rule',
      'Quill API: limit-rule',
      'Ledger database: requirement',
      'Ledger database: requirement',
    ]);
  });

  it('cites the thresholds of a component it sized', () => {
    const thresholded = buildAskArchitectureWith([
      buildQuillApiInput({
        sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
        thresholds: [{ driver: 'sign-ins-per-second', above: 100, level: 'recommended', text: 'Run a second API node.', source: cite }],
      }),
    ]);
    // 50 sign-ins/s ÷ 10 × 1 vCPU = 5 vCPU.
    const draft = compute('Quillstack CPU for 50 sign-ins per second', [thresholded]);
    expect(draft?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per second: 5 vCPU.',
    );
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['sizing-rule', 'threshold']);
  });

  it('is null at a load when nothing is sized, and for a budget nothing is sized by', () => {
    const unruled = [buildAskArchitectureWith([buildLedgerInput()])];
    expect(compute('Quillstack CPU for 50 sign-ins per second', unruled)).toBeNull();
    expect(compute('How many sign-ins per second can Quillstack handle with 20 vCPU?', unruled)).toBeNull();
  });

  it('is null for a zone question with no group repeated per zone', () => {
    expect(compute('How many zones does Quillstack need?')).toBeNull();
  });

  it('finds the load a budget holds for the load driver the question names most', () => {
    const twoDrivers = [
      buildAskArchitectureWith(
        [
          buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }] }),
          buildComponentInput({
            id: 'quill-worker',
            name: 'Quill worker',
            role: 'job-worker',
            technology: 'Quill',
            sizing: [{ driver: 'sign-ups-per-second', per: 5, vcpu: 1, source: cite }],
          }),
        ],
        {
          loadDrivers: [
            { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second', source: cite },
            { id: 'sign-ups-per-second', label: 'sign-ups per second', singular: 'sign-up per second', source: cite },
          ],
        },
      ),
    ];
    // "sign-ups per second" shares three words with "sign-ins per second" and has a fourth: 20 vCPU at 1 per 5 sign-ups.
    const draft = compute('How many sign-ups per second can Quillstack handle with 20 vCPU?', twoDrivers);
    expect(draft?.text).toBe(
      "Quillstack (Standard): 20 vCPU for the whole deployment holds up to 100 sign-ups per second by CPU requests, by the vendor's sizing rules (the high end of any stated range).",
    );
    expect(draft?.facts.map((fact) => `${fact.subject}: ${fact.attribute}`)).toEqual([
      'Quill API: sizing-rule',
      'Quill worker: sizing-rule',
    ]);
    expect(compute('How many sign-ins per second can Quillstack handle with 20 vCPU?', twoDrivers)?.text).toMatch(
      /up to 200 sign-ins per second/,
    );
    // A count next to the budget does not keep the budget from being read.
    expect(compute('How many sign-ins per second can 2 Quillstack API nodes handle with 20 vCPU?', twoDrivers)?.text).toBe(
      "Quillstack (Standard): 20 vCPU for Quill API holds up to 200 sign-ins per second by CPU requests, by the vendor's sizing rules (the high end of any stated range).",
    );
  });

  it('applies a head-room rule only when the question asks for a limit, citing the rules and figures', () => {
    const draft = compute('Quillstack API memory limit if the request is 1000 MB?');
    expect(draft?.text).toBe(
      'Quillstack (Standard): Quill API: a memory request of 1,000 MB gives a limit of (1,000 MB − 200 MB) ÷ 0.5 = 1,600 MB. Memory limit: the request minus 200 MB, divided by 0.5.',
    );
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['requirement', 'limit-rule', 'limit-rule']);
    expect(compute('Quillstack API memory if the request is 1000 MB?')?.text ?? '').not.toContain('1,600 MB');
  });

  it('cites the figures, rules and head-room a budget was checked against', () => {
    expect(cited('How many sign-ins per second can the Quillstack API handle with 20 vCPU?')).toEqual([
      'Quill API: requirement',
      'Quill API: sizing-rule',
      'Quill API: limit-rule',
      'Quill API: limit-rule',
      'Quill worker: requirement',
    ]);
  });

  it('sums the stated figures when a budget names no load driver', () => {
    // No driver named, so no load to find: the high-availability figures, 3 × 4 vCPU for the box and 2 × 4 for the ledger.
    expect(compute('How much can Quillstack handle with 20 vCPU?')?.text).toBe(
      'Quillstack (Standard) (for high availability figures): CPU: 3 × 4 vCPU (Application box) + 2 × 4 vCPU (Ledger database) = 20 vCPU.',
    );
  });

  it('cites every setting of the components whose setting it summed', () => {
    // The API states four settings and the worker two.
    expect(cited('maximum total replicas of the Quillstack API and worker with autoscaling')).toEqual([
      ...Array<string>(4).fill('Quill API: setting'),
      ...Array<string>(2).fill('Quill worker: setting'),
    ]);
  });

  it('cites the per-instance setting it multiplied', () => {
    expect(cited('With 3 Quillstack workers, how many jobs run at the same time?', [buildConcurrentWorker(cite)])).toEqual([
      'Quill worker: setting',
    ]);
  });

  it('sizes a group the question names with the whole deployment, and a component alone without it', () => {
    // "Ledger and caches": the ledger's 2 × 4 vCPU next to what grows with the load (the API's 5 vCPU), and the whole
    // deployment, the application box 3 × 4 vCPU and the ledger 2 × 4 vCPU.
    expect(compute('Total CPU of the Quillstack ledger and caches at 50 sign-ins per second')?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU requested, limit 10 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per second: 5 vCPU. CPU limit: twice the request. Ledger database: 8 vCPU. Whole deployment (every required and recommended component at this load): 20 vCPU.',
    );
    expect(compute('Total CPU of the Quillstack ledger database at 50 sign-ins per second')?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Ledger database: 8 vCPU.',
    );
  });

  it('adds the whole deployment when a named component is to be summed "together with" the rest, or "added" to it', () => {
    const whole = 'Whole deployment (every required and recommended component at this load): 20 vCPU.';
    expect(compute('Together with the Quillstack ledger database, total CPU at 50 sign-ins per second?')?.text).toContain(whole);
    expect(compute('Quillstack total CPU at 50 sign-ins per second once the ledger database is added?')?.text).toContain(whole);
    expect(compute('Quillstack total CPU at 50 sign-ins per second, adding the ledger database?')?.text).toContain(whole);
    expect(compute('Total CPU of the Quillstack ledger database at 50 sign-ins per second')?.text).not.toContain(whole);
  });

  it('cites the groups it counted and the zone minimum for a count per zone', () => {
    const intro = 'authgear-self-managed#introduction';
    const zoned = buildAskArchitecture({
      groups: [
        { id: 'public', label: 'Public subnet', perZone: true },
        { id: 'private', label: 'Private subnet', perZone: true },
      ],
      variants: [{ id: 'standard', name: 'Standard', summary: 'Two zones.', availabilityZones: { min: 2, source: intro }, source: intro }],
      hosts: [],
      components: [
        buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'public' }),
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'private' }),
      ],
    });
    const draft = compute('How many public subnets does Quillstack need over its availability zones?', [zoned]);
    expect(draft?.text).toBe(
      'Quillstack across its 2 availability zones (the vendor recommends at least 2), one of each per zone: 2 × Public subnet.',
    );
    expect(draft?.facts.map((fact) => `${fact.attribute}: ${fact.text}`)).toEqual([
      'group: Public subnet: Quill API',
      'zones: The vendor recommends at least 2 availability zones',
    ]);
  });

  it('does not take a word of computing for a name ("requests" is no request router)', () => {
    const routed = buildAskArchitectureWith([
      buildQuillApiInput({ requirements: [{ scope: 'example', vcpu: { request: '500m' }, source: cite }] }),
      buildComponentInput({
        id: 'request-router',
        name: 'Request router',
        role: 'reverse-proxy',
        technology: 'Envoy',
        requirements: [{ scope: 'example', vcpu: { request: '250m' }, source: cite }],
      }),
    ]);
    expect(compute('Total CPU requests for the Quillstack example', [routed])?.text).toBe(
      'Quillstack (Standard) (example figures): CPU: 0.5 vCPU (Quill API) + 0.25 vCPU (Request router) = 0.75 vCPU.',
    );
  });
});

describe('answerCompute, called directly: the tested setup', () => {
  const cite = 'authgear-self-managed#resources-reference';
  /**
   * Quillstack tested at 500 sign-ins per second (or the rated ranges given), its API sized at 1 vCPU per 10 sign-ins/s and
   * its ledger stating tested and minimum CPU.
   */
  const buildTested = (...rated: { min?: number; max?: number; basis: 'tested' | 'rated' }[]) => [
    buildAskArchitecture({
      variants: [
        {
          id: 'standard',
          name: 'Standard',
          summary: 'One API.',
          rated: (rated.length > 0 ? rated : [{ max: 500, basis: 'tested' as const }]).map((range) => ({
            driver: 'sign-ins-per-second',
            ...range,
            source: cite,
          })),
          source: cite,
        },
      ],
      hosts: [],
      components: [
        buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }] }),
        buildLedgerInput({
          requirements: [
            { scope: 'tested', nodes: 2, vcpu: 8, source: cite },
            { scope: 'minimum', nodes: 1, vcpu: 2, source: cite },
          ],
        }),
      ],
    }),
  ];
  const compute = (question: string, architectures = buildTested()) => answerCompute(buildAnswerContext(architectures, question));
  const testedSum = 'Quillstack (as tested figures): CPU: 2 × 8 vCPU (Ledger database) = 16 vCPU.';

  it('sums the tested figures, not the others, citing the requirements', () => {
    const draft = compute('Total CPU of the Quillstack 500 sign-ins per second test setup');
    expect(draft?.text).toBe(testedSum);
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['requirement', 'requirement']);
  });

  it('reads a load as the tested one when it is the low end of a tested range, not when the range is only rated', () => {
    expect(
      compute('Total CPU of the Quillstack 500 sign-ins per second test setup', buildTested({ min: 500, basis: 'tested' }))?.text,
    ).toBe(testedSum);
    expect(
      compute('Total CPU of the Quillstack 500 sign-ins per second test setup', buildTested({ max: 500, basis: 'rated' }))?.text,
    ).not.toBe(testedSum);
    expect(compute('Total CPU of the Quillstack 400 sign-ins per second test setup')?.text).not.toBe(testedSum);
  });

  it('uses the counts the question sets when it names the tested setup without its load', () => {
    expect(compute('Total CPU of the Quillstack test setup with 3 ledger nodes')?.text).toBe(
      'Quillstack (as tested figures): CPU: 3 × 8 vCPU (Ledger database) = 24 vCPU; nodes: 3 nodes (Ledger database).',
    );
  });

  it('reads a load as the tested one when one of several ranges is tested at it', () => {
    const both = buildTested({ max: 500, basis: 'tested' }, { max: 1000, basis: 'rated' });
    expect(compute('Total CPU of the Quillstack 500 sign-ins per second test setup', both)?.text).toBe(testedSum);
  });

  it('is null for the tested setup asked by its load with no figure, and when the tested figures lack the resource', () => {
    expect(compute('Which instance type did the Quillstack 500 sign-ins per second test use?')).toBeNull();
    expect(compute('Total memory of the Quillstack 500 sign-ins per second test setup')).toBeNull();
  });
});

describe('answerCompute, called directly: parts left out', () => {
  const compute = (question: string) => answerCompute(buildAnswerContext([buildLeftOutArchitecture()], question));

  it('gives the totals of the layout without the parts and cites the figures of both', () => {
    const draft = compute('Quillstack HA cluster with log shipping and metrics left out: total memory?');
    expect(draft?.text).toBe(
      'Leaving them out (If you leave out extras such as log shipping and metrics): Quillstack (Clustered (high availability)) (minimum figures): memory: 3 × 8GB (Quill API) = 24 GB. With them: Quillstack (Clustered (high availability)) (for high availability figures): memory: 3 × 16GB (Quill API) = 48 GB.',
    );
    expect(draft?.totals).toEqual([{ resource: 'memoryGiB', side: 'request', value: { low: 24, high: 24 }, text: '24 GB' }]);
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['requirement', 'requirement']);
  });

  it('sums once when the question already names the scope of the layout without them', () => {
    expect(compute('Quillstack minimum setup with log shipping and metrics left out: total memory?')?.text).toBe(
      'Quillstack (Standard) (minimum figures): memory: 3 × 8GB (Quill API) = 24 GB.',
    );
  });
});

describe('answerCompute: a node count where CPU or memory is asked', () => {
  it('does not answer a CPU and memory question with a node count alone', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          role: 'application-service',
          requirements: [{ scope: 'default', nodes: 2, source: cite }],
        }),
      ]),
    ];
    const answer = answerQuestion('How many vCPUs and how much RAM does Quillstack recommend per API replica for 500 users?', catalogue);
    expect(answer.kind).not.toBe('compute');
    expect(answer.answer ?? '').not.toMatch(/^Quillstack[^:]*: nodes: 2 nodes/);
  });
});

describe("answerCompute: the vendor's own total beside archkb's sum", () => {
  const cite = 'authgear-self-managed#resources-reference';
  const withNote = (text: string) => [buildAskArchitecture({ notes: [{ kind: 'info', text, source: cite }] })];
  const question = 'What do the Quill API and Quill worker add up to in memory requests?';

  it("leads with a note stating the total of what the question names, then gives archkb's sum", () => {
    const answer = answerQuestion(question, withNote('The vendor table totals the API and worker defaults at 900 MiB memory requests.'));
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toMatch(
      /^The vendor table totals the API and worker defaults at 900 MiB memory requests\. Summed from archkb's figures: /,
    );
    // Two API nodes of 512 MiB and one worker of 256 MiB, from the fixture's stated requests: 1,280 MiB.
    expect(answer.answer).toContain('= 1.25 GiB');
  });

  it('counts a scope word the note shares ("the default totals") as naming what it totals', () => {
    const answer = answerQuestion(
      'What are the default totals for the Quill API pods in memory requests?',
      withNote('The vendor table totals the defaults of the API at 900 MiB memory requests.'),
    );
    expect(answer.answer).toMatch(/^The vendor table totals the defaults of the API at 900 MiB memory requests\. /);
  });

  it('gives the sum alone when no note states a total', () => {
    const answer = answerQuestion(question, withNote('The API and worker defaults fit on one node.'));
    expect(answer.answer).toMatch(/^Quillstack/);
    expect(answer.answer).not.toContain('archkb');
    expect(answer.answer).toContain('= 1.25 GiB');
  });
});

describe('answerCompute: parts a question leaves out', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const gateway = buildAskArchitecture({
    hosts: [],
    components: [
      buildEdgeGatewayInput({
        requirements: [
          { scope: 'default', part: 'envoy', vcpu: { request: '100m', limit: '1000m' }, source: cite },
          { scope: 'default', part: 'auth-sidecar', vcpu: { request: '50m', limit: '500m' }, source: cite },
          { scope: 'default', part: 'log-shipper', vcpu: { request: '20m', limit: '200m' }, source: cite },
        ],
      }),
    ],
  });
  const total = (question: string) => answerQuestion(question, [gateway]).answer ?? '';

  it('sums every part of a component, and leaves out the parts named after "without" or "excluding" by their whole name', () => {
    expect(total('What is the total CPU request of the Quillstack edge gateway?')).toMatch(/0\.17 vCPU \(Edge gateway\)\.$/);
    expect(total('What is the total CPU request of the Quillstack edge gateway without the auth-sidecar container?')).toMatch(
      /0\.12 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\)\.$/,
    );
    expect(total('What is the total CPU request of the Quillstack edge gateway without the auth-sidecar container?')).toMatch(/0\.12 vCPU/);
    expect(total('Total CPU request of the Quillstack edge gateway, excluding the log-shipper?')).toMatch(/0\.15 vCPU/);
  });

  it('reads "how much" of a resource without a named part as the sum of the other parts, but not without something else', () => {
    expect(total('How much CPU does the Quillstack edge gateway request without the auth-sidecar container?')).toMatch(
      /0\.12 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\)\.$/,
    );
    expect(total('How much CPU does the Quillstack edge gateway request, leaving out the log-shipper?')).toMatch(/0\.15 vCPU/);
    // What is left out names no part, so nothing is summed: the figures are looked up as stated.
    expect(total('How much CPU does the Quillstack edge gateway request without TLS offloading?')).not.toMatch(/Left out|0\.\d+ vCPU \(/);
  });

  it('leaves out every part of a list after "excluding" or "without", and stops at an item that opens a clause', () => {
    expect(total('Total CPU request of the Quillstack edge gateway excluding the auth-sidecar and the log-shipper?')).toMatch(
      /0\.1 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\) and log-shipper \(Edge gateway\)\.$/,
    );
    expect(total('Total CPU request of the Quillstack edge gateway without auth-sidecar, log-shipper and any debug tooling?')).toMatch(
      /0\.1 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\) and log-shipper \(Edge gateway\)\.$/,
    );
    // Items after a bare comma belong to the list only when an "and" or "or" closes it.
    expect(total('Total CPU request of the Quillstack edge gateway without the auth-sidecar, log-shipper figures as stated?')).toMatch(
      /0\.12 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\)\.$/,
    );
    expect(total('Total CPU request of the Quillstack edge gateway without the auth-sidecar, or the log-shipper?')).toMatch(/0\.1 vCPU/);
    expect(
      total('Excluding the auth-sidecar, what is the log-shipper and envoy total CPU request of the Quillstack edge gateway?'),
    ).toMatch(/0\.12 vCPU \(Edge gateway\)\. Left out: auth-sidecar \(Edge gateway\)\.$/);
  });
});

describe('answerCompute: a part a threshold makes needed at the load asked', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const searchy = [
    buildSearchy([
      buildComponentInput({
        id: 'session-store',
        name: 'Session store',
        role: 'cache',
        purpose: 'Keeps sessions.',
        sizing: [{ driver: 'users', per: 1, memory: '30 kB', source: cite }],
        source: cite,
      }),
    ]),
  ];

  it('says so after the figures, and cites the threshold', () => {
    const answer = answerQuestion('What does Searchy need for a setup of 25,000 users?', searchy);
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toContain('750 MB');
    expect(answer.answer).toContain(
      'At this load Search index is recommended (optional below its threshold): Recommended above 10,000 users.',
    );
    expect(answer.sources.map((source) => source.url)).toContain('/architectures/searchy/#component-search-index');
  });

  it('says nothing of it below the threshold, or when a yes/no asks about another part', () => {
    expect(answerQuestion('What does Searchy need for a setup of 5,000 users?', searchy).answer).not.toContain('Search index');
    expect(answerQuestion('Is 1 GB enough for the Searchy session store at 25,000 users?', searchy).answer ?? '').not.toContain(
      'At this load Search index',
    );
  });
});

describe('answerCompute: two scopes named', () => {
  const compute = (question: string) => answerCompute(buildAnswerContext([buildAskArchitecture()], question));

  it('sums each scope the question names on its own', () => {
    const draft = compute('Total memory of the Quillstack ledger database, minimum and high availability?');
    expect(draft?.text).toBe(
      'Quillstack (Clustered (high availability)) (for high availability figures): memory: 2 × 16 GB (Ledger database) = 32 GB. ' +
        'Quillstack (Clustered (high availability)) (minimum figures): memory: 8 GB (Ledger database).',
    );
    expect(draft?.totals?.map((total) => total.text)).toEqual(['32 GB', '8 GB']);
  });

  it('sums once when only one of the named scopes is stated', () => {
    expect(compute('Total memory of the Quillstack ledger database, minimum and production?')?.text).toBe(
      'Quillstack (Standard) (minimum figures): memory: 8 GB (Ledger database).',
    );
  });
});

describe('answerCompute: a load spread over copies', () => {
  const compute = (question: string) => answerCompute(buildAnswerContext([buildAskArchitecture()], question))?.text;

  it("gives one copy's share of the request and the limit when the question asks per copy", () => {
    expect(compute('Quillstack at 200 sign-ins per second spread over 4 pods: CPU per pod?')).toContain(
      'CPU limit: twice the request. Spread over 4 pods, per pod: 5 vCPU requested, limit 10 vCPU.',
    );
    expect(compute('Quillstack at 200 sign-ins per second spread over 4 pods: CPU limit per pod?')).toContain(
      'Spread over 4 pods, per pod: limit 10 vCPU.',
    );
  });

  it('gives no share when the question asks for the total', () => {
    expect(compute('Quillstack at 200 sign-ins per second on 4 pods: total CPU?')).not.toContain('Spread over');
  });
});

describe('answerCompute: a load now and a later one', () => {
  // The API needs 1 vCPU per 10 sign-ins per second: 2 vCPU at 20, 6 vCPU at 60, so 4 vCPU more.
  it('sizes at each figure in the order given and says the change between their totals', () => {
    const text =
      ask('Quillstack handles 20 sign-ins per second now and we expect 60 next year. How much CPU does the API need?').answer ?? '';
    const atTwenty = text.indexOf('at 20 sign-ins per second: Quill API: 2 vCPU requested');
    const atSixty = text.indexOf('at 60 sign-ins per second: Quill API: 6 vCPU requested');
    expect(atTwenty).toBeGreaterThanOrEqual(0);
    expect(atSixty).toBeGreaterThan(atTwenty);
    expect(text).toMatch(/From 20 sign-ins per second to 60 sign-ins per second: 4 vCPU more \(2 vCPU, then 6 vCPU\)\.$/);
  });

  it('says "less" when the later figure is the smaller one', () => {
    const text = ask('Quillstack handles 60 sign-ins per second now and we expect 20 next year. How much CPU does the API need?').answer;
    expect(text).toContain('4 vCPU less (6 vCPU, then 2 vCPU)');
  });

  it('reads the figure that closes the question where the first one stood', () => {
    const text = ask('Quillstack at 20 sign-ins per second: how much CPU will the API need at 60?').answer;
    expect(text).toContain('at 60 sign-ins per second: Quill API: 6 vCPU requested, limit 12 vCPU');
  });

  it('says the change of a range at both ends', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const ranged = (min: number, max: number) => [
      buildAskArchitectureWith([
        buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 100, vcpu: { min, max }, source: cite }] }),
      ]),
    ];
    // 0.35 to 0.7 vCPU per 100: 0.35 to 0.7 at 100, 1.05 to 2.1 at 300.
    const grown = (catalogue: ReturnType<typeof ranged>, from: number, to: number) =>
      answerQuestion(
        `Quillstack handles ${from} sign-ins per second now and we expect ${to} next year. How much CPU does the API need?`,
        catalogue,
      ).answer ?? '';
    expect(grown(ranged(0.35, 0.7), 100, 300)).toContain(
      'From 100 sign-ins per second to 300 sign-ins per second: 0.7 vCPU to 1.4 vCPU more (0.35 vCPU to 0.7 vCPU, then 1.05 vCPU to 2.1 vCPU).',
    );
    expect(grown(ranged(0.35, 0.7), 300, 100)).toContain(
      ': 0.7 vCPU to 1.4 vCPU less (1.05 vCPU to 2.1 vCPU, then 0.35 vCPU to 0.7 vCPU).',
    );
  });

  it('says no change for a part that does not grow with the load, and sizes it at each figure', () => {
    // The ledger database states 2 × 4 vCPU for high availability whatever the load.
    const text = ask(
      'Quillstack handles 20 sign-ins per second now and we expect 60 next year. How much CPU does the ledger database need?',
    ).answer;
    expect(text).toBe(
      'Quillstack (Standard) at 20 sign-ins per second: Ledger database: 8 vCPU. Quillstack (Standard) at 60 sign-ins per second: Ledger database: 8 vCPU.',
    );
  });

  it('sizes once, at the first figure, when two different later figures follow it', () => {
    const text =
      ask('Quillstack at 20 sign-ins per second now; we expect 40 next year and expect 60 the year after: how much CPU does the API need?')
        .answer ?? '';
    expect(text.match(/Quill API: /g)).toHaveLength(1);
    expect(text).toContain('at 20 sign-ins per second: Quill API: 2 vCPU requested');
  });

  it('reads a figure with a unit after a word of growth as no load', () => {
    const text =
      ask('Quillstack at 20 sign-ins per second now, we expect 60 GB of logs next year: how much CPU does the API need?').answer ?? '';
    expect(text.match(/Quill API: /g)).toHaveLength(1);
  });

  it('says the change of each resource against its own earlier total, and cites the rule (mutation session 47)', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const both = [
      buildAskArchitectureWith([
        buildQuillApiInput({ sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, memory: '3 GB', source: cite }] }),
      ]),
    ];
    const answer = answerQuestion(
      'Quillstack handles 20 sign-ins per second now and we expect 60 next year. How much CPU and memory does the API need?',
      both,
    );
    expect(answer.answer).toMatch(/: 4 vCPU more \(2 vCPU, then 6 vCPU\) and 12 GB more \(6 GB, then 18 GB\)\.$/);
    expect(answer.sources[0]?.title).toBe('Quillstack (Standard): Quill API');
  });

  it('names the load the later figure is of, when the product has several (mutation session 47)', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const twoLoads = [
      buildAskArchitectureWith([buildQuillApiInput({ sizing: [{ driver: 'refreshes-per-second', per: 100, vcpu: 1, source: cite }] })], {
        loadDrivers: [
          { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second', source: cite },
          { id: 'refreshes-per-second', label: 'refreshes per second', singular: 'refresh per second', source: cite },
        ],
      }),
    ];
    expect(
      answerQuestion(
        'Quillstack handles 100 refreshes per second now and we expect 300 next year. How much CPU does the API need?',
        twoLoads,
      ).answer,
    ).toContain('From 100 refreshes per second to 300 refreshes per second: 2 vCPU more');
  });

  it('sizes once when the question gives its load once', () => {
    const text = ask('Quillstack at 20 sign-ins per second on 4 hosts: how much CPU does the API need?').answer ?? '';
    expect(text).not.toContain('From ');
    expect(text.match(/Quill API: /g)).toHaveLength(1);
  });
});

describe('answerCompute: a count of copies now and a later one', () => {
  const workers = [buildConcurrentWorker('authgear-self-managed#deployment-options')];
  const askWorkers = (question: string) => answerQuestion(question, workers).answer ?? '';

  it('multiplies the setting by each count, the earlier first: 3 × 5 = 15, then 5 × 5 = 25', () => {
    const text = askWorkers(
      'We run 3 Quillstack workers and plan to go to 5 workers. How many jobs run at the same time before and after?',
    );
    expect(text).toMatch(/3 × 5 \(the default value of worker\.concurrency per Quill worker instance\) = 15\..*5 × 5 .* = 25\./);
  });

  it('multiplies once when the later count repeats the first', () => {
    const text = askWorkers('We run 3 Quillstack workers and will keep 3 workers. How many jobs run at the same time?');
    expect(text.match(/ × /g)).toHaveLength(1);
  });
});

describe('answerQuestion: a drawback asked at a load', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
        notes: [{ kind: 'limitation', text: 'Search served by the API gives no total count of matches.', source: cite }],
      }),
    ]),
  ];

  it('looks up the stated drawback, the load only setting the scene', () => {
    const answer = answerQuestion('What is the downside of Quillstack API search at 50 sign-ins per second?', catalogue);
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toContain('Limitation: Search served by the API gives no total count of matches.');
  });

  it('still computes at the load when the question asks an amount', () => {
    expect(answerQuestion('How much CPU does the Quillstack API need at 50 sign-ins per second?', catalogue).kind).toBe('compute');
  });

  it('computes a drawback asked of a resource, and looks up one asked as a count (mutation session 47)', () => {
    expect(answerQuestion('What is the downside of 2 vCPU for the Quillstack API at 50 sign-ins per second?', catalogue).kind).toBe(
      'compute',
    );
    const counted = answerQuestion('How many downsides does Quillstack API search have at 50 sign-ins per second?', catalogue);
    expect(counted.kind).toBe('lookup');
    expect(counted.answer).toContain('Limitation: Search served by the API gives no total count of matches.');
  });
});
