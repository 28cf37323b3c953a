import { describe, expect, it } from 'vitest';
import { findAskingText } from '../../../src/lib/ask/read-question.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { readQuestionOver } from '../../fixtures/read-question-over.ts';

const cite = 'authgear-self-managed#introduction';

/** Quillstack and Lanternpad, built afresh for each question so no index cache is shared. */
const both = () => [buildAskArchitecture(), buildLanternpad()];
const readBoth = (question: string) => readQuestionOver(question, both());
const productIds = (question: string, architectures = both()) =>
  readQuestionOver(question, architectures).products.map((product) => product.id);

describe('readQuestion: the kind a "what" or "which" asks for', () => {
  it('adds three to the cue right after "which" on top of its own count', () => {
    // "port" counts once as a cue and three more as the word after "which".
    expect(readQuestionOver('Which ports does Quillstack use?').attributes.get('port')).toBe(4);
    // "port" and "listen" are both port cues: two, plus three for "port" after "which".
    expect(readQuestionOver('Which port does the Quillstack API listen on?').attributes.get('port')).toBe(5);
  });

  it('looks past a name for the cue, but only up to three words after "what"', () => {
    expect(readQuestionOver('What Quillstack ports are exposed?').attributes.get('port')).toBe(4);
    // "port" is the fourth word after "what": it counts only as a plain cue.
    expect(readQuestionOver('What Quillstack ledger database port is open?').attributes.get('port')).toBe(1);
  });

  it('stops at an auxiliary right after "what": "what is X\'s port" gives the port cue no extra weight', () => {
    expect(readQuestionOver("What is Quillstack's port?").attributes.get('port')).toBe(1);
  });

  it('gives no attribute a word of the question does not cue', () => {
    expect(readQuestionOver('Total of Quillstack?').attributes.size).toBe(0);
  });
});

describe('readQuestion: resources asked', () => {
  it('reads no resource from a CPU word followed by a share word ("CPU target")', () => {
    expect(readQuestionOver('What CPU target does the Quillstack autoscaler aim at?').resources).toEqual([]);
  });

  it('reads no resource from a CPU word after a share word ("target CPU %"), and still reads one elsewhere', () => {
    expect(readQuestionOver('Quillstack autoscaling defaults - target cpu % and max replicas?').resources).not.toContain('vcpu');
    const both = readQuestionOver('Quillstack autoscaling - target cpu % and memory per pod?').resources;
    expect(both).toContain('memoryGiB');
    expect(both).not.toContain('vcpu');
  });

  it('reads CPU and memory for "more resources" or "fewer resources" across products', () => {
    expect(readBoth('Which needs more resources, Quillstack or Lanternpad?').resources).toEqual(['vcpu', 'memoryGiB']);
    expect(readBoth('Which needs fewer resources, Quillstack or Lanternpad?').resources).toEqual(['vcpu', 'memoryGiB']);
  });

  it('reads no resource from a computing word alone, and only the named one beside "resources"', () => {
    expect(readQuestionOver('Total of Quillstack?').resources).toEqual([]);
    expect(readQuestionOver('Total memory resources of Quillstack?').resources).toEqual(['memoryGiB']);
  });
});

describe('readQuestion: content words and numbers', () => {
  it('leaves whole and decimal numbers out of the content words, keeping the unit', () => {
    const reading = readQuestionOver('Quillstack memory for 12 workers and 2.25 GB');
    expect(reading.content).toEqual(['quillstack', 'memory', 'worker', 'gb']);
    expect(reading.numbers.map((number) => [number.value, number.unit, number.position])).toEqual([
      [12, undefined, 3],
      [2.25, 'gb', 6],
    ]);
  });

  it('says no word was corrected when the question has no content words at all', () => {
    expect(readQuestionOver('what is it?').corrected).toBe(0);
  });

  it('asks for a computation when the question gives a number, even without a computing word', () => {
    expect(readQuestionOver('Quillstack memory for 12 workers').compute).toBe(true);
    expect(readQuestionOver('Quillstack memory for the workers').compute).toBe(false);
  });
});

describe('readQuestion: comparing, extremes and sides', () => {
  it('compares two named products even with no comparing word', () => {
    expect(readBoth('Does Quillstack or Lanternpad need memory?').compare).toBe(true);
  });

  it('reads "smallest" as the minimum and "largest" as the maximum, and neither otherwise', () => {
    expect(readQuestionOver('What is the smallest Quillstack layout?')).toMatchObject({ extreme: 'min', comparative: 'less' });
    expect(readQuestionOver('What is the largest Quillstack layout?')).toMatchObject({ extreme: 'max', comparative: 'more' });
    expect(readQuestionOver('What is the Quillstack layout?')).toMatchObject({ extreme: null, comparative: null });
  });

  it('reads "lighter" as asking for less and "heavier" for more', () => {
    expect(readBoth('Which is lighter, Quillstack or Lanternpad?').comparative).toBe('less');
    expect(readBoth('Which is heavier, Quillstack or Lanternpad?').comparative).toBe('more');
  });

  it('reads "cap" as the limit side and "reserve" as the request side', () => {
    expect(readQuestionOver('Quillstack CPU cap').side).toBe('limit');
    expect(readQuestionOver('Quillstack CPU reserve').side).toBe('request');
    expect(readQuestionOver('Quillstack CPU').side).toBeNull();
  });

  it('reads each cloud named once, in the order named', () => {
    expect(readQuestionOver('Quillstack on Azure and AWS, or AWS alone').clouds).toEqual(['azure', 'aws']);
    expect(readQuestionOver('Quillstack on our own servers').clouds).toEqual([]);
  });
});

