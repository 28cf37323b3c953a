import { describe, expect, it } from 'vitest';
import { answerQuestion, buildFactIndex } from '../../../src/lib/ask/index.ts';
import { readLetter } from '../../../src/lib/ask/read-letter.ts';
import { buildAskArchitecture, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

const index = buildFactIndex([buildAskArchitecture()]);
const read = (text: string) => readLetter(text, index);

describe('readLetter', () => {
  it('returns a question with no greeting or sign-off as it is, story and all', () => {
    const text = 'The audit is on Friday. Which port does the Quillstack API listen on?';
    expect(read(text)).toBe(text);
  });

  it('drops the greeting, the sign-off and a story sentence with no figure, and leads with the product the story named', () => {
    expect(read('Hi Sam, the platform guild is moving Quillstack next quarter. Which port does the API listen on? Thanks, Ana')).toBe(
      'Quillstack: Which port does the API listen on?',
    );
    expect(read('Hello team — which port does the Quillstack API listen on? The review is next week. Cheers!')).toBe(
      'which port does the Quillstack API listen on?',
    );
  });

  it('keeps a story sentence that gives a figure, and one giving a count only when a number is asked', () => {
    expect(read('Hi Sam, we expect 300 sign-ins per second. How much CPU does Quillstack need? Thanks, Ana')).toBe(
      'we expect 300 sign-ins per second. How much CPU does Quillstack need?',
    );
    expect(read('Hi Sam, we plan three API nodes. How many vCPU does the Quillstack API need in total? Thanks')).toBe(
      'we plan three API nodes. How many vCPU does the Quillstack API need in total?',
    );
    expect(read('Hi Sam, we have one team on it. What does the Quillstack worker do? Thanks')).toBe('What does the Quillstack worker do?');
  });

  it('keeps a story sentence that names one of the layouts of a product the letter names', () => {
    expect(read('Hi Sam, we run Quillstack clustered for high availability. Which port does the API listen on? Thanks, Ana')).toBe(
      'we run Quillstack clustered for high availability. Which port does the API listen on?',
    );
  });

  it('drops a story sentence naming only the first layout, which is read when none is named', () => {
    // The worker links Quillstack through a part only, so the product the story names leads.
    expect(read('Hi Sam, finance wants the standard Quillstack setup costed. What does the worker do? Thanks, Ana')).toBe(
      'Quillstack: What does the worker do?',
    );
  });

  it('reads the words before a colon and a question word as story', () => {
    expect(read('Hi Sam, ops needs the details for Quillstack: which port does the API listen on? Thanks, Ana')).toBe(
      'Quillstack: which port does the API listen on?',
    );
  });

  it("drops a figure told after the last question, which is the team's own and no load the question gives", () => {
    expect(read('Hi Sam, how much CPU does the Quillstack API need per node? We measured 7 cores last week. Thanks, Ana')).toBe(
      'how much CPU does the Quillstack API need per node?',
    );
  });

  it('keeps the story sentence a question points back at with "that <noun>", not for a "that" opening a clause', () => {
    expect(read('Hi Sam, the Quillstack ledger has a retention row. What does it list under that row? Thanks, Ana')).toBe(
      'the Quillstack ledger has a retention row. What does it list under that row?',
    );
    expect(read('Hi Sam, the review is on Friday. Which Quillstack part is the one that should run first? Thanks, Ana')).toBe(
      'Which Quillstack part is the one that should run first?',
    );
  });

  it('reads no figure in a name or a date ("ticket SEC-412", "eu-central-1", "the 30th")', () => {
    expect(read('Hi Sam, ticket SEC-412 is due on the 30th for eu-central-1. What does the Quillstack worker do? Thanks, Ana')).toBe(
      'What does the Quillstack worker do?',
    );
  });

  it('reads "the one that runs" as a clause and "that ledger" as naming its part, neither pointing back', () => {
    expect(read('Hi Sam, the review is on Friday. Which Quillstack part is the one that handles tenants? Thanks, Ana')).toBe(
      'Which Quillstack part is the one that handles tenants?',
    );
    expect(read('Hi Sam, the review is on Friday. What does that ledger keep for Quillstack? Thanks, Ana')).toBe(
      'What does that ledger keep for Quillstack?',
    );
  });

  it('keeps a short fragment after the question that names a part, which says what the question covers', () => {
    expect(read('Hi Sam, what is the total vCPU of Quillstack? Just the application box, not the ledger. Thanks, Ana')).toBe(
      'what is the total vCPU of Quillstack? Just the application box, not the ledger.',
    );
  });

  it('keeps no fragment after the question that names only products', () => {
    expect(read('Hi Sam, what does the Quillstack worker do? We have the Quill figures already. Thanks, Ana')).toBe(
      'what does the Quillstack worker do?',
    );
  });

  it('leads no question about a product archkb lacks with the products the story compares it with', () => {
    expect(read('Hi Sam, we run Quillstack today. How much memory does Keycloak need? Thanks, Ana')).toBe(
      'How much memory does Keycloak need?',
    );
  });

  it('leads with the product the story named when the asking sentence links another only through a part of its', () => {
    // "stream" is a word of Lanternpad's event stream alone, which links that product less surely than a name.
    const two = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);
    expect(readLetter('Hi Sam, the guild is moving Quillstack next quarter. What does the event stream do? Thanks, Ana', two)).toBe(
      'Quillstack: What does the event stream do?',
    );
  });

  it('reads the sentences opening with a question word as asking in a letter typed without question marks', () => {
    expect(read('Hi Sam, the review is on Friday. What does the Quillstack worker do. Thanks, Ana')).toBe(
      'What does the Quillstack worker do.',
    );
  });

  it('returns the body when the letter asks nothing with a question mark or is one sentence', () => {
    expect(read('Hi Sam, please send the Quillstack API port. Thanks, Ana')).toBe('please send the Quillstack API port.');
  });
});

describe('answerQuestion: a question written as a letter', () => {
  it('answers as the bare question does, whatever the story around it says', () => {
    const architectures = [buildAskArchitecture()];
    const bare = answerQuestion('What does the Quillstack worker do?', architectures);
    const letter = answerQuestion(
      'Hi Sam, the steering group reviews the ledger budget on Friday. What does the Quillstack worker do? Thanks, Ana',
      architectures,
    );
    expect(letter.answer).toBe(bare.answer);
    expect(letter.answer).toMatch(/^Quillstack \(Standard\): Quill worker: Runs background jobs/);
  });
});
