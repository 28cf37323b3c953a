import { describe, expect, it } from 'vitest';
import { answerQuestion, splitQuestion } from '../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
const api = 'How many vCPUs does the Quillstack API need';
const at40 = `${api} at 40 sign-ins per second`;
const at80 = `${api} at 80 sign-ins per second?`;

describe('splitQuestion: where a follow-up starts, whatever the spacing', () => {
  it('keeps a condition and the question it asks together as written, two spaces before "and" included', () => {
    expect(splitQuestion('If the cache restarts  and what happens to sessions? Which database keeps accounts?')).toEqual([
      'If the cache restarts  and what happens to sessions',
      'Which database keeps accounts?',
    ]);
  });

  it('starts a new question at "At roughly what …" after a question mark, with one space before "what" or two', () => {
    expect(splitQuestion(`${at40}? At roughly what load does it need 8 vCPUs?`)).toEqual([
      at40,
      'At roughly what load does it need 8 vCPUs?',
    ]);
    expect(splitQuestion(`${at40}? At roughly  what load does it need 8 vCPUs?`)).toEqual([
      at40,
      'At roughly  what load does it need 8 vCPUs?',
    ]);
  });

  it('reads "With  80?" after a question mark, two spaces before the figure, as the question before at 80', () => {
    expect(splitQuestion(`${at40}? With  80?`)).toEqual([at40, at80]);
  });
});

describe('splitQuestion: a follow-up giving only another figure', () => {
  it('reads "What at 80?", with one space or two, and "And at 80" with no question mark as the question before at 80', () => {
    expect(splitQuestion(`${at40}? What at 80?`)).toEqual([at40, at80]);
    expect(splitQuestion(`${at40}? What  at 80?`)).toEqual([at40, at80]);
    expect(splitQuestion(`${at40}? And at 80`)).toEqual([at40, at80]);
  });

  it('reads the figure however many spaces stand in "And if we run at 80?" or "And at 80?", and one after it', () => {
    for (const followUp of ['And if  we run at 80?', 'And if we  run at 80?', 'And if we run  at 80?', 'And at  80?', 'And at 80 ?'])
      expect(splitQuestion(`${at40}? ${followUp}`)).toEqual([at40, at80]);
  });

  it('adds a condition holding a figure of its own ("if we add 2 workers at 80") to the question before, replacing nothing', () => {
    expect(splitQuestion(`${at40}? And if we add 2 workers at 80?`)).toEqual([at40, `${at40} if we add 2 workers at 80?`]);
  });

  it('leaves a part that asks its own question with a figure ("which cache does it use with 3 workers?") as it is', () => {
    expect(splitQuestion('What does the API run, and which cache does it use with 3 workers?')).toEqual([
      'What does the API run',
      'which cache does it use with 3 workers?',
    ]);
  });

  it('leaves a follow-up that goes on after its question mark ("And with 80 sign-ins? Really.") as it is', () => {
    expect(splitQuestion(`${at40}? And with 80 sign-ins? Really.`)).toEqual([at40, 'with 80 sign-ins? Really.']);
  });

  it('drops every closing mark and space of the question before, "??" with a space before it too', () => {
    expect(splitQuestion(`${at40} ?? And at 80?`)).toEqual([`${at40} ?`, at80]);
  });

  it('keeps a condition the question before closed a sentence with ("if … off? I mean …") and changes its figure', () => {
    expect(splitQuestion(`${api} if autoscaling is off? I mean at 40 sign-ins per second? And at 80?`)).toEqual([
      `${api} if autoscaling is off? I mean at 40 sign-ins per second`,
      `${api} if autoscaling is off? I mean at 80 sign-ins per second?`,
    ]);
  });

  it('replaces the closing condition of the question before, two spaces before its "if" too', () => {
    expect(splitQuestion(`${api}  if autoscaling is off, and what if we set api.replicaCount to 4?`)).toEqual([
      `${api}  if autoscaling is off`,
      `${api} if we set api.replicaCount to 4?`,
    ]);
  });
});