describe('readQuestion: the outcome a question asks about', () => {
  it('reads the outcome before the trailing condition, so "goes down" in the condition does not count', () => {
    expect(readQuestionOver('Does Quillstack keep working if the ledger goes down?').outcome).toBe('survive');
    expect(readQuestionOver('Does Quillstack stop working if the ledger goes down?').outcome).toBe('fail');
  });

  it('reads no outcome when the clause asks whether it depends on a part', () => {
    expect(readQuestionOver('Does Quillstack depend on the ledger staying up?').outcome).toBeNull();
    expect(readQuestionOver('What does the Quillstack ledger hold?').outcome).toBeNull();
  });
});

describe('readQuestion: polarity of necessity', () => {
  it('reads "no need" and "not strictly required" as asking whether it can go', () => {
    expect(readQuestionOver('Is there no need for the Quillstack session cache?')).toMatchObject({
      negativeNecessity: true,
      positiveNecessity: false,
    });
    expect(readQuestionOver('Is the Quillstack session cache not strictly required?')).toMatchObject({
      negativeNecessity: true,
      positiveNecessity: false,
    });
  });

  it('reads a plain "need" as asking whether it is needed', () => {
    expect(readQuestionOver('Does Quillstack need the session cache?')).toMatchObject({
      negativeNecessity: false,
      positiveNecessity: true,
    });
  });
});

describe('readQuestion: yes/no questions', () => {
  it('reads the question after a leading condition, so "if …, can X …" asks yes or no', () => {
    expect(readQuestionOver('If the ledger goes down, can Quillstack keep running?').yesNo).toBe(true);
    expect(readQuestionOver('For Quillstack, on AWS, if the ledger goes down, does the worker keep running?').yesNo).toBe(true);
  });

  it('reads the question after a short topic label', () => {
    expect(readQuestionOver('Quick one: does Quillstack need a worker?').yesNo).toBe(true);
    expect(readQuestionOver('Quillstack HA - what does the worker do?').yesNo).toBe(false);
  });

  it('reads a question of at most eight words with a necessity word and a question mark (or no closing mark) as yes/no', () => {
    expect(readQuestionOver('Quillstack session cache needed?').yesNo).toBe(true);
    // Eight words still ask yes or no; nine do not.
    expect(readQuestionOver('Quillstack session cache needed for the clustered layout?').yesNo).toBe(true);
    expect(readQuestionOver('Quillstack session cache needed for the clustered ledger layout?').yesNo).toBe(false);
    // Closed by a full stop it names a topic; with no closing mark at all it still asks (dictated, typed in haste).
    expect(readQuestionOver('Quillstack session cache optional.').yesNo).toBe(false);
    expect(readQuestionOver('Quillstack session cache optional').yesNo).toBe(true);
    // A question word in it asks for a thing, not yes or no.
    expect(readQuestionOver('Which Quillstack cache is required?').yesNo).toBe(false);
  });

  it('drops the flip side of a yes/no question, "or does something break without it"', () => {
    expect(readQuestionOver('Can we skip the Quillstack session cache, or does something break without it?').text).toBe(
      'Can we skip the Quillstack session cache?',
    );
    // A question that does not open with a yes/no word keeps its "or".
    expect(readQuestionOver('What does the Quillstack ledger keep, or does it keep nothing?').text).toBe(
      'What does the Quillstack ledger keep, or does it keep nothing?',
    );
    // An alternative naming a part the first clause does not offers another option, which is asked too.
    expect(readQuestionOver('Is the Quillstack ledger enough, or should we add the session cache?').text).toBe(
      'Is the Quillstack ledger enough, or should we add the session cache?',
    );
  });
});

describe('readQuestion: questions that expect a number', () => {
  it('expects a number for "how big", "how long", "what size", "which version" and "which port"', () => {
    for (const question of [
      'About how big is the Quillstack ledger?',
      'How long does Quillstack keep sessions?',
      'What size is the Quillstack ledger?',
      'Which version does Quillstack run?',
      'Which port does Quillstack use?',
    ])
      expect(readQuestionOver(question).expectsNumber, question).toBe(true);
  });

  it('expects a number after a topic label and after "and"', () => {
    expect(readQuestionOver('Quillstack ledger: how many rows?').expectsNumber).toBe(true);
    expect(readQuestionOver('The Quillstack ledger and how many workers?').expectsNumber).toBe(true);
  });

  it('expects no number from a question that asks what something does', () => {
    expect(readQuestionOver('What does the Quillstack worker do?').expectsNumber).toBe(false);
  });
});

