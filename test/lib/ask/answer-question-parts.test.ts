import { describe, expect, it } from 'vitest';
import { answerQuestion, splitQuestion } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../fixtures/build-ask-architecture.ts';

describe('splitQuestion: a leading condition or scope', () => {
  it('asks each part under the condition that ends at the comma before the question, not at a list comma', () => {
    expect(splitQuestion('If we run A, B and C, which tier does the ledger use, and what does the cache keep?')).toEqual([
      'If we run A, B and C, which tier does the ledger use',
      'If we run A, B and C, what does the cache keep?',
    ]);
  });

  it('splits "When is X needed, and which …?" in two: "when" before an auxiliary asks, it states no condition', () => {
    expect(splitQuestion('When is the Quillstack worker needed, and which setting must it use?')).toEqual([
      'When is the Quillstack worker needed',
      'which setting must it use?',
    ]);
    expect(splitQuestion('When the Quillstack worker is needed, which setting must it use?')).toEqual([
      'When the Quillstack worker is needed, which setting must it use?',
    ]);
  });

  it('asks each part "before doing X", which says when, but not "before" a thing alone', () => {
    expect(splitQuestion('Before upgrading Quillstack, what must be backed up, and do we need an intermediate release?')).toEqual([
      'Before upgrading Quillstack, what must be backed up',
      'Before upgrading Quillstack, do we need an intermediate release?',
    ]);
    expect(splitQuestion('Before the upgrade, what must be backed up, and do we need an intermediate release?')).toEqual([
      'what must be backed up',
      'do we need an intermediate release?',
    ]);
  });

  it('keeps a condition that follows a scene sentence with the question after its comma', () => {
    expect(splitQuestion('Quillstack is already up. If the cache goes away, does the worker stop? What does the ledger keep?')).toEqual([
      'Quillstack is already up. If the cache goes away, does the worker stop',
      'What does the ledger keep?',
    ]);
  });

  it('gives a first question without a verb the verb and object of the second ("how much A and how many B does X need")', () => {
    expect(splitQuestion('How much memory and how many replicas does the Quillstack cache need?')).toEqual([
      'How much memory does the Quillstack cache need?',
      'how many replicas does the Quillstack cache need?',
    ]);
    // A first question with a verb of its own keeps it.
    expect(splitQuestion('How much memory does the ledger get, and how many replicas does the Quillstack cache need?')).toEqual([
      'How much memory does the ledger get',
      'how many replicas does the Quillstack cache need?',
    ]);
  });

  it('keeps a scope or basis that opens the sentence after a scene with the question after its comma', () => {
    const question =
      'We expect 1.5 million sign-ins next year. Using their per-sign-in rule, how much memory does the Quillstack cache need?';
    expect(splitQuestion(question)).toEqual([question]);
    expect(splitQuestion('We expect 1.5 million sign-ins. With that many, how much memory does the Quillstack cache need?')).toHaveLength(
      1,
    );
    // Two questions after the scope are still two.
    expect(
      splitQuestion('We expect 1.5 million sign-ins. With that many, how much memory does the cache need, and what does the ledger keep?'),
    ).toHaveLength(2);
  });

  it('keeps a scope that asks after its colon as the first part, not as a condition of the second', () => {
    expect(splitQuestion('Running Quillstack on two zones: what does the ledger keep, and do I need the cache?')).toEqual([
      'Running Quillstack on two zones: what does the ledger keep',
      'do I need the cache?',
    ]);
  });

  it('asks "how many if …" again as the question before it under the new condition, with the leading scene', () => {
    expect(
      splitQuestion("Running 3 Quillstack workers, how many jobs run at once? And how many if we'd left the limit at its default?"),
    ).toEqual([
      'Running 3 Quillstack workers, how many jobs run at once',
      "Running 3 Quillstack workers, how many jobs run at once if we'd left the limit at its default?",
    ]);
  });

  it('reads a condition after a short label ("P: if we turn A off, does B …?") as the question\'s condition, not a part', () => {
    expect(splitQuestion('quillstack: if we turn the worker off, does the API run the jobs instead?')).toEqual([
      'quillstack: if we turn the worker off, does the API run the jobs instead?',
    ]);
  });

  it('asks a bare "… ? And at the default limit?" of a few words again as the question before it under that condition', () => {
    expect(splitQuestion('3 Quillstack workers at limit 10 — jobs at once? and at the default limit?')).toEqual([
      '3 Quillstack workers at limit 10 — jobs at once',
      '3 Quillstack workers at limit 10 — jobs at once at the default limit?',
    ]);
    // A phrase a comma ends opens the next question, and is not asked of the one before.
    expect(splitQuestion('How many jobs run at once? With the cache on, what does the worker keep in memory?')).not.toContain(
      'How many jobs run at once With the cache on?',
    );
  });

  it('asks a bare "how many at …" or "how much with …" again as the question before it under that condition', () => {
    expect(splitQuestion('We run 3 Quillstack workers. How many jobs run at once, and how many at the default limit?')).toEqual([
      'We run 3 Quillstack workers. How many jobs run at once',
      'We run 3 Quillstack workers. How many jobs run at once at the default limit?',
    ]);
    expect(splitQuestion('How much memory does the Quill worker need, and how much with the cache turned off?')).toEqual([
      'How much memory does the Quill worker need',
      'How much memory does the Quill worker need with the cache turned off?',
    ]);
    // One with its own question ("how many with it on do we need") asks that.
    expect(splitQuestion('How many jobs run at once, and how many with the cache on does it keep?')).toEqual([
      'How many jobs run at once',
      'how many with the cache on does it keep?',
    ]);
  });

  it('asks "how many if …" after a question that closed with its own condition under the new condition alone', () => {
    expect(
      splitQuestion('We run 3 Quillstack workers. How many jobs run at once if we keep the default, and how many if we double it?'),
    ).toEqual([
      'We run 3 Quillstack workers. How many jobs run at once if we keep the default',
      'We run 3 Quillstack workers. How many jobs run at once if we double it?',
    ]);
  });

  it('ends a condition at its first comma when no question word follows any comma', () => {
    expect(splitQuestion('When the cache fails, Quillstack keeps working, and what does the worker do?')).toEqual([
      'When the cache fails, Quillstack keeps working',
      'When the cache fails, what does the worker do?',
    ]);
  });

  it('passes a scope with no condition in it to no part', () => {
    expect(splitQuestion('In the Standard layout, what does the ledger keep, and what does the cache keep?')).toEqual([
      'what does the ledger keep',
      'what does the cache keep?',
    ]);
  });

  it("passes a scope naming a product's part by a possessive to each part", () => {
    expect(splitQuestion("For Quillstack's session cache, what node type and how many replicas does the guide suggest?")).toEqual([
      "For Quillstack's session cache, what node type does the guide suggest?",
      "For Quillstack's session cache, how many replicas does the guide suggest?",
    ]);
  });

  it('passes a possessive scope to each part without the spaces before it', () => {
    expect(splitQuestion("  For Quillstack's ledger, what disk size and how many copies does the guide give?")).toEqual([
      "For Quillstack's ledger, what disk size does the guide give?",
      "For Quillstack's ledger, how many copies does the guide give?",
    ]);
  });

  it('passes a possessive scope whose product name holds digits, first or later', () => {
    expect(splitQuestion("For K8stack's session cache, what node type and how many replicas does the guide suggest?")).toEqual([
      "For K8stack's session cache, what node type does the guide suggest?",
      "For K8stack's session cache, how many replicas does the guide suggest?",
    ]);
    expect(splitQuestion("For 3store's session cache, what node type and how many replicas does the guide suggest?")).toEqual([
      "For 3store's session cache, what node type does the guide suggest?",
      "For 3store's session cache, how many replicas does the guide suggest?",
    ]);
  });

  it('passes no scope that only holds a possessive further on ("In the layout for X\'s …")', () => {
    expect(splitQuestion("In the layout for Quillstack's twin sites, what does the ledger keep, and what does the cache keep?")).toEqual([
      'what does the ledger keep',
      'what does the cache keep?',
    ]);
  });

  it('passes only the condition after a scope to each part', () => {
    expect(splitQuestion('For Frobcore, if we keep two zones, what latency does it add, and what database does it use?')).toEqual([
      'if we keep two zones, what latency does it add',
      'if we keep two zones, what database does it use?',
    ]);
  });

  it('reads a preposition followed by a question word as the opening of a question, not as a condition', () => {
    expect(splitQuestion('With which cache does Quillstack run, and what does the worker do?')).toEqual([
      'With which cache does Quillstack run',
      'what does the worker do?',
    ]);
  });

  it('keeps a condition holding a question mark out of the parts', () => {
    expect(splitQuestion('If the ledger fails? what happens, and what does the worker do?')).toEqual([
      'If the ledger fails',
      'what does the worker do?',
    ]);
  });

  it('asks a terse "Any …?" after a conditioned question under the same condition', () => {
    expect(splitQuestion('if the cache restarts, are users logged out? Any fix?')).toEqual([
      'if the cache restarts, are users logged out',
      'if the cache restarts, Is there Any fix?',
    ]);
  });
});