describe('answerQuestion: a follow-up asking the question before again at a load', () => {
  const catalogue = () => [buildAskArchitecture(), buildLanternpad()];
  // The API's example requirement, and its sizing rule of 1 vCPU per 10 sign-ins per second with a CPU limit of twice the request.
  const example =
    'Quillstack (Standard): Quill API: 2 nodes × (CPU 500m CPU request, 1000m CPU limit, memory 512Mi request, 1Gi limit), example.';
  const sized = (load: number) =>
    `Quillstack (Standard) at ${load} sign-ins per second: Quill API: ${load / 10} vCPU requested, limit ${load / 5} vCPU. ` +
    `1 vCPU per 10 sign-ins per second, at ${load} sign-ins per second: ${load / 10} vCPU.`;

  it('answers the question with no load and again at the load the follow-up adds', () => {
    for (const question of [
      `${api}? And at 40 sign-ins per second?`,
      `${api} ?? And at 40 sign-ins per second?`,
      `${api}...? And at 40 sign-ins per second?`,
    ])
      expect(answerQuestion(question, catalogue()).answer).toBe(`${example} ${sized(40)} CPU limit: twice the request.`);
  });

  it('answers each load when the two loads are written with different numbers of digits', () => {
    const answer = answerQuestion(`${at40}? And at 8 sign-ins per second?`, catalogue()).answer;
    expect(answer).toBe(`${sized(40)} CPU limit: twice the request. ${sized(8)}`);
  });

  it('computes once when the second question differs from the first in a word, not only in its figures', () => {
    const answer = answerQuestion(`${api}? How many vCPUs does the Quillstack API use at 40 sign-ins per second?`, catalogue()).answer;
    expect(answer).toBe(`${sized(40)} CPU limit: twice the request.`);
  });
});

describe('answerQuestion: the parts one name stands for, by how their names are written', () => {
  /** An API stating memory figures, so only the parts asked about can lack them. */
  const quillApi = buildQuillApiInput({
    requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: '500m' }, memory: { request: '512Mi' }, source: cite }],
  });
  const part = (id: string, name: string) => buildLedgerInput({ id, name });
  const declined = (components: ArchitectureInput['components'], question: string, overrides: Partial<ArchitectureInput> = {}) =>
    answerQuestion(question, [buildAskArchitectureWith([quillApi, ...components], overrides), buildLanternpad()]).declined ?? null;
  const ask = 'How much memory does the Quillstack ledger cluster need?';
  const none = (names: string) => `The vendor documents archkb holds for Quillstack state no memory figures for ${names}.`;

  it('strips the brackets at the end of a name, with or without a space before them', () => {
    expect(declined([part('l1', 'Ledger cluster(site 1)'), part('l2', 'Ledger cluster(site 2)')], ask)).toBe(
      none('Ledger cluster(site 1) and Ledger cluster(site 2)'),
    );
    expect(declined([part('l1', 'Ledger cluster (site 1)'), part('l2', 'Ledger cluster(site 2)')], ask)).toBe(
      none('Ledger cluster (site 1) and Ledger cluster(site 2)'),
    );
  });

  it('counts a name with no brackets as the same name as one with them', () => {
    expect(declined([part('l1', 'Ledger cluster (site 1)'), part('l2', 'Ledger cluster')], ask)).toBe(
      none('Ledger cluster (site 1) and Ledger cluster'),
    );
  });

  it('does not strip brackets in the middle of a name ("Ledger (site 1) cluster")', () => {
    expect(declined([part('l1', 'Ledger (site 1) cluster'), part('l2', 'Ledger (site 2) cluster')], ask)).toBeNull();
  });

  it("reads names that repeat the product's name by their other words", () => {
    expect(declined([part('l1', 'Quillstack ledger cluster (site 1)'), part('l2', 'Quillstack ledger cluster (site 2)')], ask)).toBe(
      none('Quillstack ledger cluster (site 1) and Quillstack ledger cluster (site 2)'),
    );
  });

  it("names no part whose name is only the product's name", () => {
    expect(
      declined([part('l1', 'Quillstack (site 1)'), part('l2', 'Quillstack (site 2)')], 'How much memory does Quillstack need?'),
    ).toBeNull();
  });

  it('leaves out a shorter name the question also holds ("Cluster (site 3)" beside "Ledger cluster (site …)")', () => {
    const parts = [part('l1', 'Ledger cluster (site 1)'), part('l2', 'Ledger cluster (site 2)'), part('l3', 'Cluster (site 3)')];
    expect(declined(parts, ask)).toBe(none('Ledger cluster (site 1) and Ledger cluster (site 2)'));
  });

  it('names none of the parts when one sits on a host in only one of the variants', () => {
    const host = {
      id: 'data-box',
      name: 'Data box',
      kind: 'server' as const,
      components: ['quill-api', 'l1'],
      variants: ['standard'],
      requirements: [{ scope: 'minimum' as const, nodes: 1, vcpu: 2, memory: '8 GB', source: cite }],
      source: cite,
    };
    expect(declined([part('l1', 'Ledger cluster (site 1)'), part('l2', 'Ledger cluster (site 2)')], ask, { hosts: [host] })).toBeNull();
  });
});

