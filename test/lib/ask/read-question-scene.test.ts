import { describe, expect, it } from 'vitest';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { readQuestionOver } from '../../fixtures/read-question-over.ts';

const index = buildFactIndex([buildAskArchitecture(), buildLanternpad()]);
const read = (question: string) => readQuestion(question, index);
const productsOf = (question: string) => read(question).products.map((product) => product.id);

describe('readQuestion: a move from one product to another', () => {
  it('asks of the product a move goes to when the question asks "which" part, a word that sets nothing side by side', () => {
    expect(productsOf('Moving from Lanternpad to Quillstack: which part runs the jobs?')).toEqual(['quillstack']);
  });

  it('keeps both products when the question compares them ("vs", "than")', () => {
    expect(productsOf('Moving from Lanternpad to Quillstack: is Quillstack lighter than Lanternpad?').sort()).toEqual([
      'lanternpad',
      'quillstack',
    ]);
  });

  it('asks of the other product when the question ends on the one a move leaves ("after we move off A", "move over from A")', () => {
    expect(productsOf('Could Quillstack take our arm64 nodes after we move off Lanternpad?')).toEqual(['quillstack']);
    expect(productsOf('Is our database enough for Quillstack when we move over from Lanternpad?')).toEqual(['quillstack']);
    expect(productsOf('Migrating away from Lanternpad, does Quillstack need a cache?')).toEqual(['quillstack']);
    // The move's other words are not the product left: "from A to B" still leaves only A.
    expect(productsOf('We are moving from Lanternpad to Quillstack, so which part runs the jobs?')).toEqual(['quillstack']);
  });

  it('keeps the product a move leaves when the question names it again beyond the move ("from A to B: A\'s guide …")', () => {
    expect(productsOf("Moving from Lanternpad to Quillstack: Lanternpad's guide says what, and which part runs the jobs?").sort()).toEqual([
      'lanternpad',
      'quillstack',
    ]);
    // Named only in the move, it stays left behind.
    expect(productsOf('Moving from Lanternpad to Quillstack: which part runs the jobs?')).toEqual(['quillstack']);
  });

  it('keeps the products when the move leaves every one of them', () => {
    expect(productsOf('Moving off Lanternpad and Quillstack to bare metal: memory?').sort()).toEqual(['lanternpad', 'quillstack']);
  });

  it('keeps the products when the move names neither as the one left', () => {
    expect(productsOf('Moving from bare metal to the cloud: Quillstack or Lanternpad memory?').sort()).toEqual([
      'lanternpad',
      'quillstack',
    ]);
  });
});

describe('readQuestion: the scene a left-aside product sets', () => {
  it('puts the name of a product only the scene names among the scene words, once', () => {
    const scene = read('We run Lanternpad today. Does Quillstack need a session cache?').scene;
    expect(scene.filter((token) => token === 'lanternpad')).toHaveLength(1);
  });

  it('keeps every product the scene names when the asking sentence names none of them', () => {
    expect(productsOf('We run Lanternpad and Quillstack. What needs a session cache?').sort()).toEqual(['lanternpad', 'quillstack']);
  });

  it('drops the scene product when a possessive after the asked product\'s name is that product\'s own ("for its setup")', () => {
    expect(productsOf('Lanternpad runs a session cache. Does Quillstack need one for its own setup?')).toEqual(['quillstack']);
    // Before the asked product's name, or not possessive ("support it"), the word may point back at the scene.
    expect(productsOf('Lanternpad runs a session cache. For its setup, does Quillstack need one?').sort()).toEqual([
      'lanternpad',
      'quillstack',
    ]);
    expect(productsOf('Lanternpad runs a session cache. Does Quillstack support it?').sort()).toEqual(['lanternpad', 'quillstack']);
  });

  it('keeps the order of products when the asking sentence names each of them', () => {
    expect(productsOf('We run it. Does Quillstack or Lanternpad need a session cache?')).toEqual(
      productsOf('Does Quillstack or Lanternpad need a session cache?'),
    );
  });
});