describe('splitQuestion: the same question asked of a second thing', () => {
  it('asks "And for X?" again with X in place of what the first question was for', () => {
    expect(splitQuestion('What is the default volume for the ledger? And for the cache?')).toEqual([
      'What is the default volume for the ledger?',
      'What is the default volume for the cache?',
    ]);
  });

  it('keeps "What about X?" as X alone when the first question is for nothing', () => {
    expect(splitQuestion('How much memory does the ledger take? What about the cache?')).toEqual([
      'How much memory does the ledger take?',
      'the cache?',
    ]);
    expect(splitQuestion('Which tier does the ledger use? how about the cache')).toEqual(['Which tier does the ledger use?', 'the cache?']);
  });

  it('asks the question after a stated symptom of that symptom, as one question, but still splits a question from another', () => {
    expect(splitQuestion('ledger autoscaler not scaling pods, what do i need in place?')).toEqual([
      'ledger autoscaler not scaling pods, what do i need in place?',
    ]);
    expect(splitQuestion('the worker keeps crashing, and what should we check first?')).toHaveLength(1);
    // A symptom whose question already follows a dash asks that one; a question after it is one of its own.
    expect(splitQuestion('sign-ins failing on the ledger \u2014 which pod handles that, and which store backs it?')).toEqual([
      'sign-ins failing on the ledger \u2014 which pod handles that',
      'which store backs it?',
    ]);
    expect(splitQuestion('What does the ledger store, and what does the cache hold?')).toEqual([
      'What does the ledger store',
      'what does the cache hold?',
    ]);
  });

  it('asks a long "And for X …?" of the same question again, without doubling the first part\'s question mark', () => {
    expect(splitQuestion('Default volume for the ledger? And for the cache that the queue workers use in production?')).toEqual([
      'Default volume for the ledger?',
      'Default volume for the cache that the queue workers use in production?',
    ]);
  });

  it('takes a first question of exactly three words', () => {
    expect(splitQuestion('Ledger volume size? And for the cache?')).toEqual(['Ledger volume size?', 'the cache?']);
  });

  it('reads a "What about …?" of more than forty characters as a question of its own, not as the first one again', () => {
    expect(splitQuestion('How much memory does the ledger take? What about the cache that keeps every signed-in session?')).toEqual([
      'How much memory does the ledger take',
      'What about the cache that keeps every signed-in session?',
    ]);
  });

  it('asks the same of two things after a repeated preposition', () => {
    expect(splitQuestion('What changed about the ledger and about the cache?')).toEqual([
      'What changed about the ledger?',
      'What changed about the cache?',
    ]);
    expect(splitQuestion('What tier is recommended for the ledger, and for the cache?')).toEqual([
      'What tier is recommended for the ledger?',
      'What tier is recommended for the cache?',
    ]);
    expect(splitQuestion('Sizes for the ledger and for the cache?')).toEqual(['Sizes for the ledger?', 'Sizes for the cache?']);
  });

  it('keeps a repeated preposition whole after fewer than two words, or after an earlier question', () => {
    expect(splitQuestion('About the ledger and about the cache?')).toEqual(['About the ledger and about the cache?']);
    expect(splitQuestion('Is it fast? Tell me more about the ledger and about the cache')).toEqual([
      'Is it fast? Tell me more about the ledger and about the cache',
    ]);
  });
});