describe('answerQuestion: a part about a name the sources never mention, beside the other parts', () => {
  const catalogue = () => [buildAskArchitecture(), buildLanternpad()];
  const unmentioned = 'The vendor documents archkb holds for Quillstack do not mention Frobnicator.';

  it('keeps the answer when the other part says which figures the sources leave out', () => {
    expect(answerQuestion('Does Quillstack use Frobnicator, and how much memory does its session cache need?', catalogue()).answer).toBe(
      `${unmentioned} The vendor documents archkb holds for Quillstack state no memory figures for Session cache.`,
    );
  });

  it('keeps the answer when another part is answered, though a third is not stated', () => {
    const answer = answerQuestion(
      'Does Quillstack use Frobnicator, what does the ledger database keep, and which port does the worker listen on?',
      catalogue(),
    ).answer;
    expect(answer).toBe(
      `${unmentioned} Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. ` +
        "Not stated in archkb's sources: which port does the worker listen on.",
    );
  });

  it('declines when every part asks for the same figures the sources never give', () => {
    // Lanternpad states no requirement at all, so both parts say the same thing: no memory figures.
    const answer = answerQuestion('How much memory does Lanternpad need, and how much memory does its canvas need?', catalogue());
    expect(answer.answer).toBeNull();
    // The reason both parts give, once, not the generic "do not state this".
    expect(answer.declined).toBe('The vendor documents archkb holds for Lanternpad state no memory figures.');
  });
});

describe('answerQuestion: a count of the named part, by where "how many" and the name stand', () => {
  const quillApi = buildQuillApiInput({
    requirements: [{ scope: 'minimum', nodes: 2, vcpu: { request: '500m' }, memory: { request: '512Mi' }, source: cite }],
  });
  const declined = (question: string, ledger = buildLedgerInput()) =>
    answerQuestion(question, [buildAskArchitectureWith([quillApi, ledger]), buildLanternpad()]).declined ?? null;
  const noCount = (name: string) => `The vendor documents archkb holds for Quillstack state no number of ${name} instances to run.`;

  it('does not read a size question ("how big a …") as a count of the part', () => {
    expect(declined('How big a ledger database does Quillstack create?')).not.toBe(noCount('Ledger database'));
  });

  it('does not count a name six words after "how many", nor one before it', () => {
    expect(declined('How many of the big ledger databases does Quillstack create?')).not.toBe(noCount('Ledger database'));
    expect(declined('The ledger database is new: how many does Quillstack create?')).not.toBe(noCount('Ledger database'));
  });

  it('does not count the part when "how many" counts something else and no name follows it', () => {
    expect(declined('Does the ledger database say how many tables Quillstack creates?')).not.toBe(noCount('Ledger database'));
  });

  it("does not take the product's name inside the part's name for the part ('Quillstack ledger')", () => {
    const ledger = buildLedgerInput({ name: 'Quillstack ledger' });
    expect(declined('How many ledger topics does Quillstack create?', ledger)).not.toBe(noCount('Quillstack ledger'));
  });
});

