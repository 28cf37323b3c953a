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

  it('keeps a request after the question ("Also please tell which …."), which asks as a question does', () => {
    expect(
      read(
        'Hi team, we plan a pilot. Does Quillstack need the worker? Also please tell us which of its parts you recommend running as managed services.',
      ),
    ).toBe('Does Quillstack need the worker? Also please tell us which of its parts you recommend running as managed services.');
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

  it('reads the words before a colon and a question asked under a condition ("if …, will …?") as story', () => {
    expect(read('Hi Sam, risk review for Quillstack: if the ledger goes down, will the API keep working? Thanks, Ana')).toBe(
      'Quillstack: if the ledger goes down, will the API keep working?',
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

describe('readLetter: which text is a letter and which sentences ask (mutation session 36)', () => {
  it('returns a text with no greeting or sign-off exactly as given, the spaces around it included', () => {
    const text = ' The audit is on Friday. Which port does the Quillstack API listen on? ';
    expect(read(text)).toBe(text);
  });

  it('trims what is left of a letter once its sign-off is dropped', () => {
    expect(read('  What does the Quillstack worker do? Thanks, Ana')).toBe('What does the Quillstack worker do?');
  });

  it('reads a sentence ending in a question mark as asking though no question word opens it', () => {
    expect(read('Hi Sam, the review is on Friday. Just checking, the Quillstack worker runs jobs? Thanks, Ana')).toBe(
      'Just checking, the Quillstack worker runs jobs?',
    );
  });

  it('returns the whole body, story and all, when no sentence of several asks', () => {
    expect(read('Hi Sam, the review is on Friday. Please send the Quillstack API port. Thanks, Ana')).toBe(
      'the review is on Friday. Please send the Quillstack API port.',
    );
  });
});

describe('readLetter: which story sentences are kept (mutation session 36)', () => {
  it('keeps a count when the question asks for a number, though it computes nothing', () => {
    // "How many nodes …" expects a number without being a computation.
    expect(read('Hi Sam, we plan three ledger nodes. How many nodes does the Quillstack ledger run on? Thanks, Ana')).toBe(
      'we plan three ledger nodes. How many nodes does the Quillstack ledger run on?',
    );
  });

  it('keeps a fragment after the question of eight words at most', () => {
    // Eight words: just, the, application, box, please, not, the, ledger.
    expect(read('Hi Sam, what is the total vCPU of Quillstack? Just the application box please, not the ledger. Thanks, Ana')).toBe(
      'what is the total vCPU of Quillstack? Just the application box please, not the ledger.',
    );
    // Ten words.
    expect(
      read('Hi Sam, what is the total vCPU of Quillstack? Just the application box and worker please, not the ledger. Thanks, Ana'),
    ).toBe('what is the total vCPU of Quillstack?');
  });

  it('reads a layout named in the story with no product beside it as a layout of the product the question names', () => {
    expect(read('Hi Sam, we run it clustered for high availability. Which port does the Quillstack API listen on? Thanks, Ana')).toBe(
      'we run it clustered for high availability. Which port does the Quillstack API listen on?',
    );
  });
});

describe('readLetter: a product whose name alone reads as one of its layouts (mutation session 36)', () => {
  const cite = 'authgear-self-managed#introduction';
  /** "Quillstack Cloud", whose name is the head of its hosted layout's name: the name alone reads as that layout. */
  const cloud = buildAskArchitecture({
    product: 'Quillstack Cloud',
    variants: [
      { id: 'standard', name: 'Standard', summary: 'One box.', source: cite },
      { id: 'hosted', name: 'Quillstack Cloud (hosted)', summary: 'Hosted.', source: cite },
      { id: 'clustered', name: 'Clustered setup', summary: 'Many nodes.', source: cite },
    ],
  });
  const alone = buildFactIndex([cloud]);
  const withLanternpad = buildFactIndex([cloud, buildLanternpad()]);

  it('keeps a story sentence naming another layout than the one the name reads as', () => {
    expect(readLetter('Hi Sam, we run the clustered setup. Which port does the Quillstack Cloud API listen on? Thanks, Ana', alone)).toBe(
      'we run the clustered setup. Which port does the Quillstack Cloud API listen on?',
    );
  });

  it('drops a story sentence naming no layout beyond the one the name reads as', () => {
    expect(readLetter('Hi Sam, the review is on Friday. Which port does the Quillstack Cloud API listen on? Thanks, Ana', alone)).toBe(
      'Which port does the Quillstack Cloud API listen on?',
    );
    expect(
      readLetter(
        'Hi Sam, we compare Quillstack Cloud and Lanternpad. The review is on Friday. Which port does the API listen on? Thanks, Ana',
        withLanternpad,
      ),
    ).toBe('Quillstack Cloud and Lanternpad: Which port does the API listen on?');
  });
});

describe('readLetter: a question pointing back at the sentence before it (mutation session 36)', () => {
  it('reads "that" ending the question as pointing at nothing', () => {
    expect(read('Hi Sam, the review is on Friday. Which Quillstack part runs that? Thanks, Ana')).toBe('Which Quillstack part runs that?');
  });

  it('reads the word after "that", not the one before it ("in that row")', () => {
    expect(read('Hi Sam, the Quillstack ledger has a retention row. What does it list in that row? Thanks, Ana')).toBe(
      'the Quillstack ledger has a retention row. What does it list in that row?',
    );
  });

  it('keeps nothing for a story sentence that points back; only an asking one does', () => {
    expect(
      read('Hi Sam, the Quillstack ledger has a retention row. We keep that row short. What does the Quillstack worker do? Thanks, Ana'),
    ).toBe('What does the Quillstack worker do?');
  });
});

describe('readLetter: the products that lead the asking sentences (mutation session 36)', () => {
  const both = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);

  it('leads with nothing when the letter names no product', () => {
    expect(read('Hi Sam, the review is on Friday. Which port does the API listen on? Thanks, Ana')).toBe(
      'Which port does the API listen on?',
    );
  });

  it('leads with nothing when the question names one of the products the story names', () => {
    expect(
      readLetter('Hi Sam, we compare Quillstack and Lanternpad. Which port does the Quillstack API listen on? Thanks, Ana', both),
    ).toBe('Which port does the Quillstack API listen on?');
  });

  it('leads with every product the story names, joined by "and", when the question names none', () => {
    expect(readLetter('Hi Sam, we compare Quillstack and Lanternpad. Which port does the API listen on? Thanks, Ana', both)).toBe(
      'Quillstack and Lanternpad: Which port does the API listen on?',
    );
  });

  it('reads a layout the story names of either product the letter names', () => {
    expect(
      readLetter(
        'Hi Sam, we run Quillstack and Lanternpad. We run it clustered for high availability. Which port does the API listen on? Thanks, Ana',
        both,
      ),
    ).toBe('Quillstack and Lanternpad: We run it clustered for high availability. Which port does the API listen on?');
  });

  it('leads no question about a known product archkb lacks, written in lower case', () => {
    // "okta" is a product archkb knows of but does not describe; in lower case it is no unknown capitalised name.
    expect(read('Hi Sam, we run Quillstack today. How much memory does okta need? Thanks, Ana')).toBe('How much memory does okta need?');
  });
});