describe('splitQuestion: where one question ends and the next begins', () => {
  it("asks the question after the asker's situation in it, and a follow-up giving only another figure as the question before", () => {
    expect(splitQuestion("We're running Quillstack for 8k users, do we need the cache? What do we lose without it?")).toEqual([
      "We're running Quillstack for 8k users, do we need the cache",
      'What do we lose without it?',
    ]);
    // A full stop ends the situation: the piece holds its own question.
    expect(splitQuestion('We run Quillstack on one host. Which parts does it run, and what does each one keep?')).toEqual([
      'We run Quillstack on one host. Which parts does it run',
      'what does each one keep?',
    ]);
    expect(splitQuestion('How many jobs run at once on 3 workers? and if we set the concurrency to 8?')).toEqual([
      'How many jobs run at once on 3 workers',
      'How many jobs run at once on 3 workers if we set the concurrency to 8?',
    ]);
    // "What if …" asks it again under a condition, and lends the first part no verb ("… on 3 workers is down").
    expect(splitQuestion('How many jobs run at once on 3 workers? and what if the cache is down?')).toEqual([
      'How many jobs run at once on 3 workers',
      'How many jobs run at once on 3 workers if the cache is down?',
    ]);
  });

  it('asks the question before a follow-up again at the figure the follow-up gives, however it gives it', () => {
    const first = 'How many vCPUs does the Quillstack API need at 40 sign-ins per second';
    const again = 'How many vCPUs does the Quillstack API need at 80 sign-ins per second?';
    // "have" and "get" state the figure here; they ask nothing.
    for (const follow of [
      'And if we have 80 sign-ins per second?',
      'And if we get 80 sign-ins per second?',
      'And with 80 sign-ins per second?',
      'And at 80?',
      'And if we run at 80?',
    ])
      expect(splitQuestion(`${first}? ${follow}`)).toEqual([first, again]);
    // A figure counting something else is a condition on the question, not a new figure for the one it gave.
    expect(splitQuestion('How many jobs run at once on 3 workers? and with 8 of them?')).toEqual([
      'How many jobs run at once on 3 workers',
      'How many jobs run at once on 3 workers with 8 of them?',
    ]);
    // An auxiliary before its subject asks a question of its own.
    expect(splitQuestion(`${first}? And if we have 80, does it need more?`)).toEqual([first, 'if we have 80, does it need more?']);
  });

  it("computes the follow-up at its own figure, not at the first question's", () => {
    const answer = answerQuestion(
      'How many vCPUs does the Quillstack API need at 40 sign-ins per second? And if we get 80 sign-ins per second?',
      [buildAskArchitecture(), buildLanternpad()],
    );
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toMatch(/at 40 sign-ins per second: 4 vCPU/);
    expect(answer.answer).toMatch(/at 80 sign-ins per second: 8 vCPU/);
  });

  it('reads "We are running …, do we …?" as the asker\'s situation, as it reads "We\'re running …"', () => {
    for (const scene of ['We are running', "We're running"])
      expect(splitQuestion(`${scene} Quillstack for 8k users, do we need the cache? What do we lose without it?`)).toEqual([
        `${scene} Quillstack for 8k users, do we need the cache`,
        'What do we lose without it?',
      ]);
  });

  it('answers nothing when one part names what the sources never mention and no other part is answered', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    const unanswered = answerQuestion('Which CPU architectures does Quillstack support? Is Kafka okay?', catalogue);
    expect(unanswered.answer).toBeNull();
    expect(unanswered.kind).toBe('declined');
    // Beside an answered part, the unmentioned name is still said.
    expect(answerQuestion('What does the Quillstack ledger keep? Is Kafka okay?', catalogue).answer).toMatch(
      /Keeps accounts, tenants and audit records\. The vendor documents archkb holds for Quillstack do not mention Kafka\./,
    );
    // A name asked about in both parts is named once.
    expect(answerQuestion('Which Frobnicator does Quillstack need? Is Frobnicator okay?', catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frobnicator.',
    );
  });

  it('keeps a part answered well enough on its own though the other part is unstated, and says which is', () => {
    const answer = answerQuestion(
      "What happens to people's logins if the Quillstack cache is bounced? Is there a way to stop everyone getting kicked out?",
      [buildAskArchitecture()],
    );
    expect(answer.answer).toBe(
      "Quillstack (Standard): Session cache: Option: Persistence is optional; sessions survive a restart only with it. Not stated in archkb's sources: Is there a way to stop everyone getting kicked out.",
    );
  });

  it('reads a load given before the first comma ("At 40 sign-ins per second, …") as a condition of each part', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    expect(
      answerQuestion('At 40 sign-ins per second, what does the Quillstack worker run, and what does the session cache keep?', catalogue)
        .answer,
    ).toBe(
      'Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up. Quillstack (Standard): Session cache: Keeps sign-in sessions.',
    );
    // A part that asks the computation still gets it, and the other part its own answer.
    const computed =
      answerQuestion(
        'At 40 sign-ins per second, how many vCPUs does the Quillstack API need, and what does the session cache keep?',
        catalogue,
      ).answer ?? '';
    expect(computed).toMatch(/^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested/);
    expect(computed).toContain('Session cache: Keeps sign-in sessions.');
  });

  it('reads a terse "Any …?" after a question as "Is there Any …?"', () => {
    expect(splitQuestion('What does the ledger keep? Any size limit?')).toEqual(['What does the ledger keep', 'Is there Any size limit?']);
  });

  it('joins a second question with "and if not" or "and if so" as a plain "and"', () => {
    expect(splitQuestion('Does Quillstack need a cache, and if not, what does it use instead?')).toEqual([
      'Does Quillstack need a cache',
      'what does it use instead?',
    ]);
    expect(splitQuestion('Does Quillstack need a cache, and if so, which one does it use?')).toEqual([
      'Does Quillstack need a cache',
      'which one does it use?',
    ]);
  });

  it('splits before a preposition that opens a question, hedged or not', () => {
    expect(splitQuestion('How big is the ledger, and at roughly what size does it need a second disk?')).toEqual([
      'How big is the ledger',
      'at roughly what size does it need a second disk?',
    ]);
    expect(splitQuestion('What does the ledger keep? In which zone does it run?')).toEqual([
      'What does the ledger keep',
      'In which zone does it run?',
    ]);
  });

  it('splits after a comma with "also" or "plus"', () => {
    expect(splitQuestion('What does the ledger keep, also what does the cache keep?')).toEqual([
      'What does the ledger keep',
      'what does the cache keep?',
    ]);
    expect(splitQuestion('What does the ledger keep, plus which tier does it use?')).toEqual([
      'What does the ledger keep',
      'which tier does it use?',
    ]);
  });

  it('opens the next question with its condition after "? And if" or ", but if"', () => {
    expect(splitQuestion('Does the ledger need backups? And if it fails, what happens?')).toEqual([
      'Does the ledger need backups',
      'if it fails, what happens?',
    ]);
    expect(splitQuestion('The ledger keeps rows, but if it fails, what happens?')).toEqual([
      'The ledger keeps rows',
      'if it fails, what happens?',
    ]);
  });

  it('splits at an en dash too when the text opens with a question', () => {
    expect(splitQuestion('What does the ledger keep – does the worker need it?')).toEqual([
      'What does the ledger keep',
      'does the worker need it?',
    ]);
  });

  it('asks the part before "what would that give if …" again under that condition', () => {
    expect(splitQuestion('How many jobs run at once, and what would that give if we left the concurrency at its default?')).toEqual([
      'How many jobs run at once',
      'How many jobs run at once if we left the concurrency at its default?',
    ]);
  });

  it('keeps a what-if question that comes first as it is', () => {
    expect(splitQuestion('What would it be if the ledger fails, and what does the worker do?')).toEqual([
      'What would it be if the ledger fails',
      'what does the worker do?',
    ]);
  });

  it('drops a second part of fewer than three words unless it is a bare count', () => {
    expect(splitQuestion('What does the ledger keep, and why?')).toEqual(['What does the ledger keep, and why?']);
    expect(splitQuestion('What does the ledger keep, and how much?')).toEqual(['What does the ledger keep', 'how much?']);
  });

  it('splits a text of exactly three questions', () => {
    expect(splitQuestion('What does A keep, what does B keep, and what does C keep?')).toEqual([
      'What does A keep',
      'what does B keep',
      'what does C keep?',
    ]);
  });
});