describe('answerQuestion: whether the facts of the part counted give a number of it', () => {
  const search = buildComponentInput({
    id: 'search',
    name: 'Search index',
    role: 'search-engine',
    technology: 'OpenSearch',
    purpose: 'Finds users by name.',
    source: cite,
    necessity: { level: 'optional', source: cite },
    thresholds: [
      {
        above: 100,
        driver: 'sign-ins-per-second',
        level: 'recommended',
        text: 'Above 100 sign-ins per second the vendor recommends the search index.',
        source: cite,
      },
    ],
  });
  const balancer = buildComponentInput({
    id: 'edge-balancer',
    name: 'Edge balancer',
    role: 'load-balancer',
    technology: 'HAProxy',
    purpose: 'Spreads requests.',
    source: cite,
    necessity: { level: 'required', source: cite },
    notes: [{ kind: 'recommendation', text: 'Run 2 edge balancers, one in each zone.', source: cite }],
  });
  // Another part's note names the search index beside "pod" and a release, but counts no copies of it.
  const api = buildQuillApiInput({
    notes: [{ kind: 'option', text: 'Release 2.0 of the API took its name from the search index pod.', source: cite }],
  });
  const catalogue = () => [buildAskArchitectureWith([api, buildLedgerInput(), search, balancer])];
  const declined = (question: string) => answerQuestion(question, catalogue()).declined ?? null;
  const noCount = (name: string) => `The vendor documents archkb holds for Quillstack state no number of ${name} instances to run.`;

  it('declines a count of a part whose only figure is a load threshold, which counts no copies', () => {
    expect(declined('How many replicas of the search index does Quillstack run?')).toBe(noCount('Search index'));
    expect(declined('How many nodes and how much memory should the Quillstack search index have?')).toMatch(
      /^The vendor documents archkb holds for Quillstack state no number of Search index instances to run\./,
    );
  });

  it('does not count the part when "how many" counts a load of the product ("from how many sign-ins …")', () => {
    expect(declined('How many search indexes does Quillstack recommend?')).toBe(noCount('Search index'));
    expect(declined('From how many sign-ins search index is recommended?')).toBeNull();
  });

  it('answers a count a fact gives as a number right before the part’s own name ("2 edge balancers")', () => {
    expect(declined('How many edge balancers does Quillstack run?')).toBeNull();
  });

  it('reads "how many GB of X" as an amount of X, not a count of it', () => {
    expect(
      answerQuestion('How many GB of session cache does Quillstack need for 1,000 users?', [buildAskArchitecture()]).declined,
    ).not.toBe(noCount('Session cache'));
  });
});

