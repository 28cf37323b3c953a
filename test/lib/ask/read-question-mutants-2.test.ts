import { describe, expect, it } from 'vitest';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { findAskingText, findMainClause } from '../../../src/lib/ask/read-question.ts';
import type { Architecture } from '../../../src/schemas/architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { readQuestionOver } from '../../fixtures/read-question-over.ts';

const cite = 'authgear-self-managed#introduction';

/** The ids of the products a question over a fresh index of the catalogue names. */
const productsOf = (architectures: Architecture[], question: string) =>
  readQuestion(question, buildFactIndex(architectures)).products.map((product) => product.id);

/*
 * Second round of fixture tests for survivors of the mutation run over read-question.ts (issue 19): each test pins one
 * reading the question must have, worked out from what the question asks, not from the engine's output.
 */

describe('findMainClause: a topic label before the question', () => {
  it('drops a label ended by a dash, two dashes or an en dash, but not by three dashes or a dash inside a word', () => {
    expect(findMainClause('quillstack ha - does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic -- does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic \u2013 does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic --- does it need a cache?')).toBe('topic --- does it need a cache?');
    expect(findMainClause('topic-does it need a cache?')).toBe('topic-does it need a cache?');
  });

  it("drops a short framing phrase before a comma and a yes/no opener, but not a question word's phrase", () => {
    expect(findMainClause('out of the box, does the server run workers?')).toBe('does the server run workers?');
    expect(findMainClause('in practice, can one worker do?')).toBe('can one worker do?');
    expect(findMainClause('what instance size, should we pick?')).toBe('what instance size, should we pick?');
    expect(findMainClause('the five biggest teams in two regions, do they share it?')).toBe(
      'the five biggest teams in two regions, do they share it?',
    );
  });

  it('drops a label however many spaces stand around its colon or dash', () => {
    expect(findMainClause('topic:  does it?')).toBe('does it?');
    expect(findMainClause('topic  - does it?')).toBe('does it?');
    expect(findMainClause('topic -  does it?')).toBe('does it?');
    expect(findMainClause('topic  \u2013 does it?')).toBe('does it?');
    expect(findMainClause('topic \u2013  does it?')).toBe('does it?');
  });

  it('drops a label ended by a colon and a space, but keeps a colon that a figure follows', () => {
    expect(findMainClause('topic: does it?')).toBe('does it?');
    expect(findMainClause('x: does it?')).toBe('does it?');
    expect(findMainClause('topic: 3 nodes?')).toBe('topic: 3 nodes?');
  });

  it('lets a dot inside a version stand in a label, but not a full stop before a space', () => {
    expect(findMainClause('chart 3.x - does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('done. quick one: does it need a cache?')).toBe('done. quick one: does it need a cache?');
  });

  it('takes the label up to the first dash only, so a second dash stays in the question', () => {
    expect(findMainClause('a - b - does it need a cache?')).toBe('b - does it need a cache?');
  });

  it('reads a label of up to sixty characters, and none longer', () => {
    expect(findMainClause(`${'a'.repeat(60)} - does it?`)).toBe('does it?');
    const long = `${'a'.repeat(61)} - does it?`;
    expect(findMainClause(long)).toBe(long);
  });

  it('reads no label in a clause that opens asking ("does it need two parts: a and b?")', () => {
    expect(findMainClause('does it need two parts: a and b?')).toBe('does it need two parts: a and b?');
  });
});

describe('findMainClause: leading conditions', () => {
  it('follows up to three conditions in a row, and keeps the fourth', () => {
    expect(findMainClause('for x, on aws, if we keep two zones, what breaks?')).toBe('what breaks?');
    expect(findMainClause('for x, on aws, in prod, with two zones, what breaks?')).toBe('with two zones, what breaks?');
  });

  it('keeps the whole sentence when a lone word after the comma only closes it as a tag', () => {
    expect(findMainClause('for prod we can pull it from there, right?')).toBe('for prod we can pull it from there, right?');
  });

  it('drops the condition before two words joined by a sign ("cpu + memory")', () => {
    expect(findMainClause('for x, cpu + memory?')).toBe('cpu + memory?');
  });
});

describe('findMainClause: a condition with no comma', () => {
  it('starts the question at the last auxiliary after a condition of three words or more', () => {
    expect(findMainClause('if it fails does x go down?')).toBe('does x go down?');
    expect(findMainClause('if the vault does backups and it fails does x go down?')).toBe('does x go down?');
  });

  it('keeps a condition of two words ("if so") as part of the question', () => {
    expect(findMainClause('if so does x go down?')).toBe('if so does x go down?');
    expect(findMainClause('if  so does x go down?')).toBe('if  so does x go down?');
  });

  it('starts at the last of three auxiliaries, not the second', () => {
    expect(findMainClause('if the job that does backups does not finish does x go down?')).toBe('does x go down?');
  });

  it('needs the question mark at the very end, spaces after it aside', () => {
    expect(findMainClause('if it fails does x go down? ')).toBe('does x go down? ');
    expect(findMainClause('if the vault fails does x go down? maybe')).toBe('if the vault fails does x go down? maybe');
  });

  it('reads the opening "when" as a condition, not as a question word', () => {
    expect(findMainClause('when the vault has an outage does x go down?')).toBe('does x go down?');
  });

  it('keeps the whole clause when a question word follows the condition, or when a full stop ends it as a statement', () => {
    expect(findMainClause('if the cache fails what does x do?')).toBe('if the cache fails what does x do?');
    expect(findMainClause('if the vault has an outage does x go down.')).toBe('if the vault has an outage does x go down.');
  });

  it('reads a dictated question with no punctuation at all as asking from its last auxiliary', () => {
    expect(findMainClause('if the vault has an outage does x go down')).toBe('does x go down');
    expect(findMainClause('if my backend checks the tokens itself can we drop the resolver')).toBe('can we drop the resolver');
  });
});

describe("findMainClause: the asker's situation before a comma", () => {
  it('drops a situation opened by "we\'re", with a straight or a curly apostrophe, when a question follows', () => {
    expect(findMainClause("we're deploying x for 8k users, do we need y?")).toBe('do we need y?');
    expect(findMainClause('we\u2019re deploying x for 8k users, do we need y?')).toBe('do we need y?');
  });

  it('keeps a situation that a statement, not a question, follows', () => {
    expect(findMainClause('we run x on three nodes, it needs a cache')).toBe('we run x on three nodes, it needs a cache');
  });
});

describe('findAskingText: labels and joined sentences', () => {
  it('reads a label of three to eighty characters before a colon as a sentence of its own', () => {
    expect(findAskingText('Abc: which cache is it?')).toBe('which cache is it?');
    expect(findAskingText(`${'b'.repeat(80)}: which cache is it?`)).toBe('which cache is it?');
  });

  it('reads no label of two characters or of more than eighty', () => {
    expect(findAskingText('Ab: which cache is it?')).toBe('Ab: which cache is it?');
    const long = `${'b'.repeat(81)}: which cache is it?`;
    expect(findAskingText(long)).toBe(long);
  });

  it('reads a label only before a question word, in any case', () => {
    expect(findAskingText('Note: the cache is big?')).toBe('Note: the cache is big?');
    expect(findAskingText('Sizing: Which cache is it?')).toBe('Which cache is it?');
    expect(findAskingText('Sizing:  which cache is it?')).toBe('which cache is it?');
  });

  it('splits a statement joined by ", so" or ", but" to a question, and not one joined to a statement', () => {
    expect(findAskingText('The ledger is our store, so why is there a cache?')).toBe('why is there a cache?');
    expect(findAskingText('The ledger is our store, but does it need a cache?')).toBe('does it need a cache?');
    expect(findAskingText('The ledger is our store, so it needs a cache?')).toBe('The ledger is our store, so it needs a cache?');
    expect(findAskingText('The ledger is our store,  so why is there a cache?')).toBe('why is there a cache?');
    expect(findAskingText('The ledger is our store, so  why is there a cache?')).toBe('why is there a cache?');
  });

  it('reads a text that only opens with ", so" as one sentence', () => {
    expect(findAskingText(', so why is there a cache?')).toBe(', so why is there a cache?');
  });

  it('keeps every asking sentence, the last one with spaces after its question mark included', () => {
    expect(findAskingText('Which ledger? We run it. Which cache?  ')).toBe('Which ledger? Which cache?  ');
  });
});

describe('readQuestion: names of products archkb does not know', () => {
  it('reads a unit a figure is asked in ("in MiB", "TiB") as no name, though capitalised and not in the facts', () => {
    expect(readQuestionOver('How much memory does the Quillstack API want, in MiB?').unknownNames).toEqual([]);
    expect(readQuestionOver('How much memory does the Quillstack API want, in Frobbytes?').unknownNames).toEqual(['Frobbytes']);
  });

  it('reads a capitalised word after a version number as a name, since a dot inside a word ends no sentence', () => {
    expect(readQuestionOver('Does the Quillstack 2.0 Frobnicator plugin work?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads a name glossed by a model code the facts use ("Frobchip c7g") as known, and one glossed by an unknown code as not', () => {
    const onC7g = () => [buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the API on c7g instances.' })])];
    expect(readQuestionOver('Does Quillstack run on Frobchip c7g?', onC7g()).unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack run on Frobchip c7g?').unknownNames).toEqual(['Frobchip']);
  });

  it('reads a name glossed in brackets and quotes by a known name as known, but not one glossed by a plain word', () => {
    expect(readQuestionOver('Does Quillstack run on Frobchip ("Ledger")?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack run on Frobchip (ledger)?').unknownNames).toEqual(['Frobchip']);
  });

  it('reads a name after "such" and a word other than "as" as asked, not as an example', () => {
    expect(readQuestionOver('Does Quillstack support such asynchronous Frobnicator jobs?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads no name in a word that opens with a digit', () => {
    expect(readQuestionOver('Does Quillstack need 3dFrob?').unknownNames).toEqual([]);
  });
});

describe('readQuestion: a "what" opening with the name of a setting', () => {
  const withSettings = (names: string[]) =>
    buildAskArchitectureWith([
      buildQuillApiInput({
        settings: names.map((name) => ({
          name,
          value: '3',
          status: 'default' as const,
          source: 'authgear-self-managed#deployment-options',
        })),
      }),
    ]);

  it('asks for the setting whose whole name, without its bracket, follows "what"', () => {
    // "token cache size (above 100 tenants)": no word of the question is a setting cue, so all three are the head's.
    expect(readQuestionOver('What token cache size does Quillstack need?').attributes.get('setting')).toBe(3);
    // "cache.console" is a name of two words.
    expect(readQuestionOver('What cache console does Quillstack need?').attributes.get('setting')).toBe(3);
  });

  it('asks for no setting when only the start of its name follows "what"', () => {
    expect(readQuestionOver('What token cache does Quillstack need?').attributes.has('setting')).toBe(false);
  });

  it('takes no setting name of one word for the head ("what frobcount")', () => {
    expect(readQuestionOver('What frobcount does Quillstack use?', [withSettings(['frobcount'])]).attributes.has('setting')).toBe(false);
    expect(readQuestionOver('What frob count does Quillstack use?', [withSettings(['frob count'])]).attributes.get('setting')).toBe(3);
  });
});

describe('readQuestion: a product named by the technology of its component', () => {
  /** A product whose one component, "<Product> core", runs `technology`; `extra` adds components. */
  const runner = (id: string, product: string, technology: string, extra: Parameters<typeof buildComponentInput>[0][] = []) =>
    buildArchitecture({
      id,
      product,
      components: [
        buildComponentInput({ id: `${id}-core`, name: `${product} core`, role: 'application-service', technology, source: cite }),
        ...extra.map((component) => buildComponentInput(component)),
      ],
    });
  /** Birch: a Redis store that gives Frob as an example, plus `extra` components. */
  const birch = (extra: Parameters<typeof buildComponentInput>[0][] = []) =>
    buildArchitecture({
      id: 'birch',
      product: 'Birch',
      components: [
        buildComponentInput({
          id: 'birch-store',
          name: 'Birch store',
          role: 'cache',
          technology: 'Redis',
          examples: ['Frob'],
          source: cite,
        }),
        ...extra.map((component) => buildComponentInput(component)),
      ],
    });

  it('links the product running the technology named, not one running a technology of more words that starts with it', () => {
    expect(
      productsOf([runner('alder', 'Alder', 'Frob Quasar'), runner('birch', 'Birch', 'Frob')], 'Which settings does Frob use?'),
    ).toEqual(['birch']);
  });

  it('links neither product when both run the technology named', () => {
    expect(productsOf([runner('alder', 'Alder', 'Frob'), runner('birch', 'Birch', 'Frob')], 'Which settings does Frob use?')).toEqual([]);
  });

  it('links the product running a technology another only gives as an example', () => {
    expect(productsOf([runner('alder', 'Alder', 'Frob'), birch()], 'Which settings does Frob use?')).toEqual(['alder']);
  });

  it('does not let a technology decide when the question names component words of both products', () => {
    expect(productsOf([runner('alder', 'Alder', 'Frob'), birch()], 'Where do the core and the store keep Frob data?')).toEqual([]);
  });

  it('takes no component whose name is only a bracket as named in full', () => {
    const sidecar = { id: 'sidecar', name: '(Frobsidecar)', role: 'application-service' as const, technology: 'Envoy', source: cite };
    expect(productsOf([runner('alder', 'Alder', 'Frob'), birch([sidecar])], 'Where do the core and the store keep data?')).toEqual([]);
  });
});

describe('readQuestion: a bare "Why?"', () => {
  it('adds three to the purpose the word "why" already cues, after a statement or alone', () => {
    // "why" is a purpose cue (one), and a bare "Why?" at the end adds three.
    expect(readQuestionOver('The Quillstack worker fails. Why?').attributes.get('purpose')).toBe(4);
    expect(readQuestionOver('Why?').attributes.get('purpose')).toBe(4);
    expect(readQuestionOver('The Quillstack worker fails. Why ?').attributes.get('purpose')).toBe(4);
  });

  it('adds nothing when a sentence follows the "Why?"', () => {
    expect(readQuestionOver('The Quillstack worker fails. Why? It is odd.').attributes.get('purpose')).toBe(1);
  });
});

describe('readQuestion: expecting a number', () => {
  it('reads "how many" after a bullet of two dashes as asking for a count', () => {
    expect(readQuestionOver('-- How many workers does Quillstack run?').expectsNumber).toBe(true);
  });

  it('reads "what size of" inside a sentence as asking for a figure, with or without words before "size"', () => {
    expect(readQuestionOver('Tell me what size of disk the Quillstack ledger needs').expectsNumber).toBe(true);
    expect(readQuestionOver('Tell me what the usual size of a Quillstack ledger disk is').expectsNumber).toBe(true);
  });

  it('reads "how many" right after the verb of a yes/no question as asking for a count, whatever the verb\'s form', () => {
    for (const question of [
      'Does the Quillstack API need how many replicas?',
      'Does the Quillstack API use how much memory?',
      'Does the Quillstack ledger keep how many backups?',
      'Does the Quillstack worker take how much memory?',
      'Does the Quillstack API start how many workers?',
      'Should the Quillstack worker run how many replicas?',
    ])
      expect(readQuestionOver(question).expectsNumber, question).toBe(true);
  });

  it('still expects a count when "which" comes after "how many" rather than opening the clause', () => {
    expect(readQuestionOver('Tell me how many workers run which Quillstack jobs').expectsNumber).toBe(true);
  });
});

describe('readQuestion: the scene a question sets', () => {
  it('sets no scene when a pointing yes/no names no part of its own', () => {
    expect(readQuestionOver('We run Quillstack in three regions. Does that mean more sign-ins per second?').scene).toEqual([]);
  });

  it('lets a pointing yes/no that names its own part set the scene, a closing "doesn\'t it?" aside', () => {
    // "That" points back and "it" only closes the tag: the question names the ledger's backups, the first sentence is its situation.
    const scene = ['run', 'quillstack', 'three', 'multi', 'region'];
    expect(readQuestionOver("We run Quillstack in three regions. That needs the ledger database backups, doesn't it?").scene).toEqual(
      scene,
    );
    expect(readQuestionOver('We run Quillstack in three regions. That needs the ledger database backups, doesn\u2019t it?').scene).toEqual(
      scene,
    );
  });

  it('lets a label set the scene of a question about "each" product named, whose "its" points at them', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    const labelled = 'Quick line for a procurement sheet: which ledger does each of Quillstack and Lanternpad use for its own data?';
    expect(readQuestionOver(labelled, catalogue).scene).toEqual(['quick', 'procurement', 'sheet']);
    // Without "each", or with a pointing word other than the possessive, the label may be what "it" means.
    expect(readQuestionOver('Quick line for a procurement sheet: which ledger does Quillstack use for its data?', catalogue).scene).toEqual(
      [],
    );
    const pointing = 'Quick line for a procurement sheet: which ledger does each of Quillstack and Lanternpad use for it?';
    expect(readQuestionOver(pointing, catalogue).scene).toEqual([]);
  });

  it('reads "each … its" as pointing at products only when the asking sentence names one', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    // "each component" names no product: the label may still be what "its" means, so it sets no scene.
    const unnamed = 'Quick line for a procurement sheet: which ledger does each component use for its own data?';
    expect(readQuestionOver(unnamed, catalogue).scene).toEqual([]);
  });

  it('sets no scene when a question after the scene has only two words of its own', () => {
    expect(readQuestionOver('We run two regions. Does the worker need the ledger?').scene).toEqual([]);
  });

  it('lets a question asked first stand with two words of its own only when a sentence of words follows it', () => {
    expect(readQuestionOver('Does the worker need the ledger? We run two regions.').scene).toEqual(['run', 'two', 'multi', 'region']);
    expect(readQuestionOver('Does the worker need the ledger? 3000 users here.').scene).toEqual([]);
  });

  it('sets no scene in a question of one sentence, even with an embedded "figure out which"', () => {
    expect(readQuestionOver('Help me figure out which parts Quillstack runs on it').scene).toEqual([]);
  });
});

describe('readQuestion: content, resources and comparing', () => {
  it('keeps a generic noun as content when no "what" or "which" comes before it', () => {
    expect(readQuestionOver('Services are needed for Quillstack?').content).toEqual(['service', 'quillstack']);
  });

  it('reads no resource from "resource" in a question that neither computes nor compares', () => {
    expect(readQuestionOver('Where are the Quillstack resource definitions documented?').resources).toEqual([]);
  });

  it('compares two named products joined by "and"', () => {
    expect(readQuestionOver('Do Quillstack and Lanternpad need memory?', [buildAskArchitecture(), buildLanternpad()]).compare).toBe(true);
  });

  it('reads a known product of two words as another product unless every word of it names a part of the product asked', () => {
    const withPart = (name: string) => [
      buildAskArchitectureWith([
        buildQuillApiInput(),
        buildComponentInput({ id: 'part', name, role: 'reverse-proxy', technology: 'Nginx' }),
      ]),
    ];
    // "server" alone is a word of Quillstack's "Web server"; "code server" as a whole is another product.
    expect(readQuestionOver('Does Quillstack work with code server?', withPart('Web server')).otherProducts).toContainEqual({
      name: 'code server',
      category: 'cloud-development-environments',
    });
    expect(readQuestionOver('Does Quillstack work with code server?', withPart('Code server')).otherProducts).toEqual([]);
  });
});

describe('readQuestion: short yes/no questions without an auxiliary', () => {
  it('reads a predicate question of up to eight words as yes/no, and not one of nine', () => {
    expect(readQuestionOver('Quillstack session cache for the ledger database required?').yesNo).toBe(true);
    expect(readQuestionOver('Quillstack session cache for the ledger database really required?').yesNo).toBe(false);
  });

  it('reads an outcome asked in up to eight words after a condition as yes/no, and not one in nine', () => {
    expect(readQuestionOver('If the ledger fails, the Quillstack sign-in page and API stop working?').yesNo).toBe(true);
    expect(readQuestionOver('If the ledger fails, the Quillstack sign-in page and whole API stop working?').yesNo).toBe(false);
  });

  it('reads a tag word asked on its own as yes/no only with its question mark', () => {
    expect(readQuestionOver('Someone told me Quillstack needs a cache. Correct?').yesNo).toBe(true);
    expect(readQuestionOver('Someone told me Quillstack needs a cache. Correct').yesNo).toBe(false);
  });

  it('reads "y/n" and "yes or no" as asking yes or no', () => {
    expect(readQuestionOver('Quillstack ledger database backups y/n').yesNo).toBe(true);
    expect(readQuestionOver('Quillstack ledger required, yes or no?').yesNo).toBe(true);
  });
});

describe("readQuestion: an unknown acronym of a named product's component", () => {
  /** Quillstack's API beside a sync part ("LedgerDatabase Sync", so "LDS") and any other parts given. */
  const withSync = (name = 'LedgerDatabase Sync', purpose = 'Copies the ledger to the reporting store.', extra: string[] = []) => [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'ledger-sync', name, role: 'application-service', technology: 'Quill', purpose }),
      ...extra.map((other, i) => buildComponentInput({ id: `other-${i}`, name: other, role: 'application-service', technology: 'Quill' })),
    ]),
  ];
  const textOf = (question: string, architectures: Architecture[]) => readQuestion(question, buildFactIndex(architectures)).text;

  it('writes out a plural acronym as the one name it abbreviates', () => {
    expect(textOf('What do the Quillstack LDSs do?', withSync())).toBe('What do the Quillstack LedgerDatabase Sync do?');
  });

  it('writes out the name before its bracket', () => {
    expect(textOf('What does the Quillstack LDS do?', withSync('LedgerDatabase Sync (LDX)'))).toBe(
      'What does the Quillstack LedgerDatabase Sync do?',
    );
  });

  it("leaves an acronym that two parts' names share, one the facts use, one in small letters, or one no named product has", () => {
    expect(textOf('What does the Quillstack LDS do?', withSync(undefined, undefined, ['LogDrain Store']))).toBe(
      'What does the Quillstack LDS do?',
    );
    expect(textOf('What does the Quillstack LDS do?', withSync(undefined, 'Copies the ledger over LDS links.'))).toBe(
      'What does the Quillstack LDS do?',
    );
    expect(textOf('What does the Quillstack lds do?', withSync())).toBe('What does the Quillstack lds do?');
    expect(textOf('What does the LDS do?', withSync())).toBe('What does the LDS do?');
  });
});

describe('readQuestion: typo correction', () => {
  it('corrects up to eight unknown words, so a typo after eight unknown words stays as written', () => {
    expect(readQuestionOver('zzqa zzqb zzqc zzqd zzqe zzqf zzqg ledgr').tokens.at(-1)).toBe('ledger');
    expect(readQuestionOver('zzqa zzqb zzqc zzqd zzqe zzqf zzqg zzqh ledgr').tokens.at(-1)).toBe('ledgr');
  });

  it('counts the share of content words corrected', () => {
    // One of eight content words ("ledgr") was corrected.
    expect(readQuestionOver('zzqa zzqb zzqc zzqd zzqe zzqf zzqg ledgr').corrected).toBe(1 / 8);
  });

  it('corrects a function word missing a letter or with two letters swapped, but not one with a letter changed', () => {
    expect(readQuestionOver('Shoud the Quillstack ledger keep backups?').tokens[0]).toBe('should');
    expect(readQuestionOver('Shuold the Quillstack ledger keep backups?').tokens[0]).toBe('should');
    expect(readQuestionOver('Quillstack at nigth?').tokens).not.toContain('might');
  });

  it('corrects a function-word typo of eight letters, but never a word of three letters towards a longer one', () => {
    expect(readQuestionOver('What does Quillstack say regardng backups?').tokens).toContain('regarding');
    expect(readQuestionOver('Quillstack teh ledger?').tokens).toEqual(['quillstack', 'teh', 'ledger']);
  });
});

describe('readQuestion: a capability asks what a part is for', () => {
  it('reads "which capabilities" as asking for the purpose, as "which parts" does not', () => {
    expect(readQuestionOver('Which capabilities does the Quillstack cache add?').attributes.get('purpose')).toBe(5);
    expect(readQuestionOver('Which capability does the Quillstack cache add?').attributes.get('purpose')).toBe(5);
    expect(readQuestionOver('Which parts does the Quillstack cache add?').attributes.get('purpose')).toBe(1);
  });
});

describe('readQuestion: more forms of the question words', () => {
  it('asks for the setting whose name follows "which", or a "what" that is not the first word', () => {
    expect(readQuestionOver('Which token cache size does Quillstack need?').attributes.get('setting')).toBe(3);
    expect(readQuestionOver('For Quillstack, what token cache size is needed?').attributes.get('setting')).toBe(3);
  });

  it('reads "Y/N" opening the question as asking yes or no', () => {
    expect(readQuestionOver('Y/N Quillstack keeps ledger backups').yesNo).toBe(true);
  });

  it('drops an alternative that names again only the part the first clause names', () => {
    expect(readQuestionOver('Is the Quillstack ledger enough, or is the ledger too small?').text).toBe('Is the Quillstack ledger enough?');
  });

  it('reads a capitalised word the facts use as no unknown name', () => {
    expect(readQuestionOver('Does Quillstack need a Ledger?').unknownNames).toEqual([]);
  });

  it("reads a word of the product's own layout name as mentioned by the product", () => {
    const cite = 'authgear-self-managed#introduction';
    const withEdition = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API.', source: cite },
        { id: 'frobshift', name: 'Frobshift edition', summary: 'Several API nodes.', source: cite },
      ],
    });
    const reading = readQuestion('Does Quillstack run on Frobshift?', buildFactIndex([withEdition]));
    expect(reading.unmentionedNames).toEqual([]);
    expect(reading.unknownNames).toEqual([]);
  });

  it('names a product inside another when it comes after a word of comparing at the very start', () => {
    const hosting = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'board', name: 'Lanternpad board', role: 'application-service', technology: 'Lanternpad' }),
    ]);
    const lanternpad = buildLanternpad({
      components: [buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' })],
    });
    expect(productsOf([hosting, lanternpad], 'Compare Lanternpad with Quillstack')).toEqual(['quillstack', 'lanternpad']);
  });
});