describe('splitQuestion: conditions and verbless pieces inside the text', () => {
  it('asks the question after a condition that opens the text under it, so the two are one question', () => {
    for (const opening of ['Suppose', 'Supposing', 'Besides', 'Apart from', 'Other than', 'Except']) {
      const question = `${opening} the cache fails, what does the worker do?`;
      expect(splitQuestion(question)).toEqual([question]);
    }
  });

  it('asks the question after a "when" clause that follows a question mark under that clause', () => {
    expect(splitQuestion('What does the ledger keep? when the cache fails, what does the worker do?')).toEqual([
      'What does the ledger keep',
      'when the cache fails, what does the worker do?',
    ]);
  });

  it('gives a verbless wh- piece the auxiliary that follows, "must" included', () => {
    expect(splitQuestion('What does the ledger keep, and which tier, must the cache restart?')).toEqual([
      'What does the ledger keep',
      'which tier, must the cache restart?',
    ]);
    expect(splitQuestion('What does the ledger keep, and which tier, does the cache use?')).toEqual([
      'What does the ledger keep',
      'which tier, does the cache use?',
    ]);
  });

  it('lends a verbless first question the verb and object of the next, but not one whose verb is a contraction', () => {
    expect(splitQuestion('What RAM and how many copies does the ledger need?')).toEqual([
      'What RAM does the ledger need?',
      'how many copies does the ledger need?',
    ]);
    expect(splitQuestion("What's the fewest zones the ledger wants, and which subnets does each zone need?")).toEqual([
      "What's the fewest zones the ledger wants",
      'which subnets does each zone need?',
    ]);
  });

  it('keeps a wh- piece with a verb of its own apart from the question after it', () => {
    for (const verb of ['need', 'use', 'get', 'must', 'can']) {
      expect(splitQuestion(`What does the ledger keep, which nodes ${verb} backups, does the cache restart?`)).toEqual([
        'What does the ledger keep',
        `which nodes ${verb} backups`,
        'does the cache restart?',
      ]);
    }
  });

  it('asks the part before "how much will it come to if …" or "how many would they be if …" again under that condition', () => {
    expect(splitQuestion('How many vCPUs does the API need, and how much will it come to if we double the load?')).toEqual([
      'How many vCPUs does the API need',
      'How many vCPUs does the API need if we double the load?',
    ]);
    expect(splitQuestion('How many jobs run at once, and how many would they be if we doubled the workers?')).toEqual([
      'How many jobs run at once',
      'How many jobs run at once if we doubled the workers?',
    ]);
  });
});

describe('splitQuestion: runs of spaces, stray spaces and capitals', () => {
  it('reads a leading condition and a list of names in it whatever the spacing', () => {
    expect(splitQuestion('  If we keep two zones, what latency does it add, and what database does it use?')).toEqual([
      'If we keep two zones, what latency does it add',
      'If we keep two zones, what database does it use?',
    ]);
    expect(splitQuestion('If we run A,B and C,  which tier does the ledger use, and what does the cache keep?')).toEqual([
      'If we run A, B and C, which tier does the ledger use',
      'If we run A, B and C, what does the cache keep?',
    ]);
    expect(splitQuestion('Even  if the cache fails, what does the worker do, and which tier does the ledger use?')).toEqual([
      'Even  if the cache fails, what does the worker do',
      'Even  if the cache fails, which tier does the ledger use?',
    ]);
  });

  it('asks "And for X?" or "What about X?" again across runs of spaces', () => {
    expect(splitQuestion('What is the default volume for the ledger?  And  for  the cache?')).toEqual([
      'What is the default volume for the ledger?',
      'What is the default volume for the cache?',
    ]);
    expect(splitQuestion('How much memory does the ledger take? What  about  the cache?')).toEqual([
      'How much memory does the ledger take?',
      'the cache?',
    ]);
    expect(splitQuestion('Which tier does the ledger use? how  about the cache')).toEqual([
      'Which tier does the ledger use?',
      'the cache?',
    ]);
    // Two words, however far apart, are too few for a first question.
    expect(splitQuestion('Ledger  volume? And for the cache?')).toEqual(['Ledger  volume? And for the cache?']);
    // A first question whose "for …" runs on past a comma is not asked again with its "for" replaced.
    expect(splitQuestion('What is the default volume for the ledger, in GB? And for the cache?')).toEqual([
      'What is the default volume for the ledger, in GB?',
      'the cache?',
    ]);
  });

  it('asks the same of two things after a repeated preposition across runs of spaces, with or without a question mark', () => {
    expect(splitQuestion('What changed about  the ledger  and  about  the cache?')).toEqual([
      'What changed about  the ledger?',
      'What changed about  the cache?',
    ]);
    expect(splitQuestion('What changed about the ledger and about the cache')).toEqual([
      'What changed about the ledger?',
      'What changed about the cache?',
    ]);
    expect(splitQuestion('About  the ledger and about the cache?')).toEqual(['About  the ledger and about the cache?']);
    expect(splitQuestion(' For the ledger and for the cache?')).toEqual([' For the ledger?', ' For the cache?']);
  });

  it('finds the split points across runs of spaces', () => {
    const two = ['What does the ledger keep', 'what does the cache keep?'];
    expect(splitQuestion('What does the ledger keep,  and  what does the cache keep?')).toEqual(two);
    expect(splitQuestion('What does the ledger keep,  also  what does the cache keep?')).toEqual(two);
    expect(splitQuestion('What does the ledger keep,  plus  what does the cache keep?')).toEqual(two);
    expect(splitQuestion('What does the ledger keep  and  what does the cache keep?')).toEqual(two);
    expect(splitQuestion('  What does the ledger keep — does the worker need it?')).toEqual([
      'What does the ledger keep',
      'does the worker need it?',
    ]);
    expect(splitQuestion('What does the ledger keep  —  does the worker need it?')).toEqual([
      'What does the ledger keep',
      'does the worker need it?',
    ]);
    expect(splitQuestion('What does the ledger keep?  Any size limit?')).toEqual(['What does the ledger keep', 'Is there Any size limit?']);
    expect(splitQuestion('How big is the ledger, and at  roughly  what size does it need a second disk?')).toEqual([
      'How big is the ledger',
      'at  roughly  what size does it need a second disk?',
    ]);
    expect(splitQuestion('What does the ledger keep, in  which zone does it run?')).toEqual([
      'What does the ledger keep',
      'in  which zone does it run?',
    ]);
    expect(splitQuestion('What does the ledger keep?  In  which zone does it run?')).toEqual([
      'What does the ledger keep',
      'In  which zone does it run?',
    ]);
    expect(splitQuestion('Does the ledger need backups?  And  if it fails, what happens?')).toEqual([
      'Does the ledger need backups',
      'if it fails, what happens?',
    ]);
    expect(splitQuestion('The ledger keeps rows,  but  if it fails, what happens?')).toEqual([
      'The ledger keeps rows',
      'if it fails, what happens?',
    ]);
  });

  it('joins "and if not" across runs of spaces and without a comma before it', () => {
    const two = ['Does Quillstack need a cache', 'what does it use instead?'];
    expect(splitQuestion('Does Quillstack need a cache,  and  if  not,  what does it use instead?')).toEqual(two);
    expect(splitQuestion('Does Quillstack need a cache and if not, what does it use instead?')).toEqual(two);
  });

  it('reads a what-if follow-up across runs of spaces, and only when nothing follows its question mark', () => {
    expect(splitQuestion('How many jobs run at once, and how  many  would  it  be  if we left the concurrency at its default?')).toEqual([
      'How many jobs run at once',
      'How many jobs run at once if we left the concurrency at its default?',
    ]);
    expect(splitQuestion('How many vCPUs does the API need, and how much will it come  to if we double the load?')).toEqual([
      'How many vCPUs does the API need',
      'How many vCPUs does the API need if we double the load?',
    ]);
    expect(splitQuestion('How many jobs run at once, and what would it be if we doubled the workers? Really')).toEqual([
      'How many jobs run at once',
      'what would it be if we doubled the workers? Really',
    ]);
    expect(splitQuestion('How many jobs run at once?, and what would it be if we doubled the workers ?')).toEqual([
      'How many jobs run at once?',
      'How many jobs run at once if we doubled the workers?',
    ]);
  });

  it('counts words and bare counts across runs of spaces', () => {
    expect(splitQuestion('What does the ledger keep, and why  not?')).toEqual(['What does the ledger keep, and why  not?']);
    expect(splitQuestion('What does the ledger keep, and how  many?')).toEqual(['What does the ledger keep', 'how  many?']);
    expect(splitQuestion('What does the ledger keep, and how many')).toEqual(['What does the ledger keep', 'how many']);
    expect(splitQuestion('What does the ledger keep, and how muchness?')).toEqual(['What does the ledger keep, and how muchness?']);
  });

  it('reads conditions, auxiliaries and verbs whatever their spacing and case', () => {
    for (const opening of ['Apart  from', 'Other  than']) {
      const question = `${opening} the cache, what does the worker do?`;
      expect(splitQuestion(question)).toEqual([question]);
    }
    expect(splitQuestion('What does the ledger keep, and which tier, Does the cache use?')).toEqual([
      'What does the ledger keep',
      'which tier, Does the cache use?',
    ]);
    expect(splitQuestion('What does the ledger keep, which nodes NEED backups, does the cache restart?')).toEqual([
      'What does the ledger keep',
      'which nodes NEED backups',
      'does the cache restart?',
    ]);
  });
});