describe('readQuestion: the scene before the question', () => {
  it('reads the words only the scene-setting sentence uses as the scene when the asking sentence stands alone', () => {
    expect(readQuestionOver('We run Quillstack. Which ledger settings matter?').scene).toEqual(['run', 'quillstack']);
  });

  it('needs three content words in the asking sentence for it to stand alone', () => {
    expect(readQuestionOver('We run Quillstack. Which ledger settings?').scene).toEqual([]);
  });

  it('reads an asking sentence that points back ("it", "that") as having no scene', () => {
    expect(readQuestionOver('We run Quillstack. Which ledger settings matter for it?').scene).toEqual([]);
  });

  it('reads the words before an embedded question ("figure out which …") as the scene', () => {
    expect(
      readQuestionOver('We run Quillstack on three continents and are trying to figure out which parts run outside. What are they?').scene,
    ).toEqual(['quillstack', 'three', 'continent', 'trying']);
  });

  it('reads no scene from a question of one sentence', () => {
    expect(readQuestionOver('Which Quillstack ledger settings matter for the session cache?').scene).toEqual([]);
  });
});

describe('readQuestion: topics archkb never holds', () => {
  const noGuarantees = /no service-level guarantees/;

  it('declines a topic the asking sentence asks', () => {
    expect(readQuestionOver('What SLA does Quillstack give?').unanswerable).toMatch(noGuarantees);
  });

  it('does not decline a topic only the scene-setting sentence names', () => {
    expect(readQuestionOver('We worry about the balancer SLA. What does Quillstack suggest for the ledger?').unanswerable).toBeNull();
  });

  it('does not decline a topic only a condition names', () => {
    expect(readQuestionOver('What can I do if the Quillstack ledger SLA is not enough?').unanswerable).toBeNull();
  });
});

describe('findAskingText', () => {
  it('returns a question of one sentence as it is', () => {
    expect(findAskingText('What does the ledger keep?')).toBe('What does the ledger keep?');
    expect(findAskingText('the ledger, e.g. accounts')).toBe('the ledger, e.g. accounts');
  });

  it('keeps the sentences that ask and drops the others', () => {
    expect(findAskingText('We run two sites. Which ledger? And which cache?')).toBe('Which ledger? And which cache?');
  });

  it('takes the last sentence when no sentence asks', () => {
    expect(findAskingText('We run two sites. Tell me the ledger size.')).toBe('Tell me the ledger size.');
  });

  it('does not end a sentence at "e.g.", "i.e.", "etc.", "vs." or "approx."', () => {
    expect(findAskingText('We run two sites. Keep the ledger, e.g. accounts.')).toBe('Keep the ledger, e.g. accounts.');
    expect(findAskingText('We keep caches, i.e. sessions.')).toBe('We keep caches, i.e. sessions.');
    expect(findAskingText('Ledger vs. cache sizes?')).toBe('Ledger vs. cache sizes?');
    expect(findAskingText('Caches, queues etc. are up.')).toBe('Caches, queues etc. are up.');
    expect(findAskingText('It holds approx. two rows.')).toBe('It holds approx. two rows.');
    expect(findAskingText('It holds incl. two rows.')).toBe('It holds incl. two rows.');
  });
});