describe('answerQuestion: a long question about a load, of a product rated for none', () => {
  const catalogue = () => [
    buildAskArchitecture({
      loadDrivers: [
        { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second', source: cite },
        { id: 'users', label: 'users', singular: 'user', source: cite },
      ],
    }),
    buildLanternpad(),
  ];
  const unrated =
    'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.';
  const declined = (question: string) => answerQuestion(question, catalogue()).declined ?? null;
  const largest = 'What is the largest team the Lanternpad canvas service can handle when';

  it('says no load is rated when the question counts the load ("how many users", "the number of users")', () => {
    expect(declined('How many users can the Lanternpad canvas service handle when the event stream is busy with large exports?')).toBe(
      unrated,
    );
    expect(declined(`${largest} the number of users grows fast?`)).toBe(unrated);
  });

  it('does not when the load word only follows "many", "of", "how fast" or "the number" without counting it', () => {
    for (const rest of [
      'very many users edit one canvas?',
      'a share of users edit one canvas?',
      'it matters how fast users edit one canvas?',
      'the number new users reach is large?',
    ])
      expect(declined(`${largest} ${rest}`)).not.toBe(unrated);
  });
});

describe('splitQuestion: a bare "and if …?" after a question (mutation session 37, second helper)', () => {
  const first = 'Does Quillstack need a ledger';

  it('asks the question before again under a condition that asks nothing of its own', () => {
    expect(splitQuestion(`${first}? And if we drop the cache?`)).toEqual([first, `${first} if we drop the cache?`]);
  });

  it('keeps a bare "if" with a question of its own after a comma or a semicolon, or with an auxiliary and its subject, as asked', () => {
    expect(splitQuestion(`${first}? And if the ledger is out, would the cache do?`)).toEqual([
      first,
      'if the ledger is out, would the cache do?',
    ]);
    expect(splitQuestion(`${first}? And if the ledger is out; the cache then?`)).toEqual([first, 'if the ledger is out; the cache then?']);
    expect(splitQuestion(`${first}? If the ledger is out would the cache do?`)).toEqual([
      first,
      'If the ledger is out would the cache do?',
    ]);
  });

  it('keeps "if so" and "if not" as asked, and a "what if" with a comma as a condition on the question before', () => {
    expect(splitQuestion(`${first}? And if so is there a cache?`)).toEqual([first, 'if so is there a cache?']);
    expect(splitQuestion(`${first}? And if not is there a cache?`)).toEqual([first, 'if not is there a cache?']);
    expect(splitQuestion(`${first}? What if we drop the cache, would it run?`)).toEqual([
      first,
      `${first} if we drop the cache, would it run?`,
    ]);
  });
});

describe('answerQuestion: a computation checking a claimed rate and figure (mutation session 37, second helper)', () => {
  // Quillstack's API asks 1 vCPU per 10 sign-ins per second: 40 sign-ins per second give 4 vCPU.
  const catalogue = [buildAskArchitecture()];

  it('says no to a claimed rate other than the stated one, though the claimed total is right', () => {
    expect(
      answerQuestion('They claim Quillstack at 40 sign-ins per second needs 4 vCPU at 1 vCPU per 20 sign-ins. Correct?', catalogue).answer,
    ).toMatch(/^No\. Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested/);
  });

  it('goes on to the claimed total when the claimed rate is the stated one', () => {
    expect(
      answerQuestion('They claim Quillstack at 40 sign-ins per second needs 4 vCPU at 1 vCPU per 10 sign-ins. Correct?', catalogue).answer,
    ).toMatch(/^Yes\. /);
    expect(
      answerQuestion('They claim Quillstack at 40 sign-ins per second needs 6 vCPU at 1 vCPU per 10 sign-ins. Correct?', catalogue).answer,
    ).toMatch(/^No\. /);
  });
});

describe('answerQuestion: a figure stated and asked with a question mark', () => {
  it('says whether the figure the statement offers is the one computed, with no claim word', () => {
    const catalogue = [buildAskArchitecture()];
    expect(answerQuestion("Reviewer: Quillstack's application box gets 4 GB of memory at minimum?", catalogue).answer).toMatch(/^Yes\. /);
    expect(answerQuestion("Reviewer: Quillstack's application box gets 8 GB of memory at minimum?", catalogue).answer).toMatch(/^No\. /);
  });

  it('says whether the figure is the one computed when an auxiliary opens the question too', () => {
    const catalogue = [buildAskArchitecture()];
    expect(answerQuestion("Does Quillstack's application box get 4 GB of memory at minimum?", catalogue).answer).toMatch(/^Yes\. /);
    expect(answerQuestion("Does Quillstack's application box get 8 GB of memory at minimum?", catalogue).answer).toMatch(/^No\. /);
    // The API asks 1 vCPU per 10 sign-ins per second: 2 vCPU at 20.
    expect(answerQuestion('Is the Quillstack API at 20 sign-ins per second 2 vCPU requested?', catalogue).answer).toMatch(/^Yes\. /);
    expect(answerQuestion('Is the Quillstack API at 20 sign-ins per second 3 vCPU requested?', catalogue).answer).toMatch(/^No\. /);
  });

  it('leaves a bound to the fit check, not to the figure check', () => {
    const answer = answerQuestion("Is 8 GB of memory enough for Quillstack's application box at minimum?", [buildAskArchitecture()]).answer;
    expect(answer).toMatch(/^Yes: memory 8 GB meets/);
  });
});