/** Quillstack next to Lanternpad, built afresh for each question: the engine caches its index per catalogue. */
const ask = (question: string) => answerQuestion(question, [buildAskArchitecture(), buildLanternpad()]);

describe('answerQuestion: which answerer a question goes to', () => {
  it('answers whether a part is optional as a yes/no question even when a load is given', () => {
    const answer = ask('Is the Quillstack session cache optional below 10 sign-ins per second?');
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^Yes\. .*Session cache: Optional\.$/);
  });

  it('computes what a load given for one product needs', () => {
    const answer = ask('How many vCPUs does Quillstack need for 40 sign-ins per second?');
    expect(answer.kind).toBe('compute');
    // 1 vCPU per 10 sign-ins per second at 40 is 4 vCPU; the CPU limit is twice the request.
    expect(answer.answer).toContain('Quill API: 4 vCPU requested, limit 8 vCPU.');
  });

  it('answers a yes/no question about a part at a load from that part, not with totals that never name it', () => {
    for (const question of [
      'We expect 50 sign-ins per second on Quillstack. Is the session cache worth it?',
      'Is the session cache worth it for Quillstack at 50 sign-ins per second?',
    ]) {
      const { answer } = ask(question);
      expect(answer).toContain('Session cache: Keeps sign-in sessions.');
      expect(answer).not.toContain('Whole deployment');
    }
    // Totals that name only one of the parts it names answer half of it: the part they leave out must be answered too.
    const both = ask(
      'We expect 50 sign-ins per second on Quillstack. Is the API good enough on its own or should we add the session cache?',
    );
    expect(both.answer).toContain('Session cache: Keeps sign-in sessions.');
    // Asked of the part the totals size, the same question is answered by them: 1 vCPU per 10 sign-ins per second.
    expect(ask('We expect 50 sign-ins per second on Quillstack. Is the API enough?').answer).toContain('Quill API: 5 vCPU requested');
  });

  it('compares two products named together', () => {
    const answer = ask('Which uses more memory, Quillstack or Lanternpad?');
    expect(answer.kind).toBe('compare');
    // High availability: 3 × 16 GB on the application box and 2 × 16 GB for the ledger.
    expect(answer.answer).toBe(
      'Of these, only Quillstack states memory figures (80 GB). Quillstack (Standard) (for high availability figures): memory: ' +
        '3 × 16 GB (Application box) + 2 × 16 GB (Ledger database) = 80 GB. Lanternpad: its vendor documents state no memory figures.',
    );
  });

  it('computes a total a product is asked for with no load given', () => {
    const answer = ask('How much memory does Quillstack need in total?');
    expect(answer.kind).toBe('compute');
    // High availability: 3 × 16 GB on the application box and 2 × 16 GB for the ledger.
    expect(answer.answer).toBe(
      'Quillstack (Standard) (for high availability figures): memory: 3 × 16 GB (Application box) + 2 × 16 GB (Ledger database) = 80 GB.',
    );
  });

  it('filters a category by a technology, and ranks it when asked for the most', () => {
    const filter = ask('Which identity products use Redis?');
    expect(filter.kind).toBe('filter');
    expect(filter.answer).toContain('Quillstack: Session cache (optional)');
    expect(ask('Which product has the most components?').kind).toBe('extreme');
  });

  it('answers a yes/no question without a load as yes/no, and anything else as a lookup', () => {
    const needed = ask('Does Quillstack need PostgreSQL?');
    expect(needed.kind).toBe('yes-no');
    expect(needed.answer).toMatch(/^Yes: it is required\. /);
    const memory = ask('How much memory does the Quillstack ledger database need?');
    expect(memory.kind).toBe('lookup');
    expect(memory.answer).toBe(
      'Quillstack (Standard): Ledger database: 1 node × (2 vCPU, 8 GB memory, 100 GB storage), minimum. ' +
        'Ledger database: 2 nodes × (4 vCPU, 16 GB memory, 200 GB storage), for high availability.',
    );
  });
});