describe('readQuestion: how surely a named product is linked', () => {
  it('links a product named by two of its words fully, not beyond certain', () => {
    const studio = [buildAskArchitecture(), buildLanternpad({ product: 'Lanternpad Studio' })];
    expect(readQuestionOver('Does Lanternpad Studio need a cache?', studio).products).toEqual([{ id: 'lanternpad', certainty: 1 }]);
  });

  it('links a product by a name of three letters', () => {
    const zed = [buildAskArchitecture(), buildLanternpad({ id: 'zed', product: 'Zed', vendor: 'Zeta Co.' })];
    expect(readQuestionOver('What does Zed need?', zed).products).toEqual([{ id: 'zed', certainty: 1 }]);
  });

  it('links a product by its vendor’s name', () => {
    expect(readBoth('What does Lantern Co. ship?').products).toEqual([{ id: 'lanternpad', certainty: 1 }]);
  });

  it('links the product whose component words far outweigh another’s a little less surely than one it names', () => {
    const certwell = buildArchitecture({
      id: 'certwell',
      product: 'Certwell',
      components: [buildComponentInput({ id: 'cert-store', name: 'Certificate store', role: 'secrets-manager', source: cite })],
    });
    expect(
      readQuestionOver('Which ledger setting keeps the worker session rows, and where do certificates go?', [
        buildAskArchitecture(),
        certwell,
      ]).products,
    ).toEqual([{ id: 'quillstack', certainty: 0.6 }]);
  });

  it('links the product whose component the question names in full by words only it uses at 0.6', () => {
    const daemon = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'frobcored', name: 'frobcored', role: 'application-service', purpose: 'Serves boards to users.' }),
      buildComponentInput({ id: 'boards', name: 'Boards', role: 'application-service', purpose: 'Holds the boards.' }),
    ]);
    const boards = buildLanternpad({
      components: [buildComponentInput({ id: 'user-boards', name: 'User boards', role: 'application-service', purpose: 'One per user.' })],
    });
    expect(readQuestionOver('What does frobcored expose to users and boards?', [daemon, boards]).products).toEqual([
      { id: 'quillstack', certainty: 0.6 },
    ]);
  });

  it('reads a product named as another product’s component as that component, unless it is set against it outright', () => {
    const bundling = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'lantern-sso', name: 'Lanternpad', role: 'identity-provider', technology: 'Lanternpad' }),
    ]);
    const catalogue = [bundling, buildLanternpad()];
    expect(readQuestionOver('What does Lanternpad do in Quillstack?', catalogue).products.map((p) => p.id)).toEqual(['quillstack']);
    expect(
      readQuestionOver('Where does Quillstack terminate TLS, compared with Lanternpad’s reference design?', catalogue).products.map(
        (p) => p.id,
      ),
    ).toEqual(['quillstack', 'lanternpad']);
  });

  it('links the one product that runs a technology as a component at 0.6, though another lists it as an example', () => {
    const runs = buildLanternpad({
      components: [
        buildComponentInput({ id: 'blob-store', name: 'Blob store (Frobstore, or S3)', role: 'object-storage', technology: 'Frobstore' }),
      ],
    });
    const lists = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({
        id: 'files',
        name: 'File storage',
        role: 'object-storage',
        technology: 'S3-compatible storage',
        examples: ['S3', 'Frobstore'],
      }),
    ]);
    expect(readQuestionOver('Should the Frobstore console stay on?', [lists, runs]).products).toEqual([
      { id: 'lanternpad', certainty: 0.6 },
    ]);
    expect(readQuestionOver('Should the Frobstore console stay on?', [lists]).products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('links the one product whose facts alone use two of the question’s words at 0.6', () => {
    const boards = buildLanternpad({
      components: [
        buildComponentInput({
          id: 'canvas',
          name: 'Canvas service',
          role: 'application-service',
          technology: 'Node.js',
          purpose: 'Renders the frobnotes and the glimmer boards.',
        }),
      ],
    });
    expect(readQuestionOver('How much memory do frobnotes on glimmer boards take?', [buildAskArchitecture(), boards]).products).toEqual([
      { id: 'lanternpad', certainty: 0.6 },
    ]);
  });
});

describe('readQuestion: which words of a product’s name name it', () => {
  it('takes a word of the product’s id as its name even when other products’ facts use it often', () => {
    const ledgerBox = [buildAskArchitecture(), buildLanternpad({ id: 'ledger-box', product: 'Ledger Box' })];
    expect(readQuestionOver('Does Ledger need a cache?', ledgerBox).products).toEqual([{ id: 'ledger-box', certainty: 1 }]);
  });

  it('does not take a name word other products’ facts use often, so "the ledger" is still Quillstack’s part', () => {
    const named = [buildAskArchitecture(), buildLanternpad({ product: 'Lanternpad Ledger' })];
    expect(readQuestionOver('What does the ledger keep?', named).products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('never takes a function word of a product’s name ("The") as naming it', () => {
    const theFrob = [buildAskArchitecture(), buildLanternpad({ id: 'frob', product: 'The Frob' })];
    expect(readQuestionOver('What does the ledger keep?', theFrob).products).toEqual([{ id: 'quillstack', certainty: 0.7 }]);
  });

  it('never takes a two-letter word of the vendor’s name ("Co.") as naming the product', () => {
    expect(productIds('Is the Quillstack API co-located with the worker?')).toEqual(['quillstack']);
  });
});

describe('readQuestion: the layout meant by the words of its name', () => {
  const gates = () => [
    buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Moatgate', summary: 'One API.', source: cite },
        { id: 'clustered', name: 'Drawbridge', summary: 'Several API nodes.', source: cite },
      ],
    }),
  ];

  it('takes the layout more of whose name words the question uses, wherever it comes', () => {
    const reading = readQuestionOver('Is the Moatgate or the clustered Drawbridge layout of Quillstack bigger?', gates());
    expect(reading.variants.get('quillstack')).toBe('clustered');
  });

  it('keeps the first layout in catalogue order when two layouts’ words weigh the same', () => {
    expect(readQuestionOver('Is the Moatgate or the Drawbridge layout of Quillstack bigger?', gates()).variants.get('quillstack')).toBe(
      'standard',
    );
    expect(readQuestionOver('Is the Drawbridge or the Moatgate layout of Quillstack bigger?', gates()).variants.get('quillstack')).toBe(
      'standard',
    );
  });
});