describe('readQuestion: a product named by words only its facts use', () => {
  /** A product whose parts each have one purpose. */
  const withPurposes = (id: string, product: string, purposes: string[]) =>
    buildArchitecture({
      id,
      product,
      components: purposes.map((purpose, i) =>
        buildComponentInput({
          id: `${id}-part-${i}`,
          name: `${product} part ${i}`,
          role: 'application-service',
          technology: 'Quill',
          purpose,
          source: cite,
        }),
      ),
    });
  /** Alder speaks of zorbite (in two facts) and quasar vents; Alder and Birch both speak of frobnium pellets. */
  const catalogue = () => [
    withPurposes('alder', 'Alder', ['Grinds frobnium pellets into zorbite.', 'Cools the zorbite with quasar vents.']),
    withPurposes('birch', 'Birch', ['Keeps frobnium pellets cold.']),
  ];

  it('links the product by two words only its facts use, however often it uses them', () => {
    expect(readQuestion('Where does zorbite meet quasar?', buildFactIndex(catalogue())).products).toEqual([
      { id: 'alder', certainty: 0.6 },
    ]);
  });

  it('links no product by one such word, or by words two products use', () => {
    expect(productsOf(catalogue(), 'Where does zorbite go?')).toEqual([]);
    expect(productsOf(catalogue(), 'Where do frobnium pellets go?')).toEqual([]);
  });
});