describe('answerQuestion: questions of two parts', () => {
  it('reads "each" before a noun of its own ("each application box") as no pointer back to the first part\'s subject', () => {
    const answer = ask('What does the Quillstack session cache hold, and what does each application box need?').answer ?? '';
    expect(answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. Quillstack (Standard): Quill API and Quill worker run together on one server (Application box).',
    );
  });

  it('asks "…, and how much does B get?" for what the first part measured, and answers it alone', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const catalogue = [
      buildAskArchitectureWith([
        buildLedgerInput({ purpose: 'Keeps accounts.', requirements: [{ scope: 'default', storage: '20Gi', source: cite }] }),
        buildSessionCacheInput({ purpose: 'Keeps sessions.', requirements: [{ scope: 'default', storage: '100Mi', source: cite }] }),
      ]),
    ];
    const question =
      'Quillstack defaults: how much persistent storage does the ledger database get, and how much does the session cache get?';
    expect(answerQuestion(question, catalogue).answer).toBe(
      'Quillstack (Standard): Ledger database: 20Gi storage, default. Quillstack (Standard): Session cache: 100Mi storage, default.',
    );
  });

  it('answers a part that repeats the computation’s condition but asks something else, not only the computation', () => {
    const { answer } = ask(
      'If we expect 50 sign-ins per second on Quillstack, how much CPU does the API need? And what does the ledger database keep?',
    );
    // 1 vCPU per 10 sign-ins per second at 50 is 5 vCPU.
    expect(answer).toContain('Quill API: 5 vCPU requested');
    expect(answer).toContain('Ledger database: Keeps accounts, tenants and audit records.');
  });

  it('answers each part and joins the answers in order', () => {
    const answer = ask('What does the Quillstack ledger database keep, and what does the session cache keep?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. ' +
        'Quillstack (Standard): Session cache: Keeps sign-in sessions.',
    );
  });

  it('gives the whole answer the kind of its first answered part', () => {
    const lookupFirst = ask('What does the Quillstack ledger database keep, and is the session cache optional?');
    expect(lookupFirst.kind).toBe('lookup');
    expect(lookupFirst.answer).toBe(
      'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. ' +
        'Yes: it is optional. In Quillstack (Standard), Session cache is optional. Session cache: Keeps sign-in sessions.',
    );
    const yesNoFirst = ask('Does Quillstack need a session cache, and what does the ledger database keep?');
    expect(yesNoFirst.kind).toBe('yes-no');
    expect(yesNoFirst.answer).toBe(
      'No: it is optional. In Quillstack (Standard), Session cache is optional. Session cache: Keeps sign-in sessions. ' +
        'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records.',
    );
  });

  it('asks a later part with "it" about the part the first answer is about', () => {
    expect(ask('Is the Quillstack session cache optional, and what does it keep?').answer).toBe(
      'Yes: it is optional. In Quillstack (Standard), Session cache is optional. Session cache: Keeps sign-in sessions. ' +
        'Quillstack (Standard): Session cache: Keeps sign-in sessions.',
    );
  });

  it('asks a short "why …?", "what is the …?" or "what are the …?" about the part the first answer is about', () => {
    const benefit =
      'Yes: it is optional. In Quillstack (Standard), Session cache is optional. Session cache: Keeps sign-in sessions. ' +
      'Quillstack (Standard): Session cache: Keeps sign-in sessions.';
    expect(ask('Is the Quillstack session cache optional, and what is the benefit?').answer).toBe(benefit);
    expect(ask('Is the Quillstack session cache optional, and why bother then?').answer).toBe(benefit);
    // The ledger's one default setting, not the API's and the worker's.
    expect(ask('What does the Quillstack ledger database keep, and what are the defaults?').answer).toBe(
      'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. ' +
        'Quillstack (Standard): Ledger database: ledger.image = {} (default): Leave unset; only the vendor image is supported.',
    );
  });

  it('says a part asks about a name the product never mentions, and answers the other part', () => {
    expect(ask('What does the Quillstack ledger database keep, and does it need Frobcore?').answer).toBe(
      'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. ' +
        'The vendor documents archkb holds for Quillstack do not mention Frobcore.',
    );
  });

  it('says a part asks for figures the product states for no instance of the part named', () => {
    expect(ask('What does the Quillstack session cache keep, and how much memory does it need?').answer).toBe(
      'Quillstack (Standard): Session cache: Keeps sign-in sessions. ' +
        'The vendor documents archkb holds for Quillstack state no memory figures for Session cache.',
    );
  });

  it('says a part nothing answers is not stated, after the part that is answered', () => {
    const answer = ask('What does the Quillstack worker run, and how long do they last?');
    expect(answer.answer).toBe(
      "Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up. Not stated in archkb's sources: how long do they last.",
    );
    expect(answer.confidence).toBeLessThan(ask('What does the Quillstack worker run, and when is it needed?').confidence);
  });

  it('fills "which one" with what the first part asked for, and says it unstated for a product without one', () => {
    expect(ask('Which database does Quillstack use, and which one does Lanternpad use?').answer).toBe(
      'Quillstack (Standard): Ledger database (PostgreSQL), required: Keeps accounts, tenants and audit records. ' +
        "Not stated in archkb's sources: which one does Lanternpad use.",
    );
  });

  it('computes over the whole question and answers a part that asks no figure after it', () => {
    const answer = ask('Quillstack at 40 sign-ins per second: how many vCPUs, and what does the worker run?');
    expect(answer.kind).toBe('compute');
    expect(answer.answer).toMatch(
      /^Quillstack \(Standard\) at 40 sign-ins per second: Quill API: 4 vCPU requested, limit 8 vCPU\. .* Quillstack \(Standard\): Quill worker \(Quill\), conditional: Runs background jobs such as token clean-up\.$/,
    );
  });

  it('computes nothing when every part only repeats the condition giving the load and asks something else', () => {
    const answer = ask('If Quillstack runs at 40 sign-ins per second, what does the worker run, and what does the session cache keep?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Quill worker (Quill), conditional: Runs background jobs such as token clean-up. Quillstack (Standard): Session cache: Keeps sign-in sessions.',
    );
  });

  it('asks counts that name no part within the scope the question opens with', () => {
    expect(ask('In the Quillstack Standard layout, how many Quill API nodes and how many worker nodes?').answer).toBe(
      'Quillstack (Standard): Quill API: 2 nodes × (CPU 500m CPU request, 1000m CPU limit, memory 512Mi request, 1Gi limit), example. ' +
        'Quillstack (Standard): Quill worker: 1 node × (CPU 250m CPU request, memory 256Mi request), example.',
    );
  });
});