describe('readQuestion: names the product asked about never mentions', () => {
  /** Lanternpad whose event stream runs on "Glimmerbus" between arm64 nodes: words Quillstack never uses. */
  const glimmer = () => [
    buildAskArchitecture(),
    buildLanternpad({
      components: [
        buildComponentInput({
          id: 'events',
          name: 'Event stream',
          role: 'message-broker',
          technology: 'Glimmerbus',
          purpose: 'Carries events between arm64 nodes.',
        }),
      ],
    }),
  ];

  it('reads a name only another product uses as one the product asked about never mentions', () => {
    expect(readQuestionOver('Does Quillstack support Glimmerbus?', glimmer()).unmentionedNames).toEqual(['Glimmerbus']);
  });

  it('leaves another product’s component name to the yes/no answer when the question asks whether it is needed', () => {
    expect(readQuestionOver('Does Quillstack need Glimmerbus?', glimmer()).unmentionedNames).toEqual([]);
  });

  it('reads a lower-case platform identifier ("arm64") as a name, even in a question of necessity', () => {
    expect(readQuestionOver('Does Quillstack run on arm64 machines?', glimmer()).unmentionedNames).toEqual(['arm64']);
    expect(readQuestionOver('Does Quillstack need arm64 machines?', glimmer()).unmentionedNames).toEqual(['arm64']);
  });

  it('reads a name glossed in brackets by a name the product uses as that name', () => {
    expect(readQuestionOver('Does Quillstack support Glimmerbus (Ledger)?', glimmer()).unmentionedNames).toEqual([]);
  });
});

describe('readQuestion: names archkb cannot place', () => {
  it('reads a capitalised word nothing places as an unknown name', () => {
    expect(readQuestionOver('Does Quillstack support Frobnicator?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads a name glossed by a known name in brackets as that name, but not one glossed by a plain word', () => {
    expect(readQuestionOver('Does Quillstack support Frobnicator (Ledger)?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack support Frobnicator (ledger)?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads a name followed by a model code the product uses, or glossing it in brackets, as that code', () => {
    const qz17 = () => [
      buildAskArchitecture({ hosts: [], components: [buildQuillApiInput({ purpose: 'Serves the API on qz17 machines.' })] }),
    ];
    expect(readQuestionOver('Does Quillstack run Frobnicator qz17 machines?', qz17()).unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack run on Frobnicator qz17?', qz17()).unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack run on qz17 (Frobnicator)?', qz17()).unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack run on Frobnicator?', qz17()).unknownNames).toEqual(['Frobnicator']);
  });

  it('reads a name glossed by words it only partly knows as unknown', () => {
    expect(readQuestionOver('Does Quillstack support Frobnicator (Ledger-Zarq)?').unknownNames).toEqual(['Frobnicator']);
  });

  it('skips names given as examples ("like", "e.g.", "such as" and the words after it)', () => {
    expect(readQuestionOver('Does Quillstack support Frobnicator like Zarquon?').unknownNames).toEqual(['Frobnicator']);
    expect(readQuestionOver('Does Quillstack support e.g. Zarquon?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack support tools such as Zarquon Flux?').unknownNames).toEqual([]);
  });

  it('skips a capital that only opens a sentence, a word of two letters and a version', () => {
    expect(readQuestionOver('Quillstack. Frobnicator is what?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack support Xy or V12x?').unknownNames).toEqual([]);
  });
});

describe('readQuestion: acronyms of a named product’s components', () => {
  const synced = () => [
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'lds', name: 'LedgerDatabase Sync (replication)', role: 'job-worker', technology: 'Quill' }),
      buildComponentInput({ id: 'api-index', name: 'Access Policy Index', role: 'job-worker', technology: 'Quill' }),
    ]),
  ];

  it('writes out a plural acronym as the component’s name', () => {
    expect(readQuestionOver('Does Quillstack need two LDSs?', synced()).tokens).toEqual([
      'doe',
      'quillstack',
      'need',
      'two',
      'ledgerdatabase',
      'sync',
    ]);
  });

  it('keeps an acronym the facts use themselves ("API")', () => {
    expect(readQuestionOver('Does Quillstack need the API?', synced()).tokens).toEqual(['doe', 'quillstack', 'need', 'the', 'api']);
  });

  it('writes out no acronym when the question names no product', () => {
    expect(readQuestionOver('What does the LDS keep?', synced()).tokens).toEqual(['what', 'doe', 'the', 'lds', 'keep']);
  });

  it('keeps an acronym two components share', () => {
    const twins = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'lds', name: 'LedgerDatabase Sync', role: 'job-worker', technology: 'Quill' }),
      buildComponentInput({ id: 'log-delivery', name: 'Log Delivery Service', role: 'job-worker', technology: 'Quill' }),
    ]);
    expect(readQuestionOver('Does Quillstack need the LDS?', [twins]).tokens).toContain('lds');
  });
});