describe('readQuestion: yes or no, by a short statement', () => {
  const yesNo = (question: string) => readQuestionOver(question).yesNo;

  it('reads a verb of what a product does among the first seven words, not later', () => {
    expect(yesNo('Quillstack in the two clustered zones needs a cache?')).toBe(true);
    expect(yesNo('Quillstack in the two big clustered zones needs a cache?')).toBe(false);
  });

  it('reads a short statement of up to fourteen words ("sign-in" is two) as yes or no, not one of fifteen', () => {
    expect(yesNo('Quillstack needs a session cache for the sign-in worker in all its zones?')).toBe(true);
    expect(yesNo('Quillstack needs a session cache for the sign-in worker in each of its zones?')).toBe(false);
  });

  it('reads an outcome of three words before the condition, not four', () => {
    expect(yesNo('Quillstack: keeps serving sign-ins if the ledger or the session cache is down for an hour?')).toBe(true);
    expect(yesNo('Quillstack: keeps serving all sign-ins if the ledger or the session cache is down for an hour?')).toBe(false);
  });
});

describe('readQuestion: a product named on one side of a comparison', () => {
  /** Quillstack with a part named after Lanternpad, beside Lanternpad itself. */
  const hostingIndex = buildFactIndex([
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'board', name: 'Lanternpad board', role: 'application-service', technology: 'Lanternpad' }),
    ]),
    buildLanternpad(),
  ]);
  const linked = (question: string) =>
    readQuestion(question, hostingIndex)
      .products.map((product) => product.id)
      .sort();

  it('keeps a product named after a comparison word that opens the question', () => {
    expect(linked('Compare Lanternpad and Quillstack node count')).toEqual(['lanternpad', 'quillstack']);
  });

  it("reads a name before the comparison word as the other product's part when that product is on both sides", () => {
    expect(linked('Quillstack with Lanternpad vs Quillstack alone: node count?')).toEqual(['quillstack']);
  });
});

describe('readQuestion: a trial run no fact speaks of', () => {
  it('asks nothing of the facts by a trial-run word ("for my pilot"), and keeps other words no fact holds', () => {
    expect(index.vocabulary.has('pilot')).toBe(false);
    expect(read('For my Quillstack pilot, does it need a session cache?').content).not.toContain('pilot');
    expect(read('For my Quillstack pilot, does it need a session cache?').content).toContain('cache');
    expect(index.vocabulary.has('garage')).toBe(false);
    expect(read('For my Quillstack garage, does it need a session cache?').content).toContain('garage');
  });
});

describe("readQuestion: a plan's aim", () => {
  it('asks no resource named only as what a plan saves, and keeps the aim in the scene', () => {
    const aimed = read('Can I turn off the Quillstack session cache to save some RAM?');
    expect(aimed.resources).toEqual([]);
    expect(aimed.scene).toEqual(expect.arrayContaining(['save', 'memory']));
    expect(read('How much RAM does turning off the Quillstack session cache save?').resources).toEqual(['memoryGiB']);
    // An aim verb without "to" is the question's own verb: "does it save memory" asks about memory.
    expect(read('Does turning off the Quillstack session cache save memory?').resources).toEqual(['memoryGiB']);
    expect(read('Can I turn off the Quillstack session cache to save money?').scene).toEqual(expect.arrayContaining(['save', 'money']));
  });
});

describe('readQuestion: an asking sentence that only points back', () => {
  it('asks of the parts the sentence before names; its other words set the scene', () => {
    const reading = read('We saw the Quill worker in the egress logs of Quillstack. What does it do?');
    expect(reading.scene).toEqual(expect.arrayContaining(['egress', 'log']));
    expect(reading.scene).not.toContain('worker');
    expect(reading.scene).not.toContain('quillstack');
  });

  it('sets no such scene for a bare label or an asking sentence with words of its own', () => {
    expect(read('Blast radius of the Quill worker in the egress logs of Quillstack. (a)').scene).toEqual([]);
    expect(read('We saw the Quill worker in the egress logs of Quillstack. What does the worker do?').scene).not.toContain('worker');
  });
});