describe('answerQuestion: "it" after a part the sources give no figures for', () => {
  it('keeps "it" on the part the first question named, so both parts are said to be unstated for that part', () => {
    const answer = answerQuestion('How much memory does the Quillstack session cache need, and how much CPU does it need?', [
      buildAskArchitecture(),
    ]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state no memory figures for Session cache. The vendor documents archkb holds for Quillstack state no vCPU figures for Session cache.',
    );
  });
});

describe('splitQuestion: a second question in statement order', () => {
  it('splits after a question mark when the next sentence is a question of its own, however it opens', () => {
    expect(splitQuestion('Which ledger version does Quillstack need? On plain hosts I must add a cache too?')).toEqual([
      'Which ledger version does Quillstack need',
      'On plain hosts I must add a cache too?',
    ]);
    // A short tail after the question mark ("On hosts?") is no question of its own.
    expect(splitQuestion('Which ledger version does Quillstack need? On hosts?')).toHaveLength(1);
    // A statement after the question mark asks nothing.
    expect(splitQuestion('Which ledger version does Quillstack need? We run it on plain hosts.')).toHaveLength(1);
  });
});

describe('answerQuestion: "that" opening a relative clause in a second part', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildSessionCacheInput({ purpose: 'Holds sessions for the sign-in pages.' }),
      buildLedgerInput({
        notes: [{ kind: 'info', text: 'The state lives in table ledger.events; restoring it rebuilds everything.', source: cite }],
      }),
    ]),
  ];

  it('is not read as "it", so the part is not asked of the first part’s subject', () => {
    const answer =
      answerQuestion('Quillstack: does the session cache hold sessions? what is the table that really matters?', catalogue).answer ?? '';
    expect(answer).toContain('Holds sessions for the sign-in pages.');
    expect(answer).toContain('table ledger.events');
  });
});

describe('answerQuestion: "For which work is it used?" after a question a group listing answers', () => {
  const catalogue = [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({ purpose: 'Serves the sign-in API and works out each token.', group: 'pods' }),
        buildComponentInput({
          id: 'flow-engine',
          name: 'Flowmill',
          role: 'job-worker',
          technology: 'Flowmill',
          purpose: 'Orchestrates long-running workflows that need persistence.',
          group: 'pods',
        }),
      ],
      { groups: [{ id: 'pods', label: 'Cluster pods' }] },
    ),
  ];

  it('is a question of its own, not the first one asked again "for" something', () => {
    expect(splitQuestion('What is the Flowmill pod? For which work is it used?')).toEqual([
      'What is the Flowmill pod',
      'For which work is it used?',
    ]);
    expect(splitQuestion('Default volume for the ledger? And for the cache?')).toEqual([
      'Default volume for the ledger?',
      'Default volume for the cache?',
    ]);
  });

  it('asks "it" of the part the first question named', () => {
    expect(
      answerQuestion('Please explain, what is making the Flowmill pod in Quillstack? For which work it is used?', catalogue).answer,
    ).toContain('Flowmill: Orchestrates long-running workflows that need persistence.');
  });
});

describe('answerQuestion: "in there" in a second part', () => {
  it('asks of the part the first answer is about, as "it" does', () => {
    const answer =
      ask('For the Quillstack ledger database, what is the minimum storage per node, and what kind of data actually lives in there?')
        .answer ?? '';
    expect(answer).toContain('100 GB');
    expect(answer).toContain('Keeps accounts, tenants and audit records.');
  });
});

describe('answerQuestion: "it" in a second part after a first part whose subject is the product', () => {
  const catalogue = [buildAskArchitecture()];

  it('reads "what does it …" as the product, not the part the first answer found', () => {
    const answer =
      answerQuestion('Where does Quillstack keep audit records, and what does it run background jobs on?', catalogue).answer ?? '';
    expect(answer).toContain('Runs background jobs such as token clean-up.');
    // The ledger answers the first part once; it is not carried into the second as its subject.
    expect(answer.match(/Keeps accounts, tenants and audit records/g)).toHaveLength(1);
  });

  it('still measures the part the first answer found when the second part asks for an amount', () => {
    const answer = answerQuestion('Where does Quillstack keep audit records, and how much memory does it need?', catalogue).answer ?? '';
    expect(answer).toContain('Ledger database: 1 node × (2 vCPU, 8 GB memory, 100 GB storage)');
  });
});

describe('answerQuestion: a second part measuring what a "what <resource>" first part measured', () => {
  it('asks "how much does B get" for the resource the first part named, not for B as a whole', () => {
    const answer = ask('What memory does the Quillstack ledger database get, and how much does the Quill API get?').answer ?? '';
    expect(answer).toMatch(/Quill API: 2 nodes × \(CPU 500m CPU request, 1000m CPU limit, memory 512Mi request, 1Gi limit\)/);
    expect(answer).not.toMatch(/api\.replicaCount/);
  });
});

describe('splitQuestion: items listed as (a), (b) and (c)', () => {
  it('asks the stem of each item, two or three of them', () => {
    expect(splitQuestion('Confirm the minimum on two tiers: (a) the app tier, and (b) the ledger, with its storage.')).toEqual([
      'Confirm the minimum on two tiers: the app tier?',
      'Confirm the minimum on two tiers: the ledger, with its storage?',
    ]);
    expect(splitQuestion('State the node count of (a) the API; (b) the worker and (c) the cache')).toEqual([
      'State the node count of: the API?',
      'State the node count of: the worker?',
      'State the node count of: the cache?',
    ]);
  });

  it('keeps a multiple choice, and a question with one item or none, whole', () => {
    const choice = 'Which size does it recommend: (a) 2 vCPU, (b) 4 vCPU?';
    expect(splitQuestion(choice)).toEqual([choice]);
    const either = 'Does it run the cache (a) inside the API or (b) beside it?';
    expect(splitQuestion(either)).toEqual([either]);
    const one = 'Confirm the minimum of (a) the app tier.';
    expect(splitQuestion(one)).toEqual([one]);
  });

  it('answers each item, under the scope the question opens with', () => {
    const answer = ask(
      'For Quillstack, please confirm the minimum on two tiers: (a) the application box, and (b) the ledger database.',
    ).answer;
    expect(answer).toMatch(/Application box: 1 node × \(2 vCPU, 4 GB memory\), minimum/);
    expect(answer).toMatch(/Ledger database: 1 node × \(2 vCPU, 8 GB memory, 100 GB storage\), minimum/);
  });
});