describe('readQuestion: counts written as words', () => {
  it('reads a count before a component word only in a question asking how many or how much', () => {
    expect(readQuestionOver('How much memory do three Quillstack workers need?').numbers).toEqual([
      { value: 3, position: 4, negative: false },
    ]);
    expect(readQuestionOver('Quillstack memory for three workers').numbers).toEqual([]);
  });

  it('puts a count written as a word and a number written in digits in the order they are written', () => {
    expect(
      readQuestionOver('Quillstack memory for two sign-ins per second and 5 workers').numbers.map((n) => [n.value, n.position]),
    ).toEqual([
      [2, 3],
      [5, 9],
    ]);
  });
});

describe('readQuestion: categories and filters over the catalogue', () => {
  it('needs two words of a category’s name, or another of its names before a word for products, to read it', () => {
    expect(readBoth('Which identity servers need a cache?')).toMatchObject({ category: 'identity', filter: true, products: [] });
    expect(readBoth('Which identity products need a cache?')).toMatchObject({ category: 'identity', filter: true, products: [] });
    // One word of it alone is no category, but "which products" still filters the catalogue.
    expect(readBoth('Which products keep identity data in a cache?')).toMatchObject({ category: null, filter: true, products: [] });
  });

  it('filters on "list", "name" or "what" with a word for products, and not on a word for products alone', () => {
    expect(readBoth('List the products with a cache').filter).toBe(true);
    expect(readBoth('Name every product that keeps a ledger.').filter).toBe(true);
    expect(readBoth('What products keep a ledger?').filter).toBe(true);
    expect(readBoth('Do products keep a ledger?').filter).toBe(false);
  });
});

describe('readQuestion: the items a question lists', () => {
  it('reads each item of a list of three as a facet', () => {
    expect(readQuestionOver('Compare the Quillstack ledger, the worker and the cache').facets).toEqual([
      ['quillstack', 'ledger'],
      ['worker'],
      ['cache'],
    ]);
  });

  it('reads no facets from a single item', () => {
    expect(readQuestionOver('Quillstack ledger and').facets).toEqual([]);
  });
});

describe('readQuestion: questions that ask what something is', () => {
  it('reads "what is" and "what are" as asking what, however many words follow', () => {
    expect(readQuestionOver('What are the Quillstack ledger database backup schedule settings?').asksWhat).toBe(true);
  });

  it('reads up to four content words with no question word as asking what, and five as not', () => {
    expect(readQuestionOver('Quillstack ledger database backups').asksWhat).toBe(true);
    expect(readQuestionOver('Quillstack ledger database backup schedule').asksWhat).toBe(false);
  });

  it('reads a short question opening with which, when, how, why, where or a yes/no word as not asking what', () => {
    for (const question of [
      'Which Quillstack ledger?',
      'When Quillstack ledger?',
      'How Quillstack ledger?',
      'Why Quillstack ledger?',
      'Where Quillstack ledger?',
      'Is the Quillstack ledger big?',
    ])
      expect(readQuestionOver(question).asksWhat, question).toBe(false);
  });
});

describe('readQuestion: the product a question names only by component words', () => {
  const withCertwell = () => [
    buildAskArchitecture(),
    buildArchitecture({
      id: 'certwell',
      product: 'Certwell',
      components: [buildComponentInput({ id: 'cert-store', name: 'Certificate store', role: 'secrets-manager', source: cite })],
    }),
  ];

  it('links the one product with a component named in full when the words of both weigh about the same', () => {
    expect(readQuestionOver('Which ledger database setting, and where do certificates go?', withCertwell()).products).toEqual([
      { id: 'quillstack', certainty: 0.7 },
    ]);
  });

  it('links the later product in catalogue order when its component words weigh far more', () => {
    expect(readQuestionOver('Which ledger setting, and where does the certificate store go?', withCertwell()).products).toEqual([
      { id: 'certwell', certainty: 0.6 },
    ]);
  });
});

describe('readQuestion: conditions and labels before the question', () => {
  it('reads past "assuming …", "even if …" and "between …" conditions', () => {
    expect(readQuestionOver('Assuming two zones, does Quillstack need the worker?').yesNo).toBe(true);
    expect(readQuestionOver('Even if the ledger is down, does Quillstack keep running?').yesNo).toBe(true);
    expect(readQuestionOver('Between you and me, is the Quillstack worker required?').yesNo).toBe(true);
  });

  it('reads past a label ended by a double hyphen or a dash', () => {
    expect(readQuestionOver('Quillstack HA -- does the worker need memory?').yesNo).toBe(true);
    expect(readQuestionOver('Quillstack HA \u2013 does the worker need memory?').yesNo).toBe(true);
  });
});

describe('readQuestion: what a question leaves out, once', () => {
  it('reads a part left out twice once, without its function words', () => {
    expect(readQuestionOver('total memory excluding the worker, not counting the worker').excluded).toEqual(['worker']);
  });
});