describe('findMainClause: a condition with no comma before an alternative', () => {
  it('ends the condition at the question, not at the alternative "or is it fine"', () => {
    expect(findMainClause('if the vault has an outage does x go down or is it fine?')).toBe('does x go down or is it fine?');
    expect(readQuestionOver('If the ledger has an outage does Quillstack go down or is it fine?').outcome).toBe('fail');
  });
});

describe('readQuestion: a slip of an opener whose token is cut shorter', () => {
  it('reads "dose" as "does", so it is no word to look up', () => {
    const reading = readQuestionOver('Dose the Quillstack ledger keep backups?');
    expect(reading.content).not.toContain('dose');
    expect(reading.yesNo).toBe(true);
    expect(readQuestionOver('Does the Quillstack ledger keep backups?').content).toEqual(reading.content);
  });
});

describe('findAskingText: a bare check takes the claim before it', () => {
  it('joins a check to the sentence it checks, and leaves it alone when told not to', () => {
    expect(findAskingText('The ledger needs a cache. Correct?')).toBe('The ledger needs a cache. Correct?');
    expect(findAskingText('The ledger needs a cache. Correct?', false)).toBe('Correct?');
  });

  it('drops a label of three to sixty characters before the claim, and keeps a shorter one', () => {
    expect(findAskingText('Assumption in our draft: the ledger needs a cache. Correct?')).toBe('the ledger needs a cache. Correct?');
    expect(findAskingText('Ab: the ledger needs a cache. Correct?')).toBe('Ab: the ledger needs a cache. Correct?');
  });

  it('joins nothing to a check that opens the text', () => {
    expect(findAskingText('Correct? The ledger needs a cache.')).toBe('Correct?');
  });

  it('joins nothing when one of the asking sentences asks something of its own', () => {
    expect(findAskingText('The ledger needs a cache. Correct? Which cache?')).toBe('Correct? Which cache?');
  });

  it('takes a question opening with a question word as asking for what is stated', () => {
    expect(findAskingText('The ledger needs a cache. What does the vendor say?')).toBe('What does the vendor say?');
    expect(findAskingText('The ledger needs a cache. What, correct?')).toBe('What, correct?');
  });

  it('takes a short question about "that" with a word naming the source as a check, up to seven words', () => {
    expect(findAskingText('The ledger needs a cache. Is that what the vendor docs say?')).toBe(
      'The ledger needs a cache. Is that what the vendor docs say?',
    );
    expect(findAskingText('The ledger needs a cache. Is that what the vendor docs say now?')).toBe('Is that what the vendor docs say now?');
    expect(findAskingText('The ledger needs a cache. Is that a ledger?')).toBe('Is that a ledger?');
  });

  it('takes a question naming only where to look as no check, and one with a check word and the source as one', () => {
    expect(findAskingText('The ledger needs a cache. Vendor docs?')).toBe('Vendor docs?');
    expect(findAskingText('The ledger needs a cache. Right, the docs?')).toBe('The ledger needs a cache. Right, the docs?');
  });

  it('takes a check holding any other word as a question of its own, and a "what" inside a check as pointing back', () => {
    expect(findAskingText('The ledger needs a cache. Right for the ledger?')).toBe('Right for the ledger?');
    expect(findAskingText('The ledger needs a cache. Correct, or what?')).toBe('The ledger needs a cache. Correct, or what?');
  });
});