describe('splitQuestion: dictated questions', () => {
  it('splits at "and also" before a question word, as at a comma', () => {
    expect(splitQuestion('which service talks to the ledger and also why would you split the api and the ledger apart')).toEqual([
      'which service talks to the ledger',
      'why would you split the api and the ledger apart',
    ]);
    // "And also" before anything but a question word joins two things of one question.
    expect(splitQuestion('how much memory do the api and also the worker need')).toEqual([
      'how much memory do the api and also the worker need',
    ]);
  });
});

describe('splitQuestion: a bare topic before two questions', () => {
  it('gives a short topic split off before two questions to each of them', () => {
    expect(splitQuestion('Quillstack regular test load, how many users and how many requests per second?')).toEqual([
      'Quillstack regular test load: how many users',
      'Quillstack regular test load: how many requests per second?',
    ]);
  });

  it('leaves a condition, a clause with a verb, and a topic before one question as they were', () => {
    expect(splitQuestion('If we run Quillstack, how many nodes and how much memory?')).toEqual([
      'If we run Quillstack, how many nodes',
      'If we run Quillstack, how much memory?',
    ]);
    expect(splitQuestion('Quillstack needs a ledger, how many nodes and how much memory?')).not.toContain(
      'Quillstack needs a ledger: how many nodes',
    );
  });
});

describe('splitQuestion: two things named before one question asking of each', () => {
  it('keeps "A and B, which port each one expose?" one question about both', () => {
    expect(splitQuestion('Quillstack and Lanternpad, which port each one expose?')).toEqual([
      'Quillstack and Lanternpad: which port each one expose?',
    ]);
  });

  it('keeps "Of A, B and C, which ones …?" one question choosing among the things named', () => {
    const question = 'Of Quillstack, Lanternpad and Ferngate, which ones use a cache?';
    expect(splitQuestion(question)).toEqual([question]);
    expect(splitQuestion('Among Quillstack and Lanternpad, which port does the proxy expose?')).toHaveLength(1);
    // Things named without "of", "among" or "between" before one question are still split off.
    expect(splitQuestion('Quillstack, Lanternpad and Ferngate, which ones use a cache?')).toHaveLength(2);
  });

  it('still splits two things named before a question not asking of each, or things not joined by "and"', () => {
    expect(splitQuestion('Quillstack and Lanternpad, which port does the proxy expose?')).toHaveLength(2);
    expect(splitQuestion('the ledger or the cache, which port each one expose?')).toHaveLength(2);
  });

  it('keeps to one question after a bare topic, not a clause with a verb or two questions (mutation session 45)', () => {
    expect(splitQuestion('Quillstack needs a ledger and a cache, which port does each one expose?')).toHaveLength(2);
    expect(splitQuestion('Quillstack and Lanternpad, which port does each expose, and is TLS needed?')).toContain('is TLS needed?');
  });
});

describe('splitQuestion: how long and how plain a bare topic is (mutation session 44)', () => {
  const ask = ', how many users and how many nodes?';

  it('gives a topic of six words to each question, but not one of eight', () => {
    expect(splitQuestion(`Quillstack nightly test load big cluster${ask}`)).toEqual([
      'Quillstack nightly test load big cluster: how many users',
      'Quillstack nightly test load big cluster: how many nodes?',
    ]);
    expect(splitQuestion(`Quillstack nightly test load on the big cluster${ask}`)).toEqual([
      'Quillstack nightly test load on the big cluster',
      'how many users',
      'how many nodes?',
    ]);
  });

  it('reads an auxiliary written with a capital as one, so the piece is no bare topic', () => {
    expect(splitQuestion(`Does Quillstack load${ask}`)).toEqual(['Does Quillstack load', 'how many users', 'how many nodes?']);
  });
});

describe('splitQuestion: a second part scoped to its own product', () => {
  it('splits at ", and in P which …" and ", and for P what …", each part keeping its own scope', () => {
    expect(splitQuestion("Quillstack's ledger listens on which port, and in Lanternpad which part is the proxy?")).toEqual([
      "Quillstack's ledger listens on which port",
      'in Lanternpad which part is the proxy?',
    ]);
    expect(splitQuestion('Quillstack: which cache is used, and for Lanternpad what store?')).toEqual([
      'Quillstack: which cache is used',
      'for Lanternpad what store?',
    ]);
  });

  it('keeps one question when the scope after "and" is not followed by a question word, or no comma comes before it', () => {
    expect(splitQuestion('Which port in Quillstack, and in Lanternpad?')).toHaveLength(1);
    expect(splitQuestion('Which port does the ledger use in Quillstack and in Lanternpad which part?')).toHaveLength(1);
  });
});

describe('splitQuestion: a condition holding a number with thousands grouped by a comma', () => {
  it('ends the condition at the clause comma, not inside "4,000", and keeps the figure whole in every part', () => {
    expect(
      splitQuestion('If some 4,000 clients use Quillstack at once, by how much should the cache grow, and what problem does that solve?'),
    ).toEqual([
      'If some 4,000 clients use Quillstack at once, by how much should the cache grow',
      'If some 4,000 clients use Quillstack at once, what problem does that solve?',
    ]);
  });

  it('still splits at a comma followed by a figure that is not three digits long', () => {
    expect(splitQuestion('If we run 40,50 workers, by how much should the cache grow, and what problem does that solve?')[0]).toMatch(
      /^If we run 40, by how much/,
    );
  });
});

describe('answerQuestion: a product left out of a question across products', () => {
  const catalogue = [buildAskArchitecture(), buildLanternpad()];

  it('answers of the other products, never of the one left out', () => {
    const besides = answerQuestion('Which products besides Quillstack need a ledger database?', catalogue);
    expect(besides.answer ?? besides.declined ?? '').not.toMatch(/^Quillstack/);
    expect(besides.sources.every((source) => !source.url.startsWith('/architectures/quillstack/'))).toBe(true);
    // The name left out is no word to match, so the part asked for is found in the others.
    expect(answerQuestion('Which products besides Lanternpad need a ledger database?', catalogue).answer).toContain(
      'Quillstack: Ledger database',
    );
    // So is a name left out that another product's part also carries.
    const sso = buildComponentInput({
      id: 'sso',
      name: 'Lanternpad SSO',
      role: 'identity-provider',
      technology: 'Lanternpad',
      purpose: 'Signs users in.',
      necessity: { level: 'optional', source: 'authgear-self-managed#resources-reference' },
    });
    const shared = [buildAskArchitectureWith([buildLedgerInput(), sso]), buildLanternpad()];
    expect(answerQuestion('Which products besides Lanternpad use PostgreSQL?', shared).answer).toContain('Quillstack: Ledger database');
    const used = answerQuestion('Which products use Quillstack?', catalogue);
    expect(used.sources.every((source) => !source.url.startsWith('/architectures/quillstack/'))).toBe(true);
  });
});