describe('readQuestion: more on what is asked', () => {
  it('filters the catalogue when a filtering word comes later than the first word', () => {
    expect(readBoth('Tell me which products keep a ledger').filter).toBe(true);
  });

  it('leaves another product’s component name to the yes/no answer when the question asks whether it can go', () => {
    const glimmer = [
      buildAskArchitecture(),
      buildLanternpad({
        components: [buildComponentInput({ id: 'events', name: 'Event stream', role: 'message-broker', technology: 'Glimmerbus' })],
      }),
    ];
    expect(readQuestionOver('Can Quillstack skip Glimmerbus?', glimmer).unmentionedNames).toEqual([]);
  });

  it('reads "what is" inside a yes/no question of many words as not asking what', () => {
    expect(readQuestionOver('Does the Quillstack ledger database backup schedule say what is kept?').asksWhat).toBe(false);
  });

  it('expects a number when "how many" follows a comma with no space', () => {
    expect(readQuestionOver('The Quillstack ledger,how many rows?').expectsNumber).toBe(true);
  });

  it('reads no scene from one sentence that embeds a question', () => {
    expect(readQuestionOver('We are trying to figure out which Quillstack parts run outside?').scene).toEqual([]);
  });

  it('keeps a platform identifier ("arm64") among the content words, though it ends in digits', () => {
    expect(readQuestionOver('Does Quillstack run on arm64 machines?').content).toContain('arm64');
  });
});

describe('readQuestion: layouts whose names hold the product’s name or a component’s', () => {
  const named = () => [
    buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Quillstack Lite', summary: 'One API.', source: cite },
        { id: 'clustered', name: 'Quillstack Ledger Drawbridge', summary: 'Several API nodes.', source: cite },
      ],
    }),
  ];
  const layout = (question: string) => readQuestionOver(question, named()).variants.get('quillstack');

  it('reads no layout from the product’s name, which every layout’s name holds', () => {
    expect(layout('How much memory does Quillstack need?')).toBeUndefined();
  });

  it('reads no layout from the name of a component every layout has', () => {
    expect(layout('How much memory does the Quillstack ledger need?')).toBeUndefined();
  });

  it('reads the layout from a word only its name has, or from its name written out', () => {
    expect(layout('How much memory does the drawbridge need in Quillstack?')).toBe('clustered');
    expect(layout('How much memory does Quillstack Lite need?')).toBe('standard');
  });
});

describe('readQuestion: how a word is read as a name', () => {
  const unknown = (question: string) => readQuestionOver(question).unknownNames;

  it('keeps the hyphen inside a name and drops the brackets and marks around it', () => {
    expect(unknown('Does Quillstack support Zarq-Flux?')).toEqual(['Zarq-Flux']);
    expect(unknown('Does Quillstack need (Frobnicator)?')).toEqual(['Frobnicator']);
  });

  it('reads a word opening the question as a name only when it has a capital inside', () => {
    expect(unknown('Zarquon needs what from Quillstack?')).toEqual([]);
    expect(unknown('ZarqFlux: does Quillstack need it?')).toEqual(['ZarqFlux']);
  });

  it('reads a lower-case word as no name, and a capitalised one of three letters or with digits as one', () => {
    expect(unknown('Does Quillstack support zarquon?')).toEqual([]);
    expect(unknown('Does Quillstack support Zaq?')).toEqual(['Zaq']);
    expect(unknown('Does Quillstack support Zarv2?')).toEqual(['Zarv2']);
  });

  it('reads a name after a word that only ends or starts like an example word as asked about', () => {
    expect(unknown('Does Quillstack work unlike Zarquon?')).toEqual(['Zarquon']);
    expect(unknown('Is it likely Zarquon breaks Quillstack?')).toEqual(['Zarquon']);
    expect(unknown('Does Quillstack support tools, e.g Zarquon?')).toEqual([]);
  });

  it('reads no unknown name from a name partly known, a cue word or a typo of a known word', () => {
    expect(unknown('Does Quillstack support Zarq-Ledger?')).toEqual([]);
    expect(unknown('Does Quillstack run on AWS?')).toEqual([]);
    expect(unknown('Does Quillstack need Ledgr?')).toEqual([]);
  });
});

describe('readQuestion: the share of corrected words', () => {
  it('counts a corrected function word against the content words', () => {
    // "whqt" becomes "what"; the content words are "quillstack" and "worker": one correction over two words.
    expect(readQuestionOver('whqt does the Quillstack worker do?').corrected).toBe(0.5);
  });
});

describe('readQuestion: a product known by words only its facts use, word by word', () => {
  const lanternpadRendering = (purpose: string) => [
    buildAskArchitecture(),
    buildLanternpad({
      components: [
        buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js', purpose }),
      ],
    }),
  ];

  it('counts an own word of four letters', () => {
    expect(
      readQuestionOver('How much memory do zorp glimmer take?', lanternpadRendering('Renders the zorp glimmer boards.')).products,
    ).toEqual([{ id: 'lanternpad', certainty: 0.6 }]);
  });

  it('does not count a cue word ("headroom") as a word naming the product, though only its facts use it', () => {
    expect(
      readQuestionOver('How much headroom do frobnotes need?', lanternpadRendering('Renders frobnotes with more headroom.')).products,
    ).toEqual([]);
  });
});

describe('readQuestion: cue words written as names', () => {
  it('reads a capitalised cue word another product’s facts use ("Headroom") as no name the product fails to mention', () => {
    const withHeadroom = [
      buildAskArchitecture(),
      buildLanternpad({
        components: [
          buildComponentInput({
            id: 'canvas',
            name: 'Canvas service',
            role: 'application-service',
            technology: 'Node.js',
            purpose: 'Renders boards with Headroom.',
          }),
        ],
      }),
    ];
    expect(readQuestionOver('Does Quillstack leave Headroom?', withHeadroom).unmentionedNames).toEqual([]);
  });
});

describe('readQuestion: the asked kind, at the edges', () => {
  it('gives a cue no extra weight when the question has no "what" or "which"', () => {
    expect(readQuestionOver('Quillstack ports?').attributes.get('port')).toBe(1);
  });

  it('stops at a function word right after "which"', () => {
    expect(readQuestionOver('Which of its ports does the Quillstack API open?').attributes.get('port')).toBe(1);
  });

  it('reads "which service" beside a cloud name as asking for a managed service, with the extra weight', () => {
    // "service" and "aws" are both managed-service cues: two, plus three for the word after "which".
    expect(readQuestionOver('Which service does AWS give Quillstack?').attributes.get('managed-service')).toBe(5);
  });

  it('leaves the generic noun after "which" out of the content words, but not one after another word', () => {
    expect(readQuestionOver('Which services does the Quillstack session cache provide?').content).toEqual([
      'quillstack',
      'session',
      'cache',
      'provide',
    ]);
    expect(readQuestionOver('The services are what Quillstack needs?').content).toEqual(['service', 'quillstack']);
  });
});

describe('readQuestion: linking by component words, at the edges', () => {
  it('links no product by a component word two products share', () => {
    const canvas = () => buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' });
    const sharing = [buildAskArchitectureWith([buildQuillApiInput(), canvas()]), buildLanternpad({ components: [canvas()] })];
    expect(readQuestionOver('What does the canvas render?', sharing).products).toEqual([]);
  });

  it('does not count a word two products’ facts use as naming either, whichever comes first', () => {
    const renders = buildLanternpad({
      components: [
        buildComponentInput({
          id: 'canvas',
          name: 'Canvas service',
          role: 'application-service',
          technology: 'Node.js',
          purpose: 'Renders frobnotes and zorbits.',
        }),
      ],
    });
    const serves = buildAskArchitecture({ hosts: [], components: [buildQuillApiInput({ purpose: 'Serves zorbits.' })] });
    expect(readQuestionOver('How much memory do frobnotes and zorbits take?', [renders, serves]).products).toEqual([]);
  });

  it('reads no layout of a product that has only one, even for the cloud it was written for', () => {
    const single = buildLanternpad({
      variants: [{ id: 'azure', name: 'Azure reference', summary: 'On Azure.', cloud: 'azure', source: cite }],
    });
    expect(readQuestionOver('How much memory does Lanternpad need on Azure?', [single]).variants.has('lanternpad')).toBe(false);
  });
});

describe('readQuestion: names and typos, at the edges', () => {
  it('reads a name followed by another name as a name of its own', () => {
    expect(readQuestionOver('Does Quillstack pair Frobnicator Ledger?').unknownNames).toEqual(['Frobnicator']);
  });

  it('drops every mark around a name, not just the first', () => {
    expect(readQuestionOver('Does Quillstack need ("Frobnicator")?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads the vendor’s and the layouts’ names as names the product mentions', () => {
    expect(readQuestionOver('Is Quillstack made by Quill Labs?').unmentionedNames).toEqual([]);
    const gates = [
      buildAskArchitecture({
        variants: [
          { id: 'standard', name: 'Moatgate', summary: 'One API.', source: cite },
          { id: 'clustered', name: 'Drawbridge', summary: 'Several API nodes.', source: cite },
        ],
      }),
    ];
    expect(readQuestionOver('Does Quillstack support Drawbridge?', gates).unmentionedNames).toEqual([]);
  });
});

describe('readQuestion: facets and filters, at the edges', () => {
  it('drops a listed item with no content words, and reads no facets when one item is left', () => {
    expect(readQuestionOver('Compare the Quillstack ledger, the worker and them').facets).toEqual([['quillstack', 'ledger'], ['worker']]);
    expect(readQuestionOver('Compare the Quillstack ledger and them').facets).toEqual([]);
  });
});
