import { describe, expect, it } from 'vitest';
import { findAskingText } from '../../../src/lib/ask/read-question.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { readQuestionOver } from '../../fixtures/read-question-over.ts';

describe('readQuestion: mistyped words', () => {
  it('corrects a mistyped four-letter function word with any one letter wrong', () => {
    const reading = readQuestionOver('whqt does the Quillstack worker do?');
    expect(reading.tokens[0]).toBe('what');
    expect(reading.content).toEqual(['quillstack', 'worker']);
  });

  it('reads "broke" as a failure, not as a slip of a part named "broker"', () => {
    const withBroker = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'event-broker',
          name: 'Event broker',
          role: 'message-broker',
          technology: 'Frobmq',
          purpose: 'Carries events.',
        }),
      ]),
    ];
    expect(readQuestionOver('Quillstack uploads broke last night. Which store keeps uploads?', withBroker).content).toContain('broke');
  });

  it('corrects a six-letter function word with two letters swapped', () => {
    const reading = readQuestionOver('how many workers shuold Quillstack run?');
    expect(reading.tokens).toContain('should');
    expect(reading.content).not.toContain('shuold');
  });

  it('corrects at most eight unknown words of a question', () => {
    const after = (unknown: number) =>
      readQuestionOver(
        `${['blorf', 'snarg', 'wibbek', 'quuxor', 'frobq', 'zorpel', 'glimt', 'vaspor'].slice(0, unknown).join(' ')} quilstack ledger`,
      );
    expect(after(7).products.map((product) => product.id)).toEqual(['quillstack']);
    expect(after(7).tokens).toContain('quillstack');
    expect(after(8).tokens).toContain('quilstack');
    expect(after(8).tokens).not.toContain('quillstack');
  });

  it('never corrects a word of a topic archkb does not hold: a "bill" is a price, not a mistyped "will"', () => {
    const reading = readQuestionOver('Roughly what monthly bill should we expect for Quillstack?');
    expect(reading.tokens).toContain('bill');
    expect(reading.unanswerable).toMatch(/no prices/);
  });

  it('reads "regarding" and "concerning" as function words, never as mistyped words to correct', () => {
    for (const word of ['regarding', 'concerning']) {
      const reading = readQuestionOver(`What does the Quillstack ledger keep ${word} backups?`);
      expect(reading.content).toEqual(['quillstack', 'ledger', 'keep', 'backup']);
      expect(reading.corrected).toBe(0);
    }
  });

  it('reads a slip of a word people write for a canonical one as that word, before a component name one edit away', () => {
    const rest = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'postgrest', name: 'PostgREST', role: 'application-service', technology: 'PostgREST' }),
    ]);
    expect(readQuestionOver('Which Quillstack postgress version?', [rest]).tokens).toContain('postgresql');
    expect(readQuestionOver('Which Quillstack postgrest version?', [rest]).tokens).toContain('postgrest');
    expect(readQuestionOver('Which Quillstack postgrext version?', [rest]).tokens).toContain('postgrest');
  });

  it('reads "on the standby side" as where the asker stands: "side" is asked of nothing', () => {
    const reading = readQuestionOver('Which ledger version does Quillstack need on the standby side?');
    expect(reading.tokens).toContain('side');
    expect(reading.content).not.toContain('side');
    expect(reading.content).toContain('standby');
  });

  it('reads chat shorthand: "w/o" as without, "w/" as with and "rn" as now', () => {
    expect(readQuestionOver('does Quillstack run w/o the ledger rn?').tokens).toEqual(expect.arrayContaining(['without', 'ledger', 'now']));
    expect(readQuestionOver('Quillstack w/ two ledgers?').tokens).toContain('with');
    expect(readQuestionOver('does Quillstack use a/w/o path?').tokens).not.toContain('without');
  });

  it('says what share of the words it asks about were corrected', () => {
    // Content words: "quillstack" (typed "quilstack"), "ledger" and "keep"; one of three corrected.
    expect(readQuestionOver('What does the quilstack ledger keep?').corrected).toBeCloseTo(1 / 3);
    expect(readQuestionOver('What does the Quillstack ledger keep?').corrected).toBe(0);
  });
});

describe('readQuestion: frames and verb forms', () => {
  it('reads "what changed for X" as asking about X, with no word "change" to look up', () => {
    expect(readQuestionOver('What changed for the Quillstack ledger?').content).toEqual(['quillstack', 'ledger']);
    expect(readQuestionOver('What has changed for the Quillstack ledger?').content).toEqual(['quillstack', 'ledger']);
  });

  it('reads "which Frob and Boxstack releases" as asking for a version, but not "what the release notes say"', () => {
    expect(readQuestionOver('Which Frob and Boxstack releases can Quillstack run on?').tokens).toContain('version');
    expect(readQuestionOver('What releases does Quillstack support?').tokens).toContain('version');
    expect(readQuestionOver('What release notes does Quillstack keep?').tokens).not.toContain('version');
  });

  it('drops "inside" or "within" right before the product name, which only says whose answer is asked', () => {
    expect(readQuestionOver('What does the ledger do inside Quillstack?').content).toEqual(['ledger', 'quillstack']);
    expect(readQuestionOver('What does the ledger do within Quillstack?').content).toEqual(['ledger', 'quillstack']);
    expect(readQuestionOver('What runs inside the Quillstack ledger?').content).toEqual(['run', 'inside', 'quillstack', 'ledger']);
  });

  it('reads "stop being fine" or "no longer enough" as asking for a limitation, with no word "being" to look up', () => {
    const reading = readQuestionOver('When does the Quillstack ledger stop being fine?');
    expect(reading.content).toEqual(['quillstack', 'ledger', 'limitation']);
    expect(readQuestionOver('When is the Quillstack ledger no longer enough?').content).toContain('limitation');
  });

  it('reads a bounced or rebooted part as restarted, and users logged out as sessions lost, correcting no word', () => {
    const reading = readQuestionOver('The Quillstack ledger got bounced and everyone was logged out; can we stop that happening?');
    expect(reading.content).toEqual(['quillstack', 'ledger', 'got', 'restart', 'lose', 'session', 'stop']);
    expect(reading.corrected).toBe(0);
    expect(readQuestionOver('Users were kicked out when the Quillstack ledger rebooted').content).toEqual([
      'user',
      'lose',
      'session',
      'quillstack',
      'ledger',
      'restart',
    ]);
  });

  it('reads "end of life" as one word, so it does not match "end to end"', () => {
    expect(readQuestionOver('When does the Quillstack ledger reach end-of-life?').content).toEqual([
      'quillstack',
      'ledger',
      'reach',
      'eol',
    ]);
    expect(readQuestionOver('Quillstack ledger end of life').content).toEqual(['quillstack', 'ledger', 'eol']);
  });

  it('reads "execution" and every form of "execute" as one word, and "under the hood" as no word at all', () => {
    expect(readQuestionOver('What does the Quillstack worker actually execute under the hood?').content).toEqual([
      'quillstack',
      'worker',
      'execute',
    ]);
    expect(readQuestionOver('Quillstack worker execution order').content).toEqual(['quillstack', 'worker', 'execute', 'order']);
  });

  it('reads every form of "create" and "install" as one word, so "responsible for creating it" finds "creates"', () => {
    for (const form of ['installing', 'installed', 'installation'])
      expect(readQuestionOver(`Quillstack ledger ${form}`).content).toEqual(['quillstack', 'ledger', 'install']);
    for (const form of ['creates', 'creating', 'created'])
      expect(readQuestionOver(`What ${form} the Quillstack ledger?`).content).toEqual(['create', 'quillstack', 'ledger']);
  });

  it('reads "what goes wrong" as asking how it fails, with no word "wrong" to look up', () => {
    expect(readQuestionOver('What goes wrong if the Quillstack ledger is shared?').content).toEqual([
      'fail',
      'quillstack',
      'ledger',
      'shared',
    ]);
    expect(readQuestionOver('What went wrong with the Quillstack ledger?').content).toContain('fail');
  });

  it('reads what a cloud guide "assumes" as asking for its managed service, as much as naming the cloud does', () => {
    const assumed = readQuestionOver('Which ledger does the Quillstack AWS guide assume?').attributes;
    const named = readQuestionOver('Which ledger does the Quillstack AWS guide name?').attributes;
    expect(assumed.get('managed-service')).toBe((named.get('managed-service') ?? 0) + 1);
  });

  it('keeps "how many clusters" a count, while "many clusters" alone speaks of a multi-cluster layout', () => {
    expect(readQuestionOver('How many clusters does Quillstack need?').tokens.slice(0, 3)).toEqual(['how', 'many', 'cluster']);
    expect(readQuestionOver('Does Quillstack run on many clusters?').tokens).toContain('multi');
  });

  it('reads hosts to "allowlist" as what a network note allows, and "has to be in place" as asking for a requirement', () => {
    expect(readQuestionOver('Which hosts need allowlisting for the Quillstack worker?').content).toEqual(
      expect.arrayContaining(['allow', 'network']),
    );
    expect(readQuestionOver('What has to be in place for the Quillstack worker?').content).toContain('requirement');
  });

  it('reads "caching" and "cached" as the word "cache" the facts use', () => {
    expect(readQuestionOver('Which Quillstack part does the caching?').content).toContain('cache');
    expect(readQuestionOver('What is cached by the Quillstack worker?').content).toContain('cache');
  });

  it('reads "upgrading" and "upgraded" as the word "upgrade" the facts use', () => {
    expect(readQuestionOver('Upgrading the Quillstack ledger: what first?').content).toContain('upgrade');
    expect(readQuestionOver('We upgraded the Quillstack ledger.').content).toContain('upgrade');
  });
});

describe('readQuestion: names the question writes', () => {
  it('reads a capitalised word after a version number as a name', () => {
    expect(readQuestionOver('Can Quillstack 2.0 use Frobnicator?').unknownNames).toEqual(['Frobnicator']);
  });

  it('reads a capital that only opens a sentence as no name', () => {
    expect(readQuestionOver('We self-host Quillstack. Roughly how much memory does it need?').unknownNames).toEqual([]);
  });

  it('names a technology another product uses that the asked product never mentions, unless the question asks whether it is needed', () => {
    const catalogue = () => [buildAskArchitecture(), buildLanternpad()];
    expect(readQuestionOver('Does Quillstack support Kafka?', catalogue()).unmentionedNames).toEqual(['Kafka']);
    expect(readQuestionOver('Does Quillstack need Kafka?', catalogue()).unmentionedNames).toEqual([]);
    // A cloud is never such a name, nor is a word of the product's own facts.
    expect(readQuestionOver('Does Quillstack support Azure and PostgreSQL?', catalogue()).unmentionedNames).toEqual([]);
  });
});

describe('readQuestion: acronyms of a component name', () => {
  const synced = () =>
    buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'lds', name: 'LedgerDatabase Sync (replication)', role: 'job-worker', technology: 'Quill' }),
    ]);

  it('writes out an unknown acronym that abbreviates one component of the named product', () => {
    expect(readQuestionOver('Does Quillstack need the LDS?', [synced()]).text).toBe('Does Quillstack need the LedgerDatabase Sync?');
  });

  it('leaves an acronym the facts use themselves, and one no component abbreviates', () => {
    expect(readQuestionOver('Does Quillstack need the API?', [synced()]).text).toBe('Does Quillstack need the API?');
    expect(readQuestionOver('Does Quillstack need the XYZ?', [synced()]).text).toBe('Does Quillstack need the XYZ?');
  });
});

describe('readQuestion: acronyms the product uses or that stay ambiguous', () => {
  const withParts = (...names: string[]) =>
    buildAskArchitectureWith([
      buildQuillApiInput(),
      ...names.map((name, at) => buildComponentInput({ id: `part-${at}`, name, role: 'job-worker', technology: 'Quill' })),
    ]);

  it('leaves an acronym the facts use as it is, even when a component’s initials spell it', () => {
    expect(readQuestionOver('Does Quillstack need the API?', [withParts('Audit Paper Index')]).text).toBe('Does Quillstack need the API?');
  });

  it('leaves an acronym that abbreviates two components as it is', () => {
    expect(readQuestionOver('Does Quillstack need the LDS?', [withParts('Ledger Data Sync', 'Log Delivery Service')]).text).toBe(
      'Does Quillstack need the LDS?',
    );
  });
});

describe('readQuestion: the clause that asks', () => {
  it('drops the flip side of a yes/no question, so its "without" does not turn the question round', () => {
    const reading = readQuestionOver('Can we skip the Quillstack session cache, or does something break without it?');
    expect(reading.text).toBe('Can we skip the Quillstack session cache?');
    expect(reading.yesNo).toBe(true);
  });

  it('reads the question after a topic label', () => {
    expect(readQuestionOver('Quick one about our Quillstack setup: is the session cache needed when we run a single API node?').yesNo).toBe(
      true,
    );
  });

  it('reads whether the question asks if it keeps working or goes down, before any condition', () => {
    expect(readQuestionOver('Does Quillstack keep working if the session cache goes down?').outcome).toBe('survive');
    expect(readQuestionOver('Does Quillstack stop working when the session cache fails?').outcome).toBe('fail');
    expect(readQuestionOver('Does Quillstack depend on the session cache?').outcome).toBeNull();
  });
});

describe('findAskingText', () => {
  it('keeps the sentences that ask, or the last one when none does', () => {
    expect(findAskingText('We run three regions. Users sign in often. Does Quillstack need a cache?')).toBe(
      'Does Quillstack need a cache?',
    );
    expect(findAskingText('We run three regions. Tell me the cache size')).toBe('Tell me the cache size');
    expect(findAskingText('Does Quillstack need a cache?')).toBe('Does Quillstack need a cache?');
  });

  it('keeps every asking sentence wherever it stands, and the last sentence of a text that asks none', () => {
    expect(findAskingText('Does Quillstack need a cache? We run three regions.')).toBe('Does Quillstack need a cache?');
    expect(findAskingText('Does Quillstack need a cache? We run three regions. Which one?')).toBe(
      'Does Quillstack need a cache? Which one?',
    );
    expect(findAskingText('We run three regions. Users sign in often. Tell me the cache size')).toBe('Tell me the cache size');
    expect(findAskingText('We run three regions.  Does Quillstack need a cache?')).toBe('Does Quillstack need a cache?');
  });

  it('does not end a sentence at "e.g."', () => {
    expect(findAskingText('We use a cache, e.g. Redis for sessions. Is that enough?')).toBe('Is that enough?');
    expect(findAskingText('Is a cache, e.g. Redis, needed?')).toBe('Is a cache, e.g. Redis, needed?');
  });

  it('reads "E.g." and a capitalised ", But why" in any case (mutation session 36)', () => {
    expect(findAskingText('Name a cache for sessions, E.g. Redis or Memcached')).toBe('Name a cache for sessions, E.g. Redis or Memcached');
    expect(findAskingText('Quillstack keeps sessions in a cache, But why is there a ledger?')).toBe('why is there a ledger?');
  });
});

describe('readQuestion: what kind of answer is asked', () => {
  it('reads the clouds a question names', () => {
    expect(readQuestionOver('Quillstack on AWS or Azure?').clouds).toEqual(['aws', 'azure']);
  });

  it('reads a question over products in general as a filter, and the smallest or largest asked', () => {
    const reading = readQuestionOver('Which products need the least memory?', [buildAskArchitecture(), buildLanternpad()]);
    expect(reading.filter).toBe(true);
    expect(reading.extreme).toBe('min');
    expect(readQuestionOver('Which product needs the most memory?', [buildAskArchitecture(), buildLanternpad()]).extreme).toBe('max');
  });

  it('reads a comparison between two named products', () => {
    const reading = readQuestionOver('Does Quillstack or Lanternpad need less memory?', [buildAskArchitecture(), buildLanternpad()]);
    expect(reading.compare).toBe(true);
    expect(reading.comparative).toBe('less');
    expect(readQuestionOver('Does Quillstack need more memory than it states?').comparative).toBe('more');
  });

  it('expects a version or a port as a number', () => {
    expect(readQuestionOver('What version of PostgreSQL does Quillstack need?').expectsNumber).toBe(true);
    expect(readQuestionOver('Which port does the Quillstack API listen on?').expectsNumber).toBe(true);
    expect(readQuestionOver('Which cache does Quillstack use?').expectsNumber).toBe(false);
  });

  it('reads a short question naming a thing as asking what it is', () => {
    expect(readQuestionOver('What is the Quillstack ledger?').asksWhat).toBe(true);
    expect(readQuestionOver('Quillstack ledger database').asksWhat).toBe(true);
    expect(readQuestionOver('Is the Quillstack ledger required?').asksWhat).toBe(false);
    expect(readQuestionOver('How does the Quillstack ledger back up its rows?').asksWhat).toBe(false);
  });

  it('declines a topic archkb never holds when the question asks it, not when a condition names it', () => {
    expect(readQuestionOver('How much does a Quillstack subscription cost?').unanswerable).not.toBeNull();
    expect(readQuestionOver('Which cache does Quillstack use if cost matters?').unanswerable).toBeNull();
  });
});

describe('readQuestion: the main clause after labels and conditions', () => {
  it('reads the yes/no question after a topic label set off by a colon, a hyphen, two hyphens or a dash', () => {
    for (const separator of [':', ' -', ' --', ' –'])
      expect(readQuestionOver(`Quillstack sizing${separator} does the worker share a host with the API in production?`).yesNo).toBe(true);
  });

  it('reads the yes/no question after a leading condition', () => {
    expect(readQuestionOver('If the ledger goes down for an hour, does the worker keep its queue of jobs?').yesNo).toBe(true);
  });
});

describe('readQuestion: which capitalised words are names', () => {
  it('takes a word of letters then digits as a name in any case, and a version word as none', () => {
    expect(readQuestionOver('Can Quillstack run on zork64?').unknownNames).toEqual(['zork64']);
    expect(readQuestionOver('Is Quillstack V10 fine with a cache?').unknownNames).toEqual([]);
  });

  it('takes a three-letter capitalised word as a name, keeping its inner hyphen and dropping brackets round it', () => {
    expect(readQuestionOver('Does Quillstack need Zed?').unknownNames).toEqual(['Zed']);
    expect(readQuestionOver('Does Quillstack need Frob-Nicator?').unknownNames).toEqual(['Frob-Nicator']);
    expect(readQuestionOver('Does Quillstack need a cache (Frobnicator)?').unknownNames).toEqual(['Frobnicator']);
  });

  it('takes an initialism in brackets after a common word as that word abbreviated, not as a name asked about', () => {
    expect(readQuestionOver('Does Quillstack need a cache (ZQX)?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack need a cache (Zqx)?').unknownNames).toEqual(['Zqx']);
    expect(readQuestionOver('Does Quillstack need ZQX (a cache)?').unknownNames).toEqual(['ZQX']);
    // Only the initialism inside the brackets abbreviates: one before a bracketed word, or a name ending in capitals, is asked about.
    expect(readQuestionOver('Does Quillstack need ZQX (cache)?').unknownNames).toEqual(['ZQX']);
    expect(readQuestionOver('Does Quillstack need a cache (FrobZQ)?').unknownNames).toEqual(['FrobZQ']);
  });

  it('takes names given as examples ("like", "e.g.", "such as", and the name words after them) as no name asked', () => {
    expect(readQuestionOver('Can Quillstack run on arm VMs like Frobcore?').unknownNames).toEqual([]);
    expect(readQuestionOver('Can Quillstack run on arm VMs, e.g. Frobcore?').unknownNames).toEqual([]);
    expect(readQuestionOver('Can Quillstack run on arm VMs such as Frobcore Zeta?').unknownNames).toEqual([]);
  });

  it('places a capitalised word that the product uses, that has a word it uses, or that is a typo of one', () => {
    expect(readQuestionOver('Does Quillstack need the Ledger Database?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack need the Frob-Ledger?').unknownNames).toEqual([]);
    expect(readQuestionOver('Does Quillstack need Ledgr?').unknownNames).toEqual([]);
  });
});

describe('readQuestion: the words asked about', () => {
  it('leaves plain numbers out of the words facts must hold, but keeps a word ending in digits', () => {
    expect(readQuestionOver('Quillstack ledger for 250 tenants').content).toEqual(['quillstack', 'ledger', 'tenant']);
    expect(readQuestionOver('Does Quillstack run on arm64?').content).toContain('arm64');
  });

  it('reads no kind of fact from words that cue none', () => {
    expect(readQuestionOver('Quillstack ledger').attributes.size).toBe(0);
  });
});

describe('readQuestion: the sentences that set the scene', () => {
  it('reads a label before a colon and a full question as a sentence setting the scene, a short subject label not', () => {
    // The label's words need no fact of their own; "Quillstack ledger:" names what the short question after it is about.
    expect(readQuestionOver('Quick line for our procurement spreadsheet: what does the Quillstack ledger database keep?').scene).toEqual([
      'quick',
      'procurement',
      'spreadsheet',
    ]);
    expect(readQuestionOver('Quillstack ledger: what does the database keep?').scene).toEqual([]);
    expect(findAskingText('For the audit binder: which database does it use?')).toBe('which database does it use?');
  });

  it('lists the words only the scene-setting sentences use when the asking sentence stands alone', () => {
    const reading = readQuestionOver(
      'Our users sign in from three continents and we run two regions. Does the Quillstack session cache keep sessions?',
    );
    expect(reading.scene).toEqual(expect.arrayContaining(['user', 'continent', 'region']));
    expect(reading.scene).not.toContain('session');
    expect(reading.scene).not.toContain('cache');
  });

  it('sets no scene when the asking sentence points back at the one before', () => {
    expect(readQuestionOver('We run two regions. Which component is that?').scene).toEqual([]);
  });

  it('takes only the words before a question embedded in the scene as the scene', () => {
    expect(readQuestionOver('We are trying to figure out which parts of Quillstack run outside the cluster. What are they?').scene).toEqual(
      ['trying'],
    );
  });
});

describe('readQuestion: words that carry no content', () => {
  it('reads greetings, worry and the halves of negative contractions as no question words', () => {
    const reading = readQuestionOver("Hey, we're worried the Quillstack worker won't keep up and the ledger didn't scale. Thanks!");
    for (const word of ['hey', 'worried', 'won', 'didn', 'thanks']) expect(reading.content).not.toContain(word);
    expect(reading.content).toEqual(expect.arrayContaining(['worker', 'ledger']));
  });
});

describe('readQuestion: "list the X" closing a question', () => {
  it('reads the generic noun after a closing "list the" as the kind of answer, not a word the facts must hold', () => {
    expect(readQuestionOver('what does the Quillstack worker give you, list the services').content).toEqual(['quillstack', 'worker']);
  });

  it('reads the function word after "list", not the word before it (mutation session 35)', () => {
    expect(readQuestionOver('Quillstack worker jobs: list the services').content).not.toContain('service');
  });

  it('keeps the noun when the list goes on or names no generic kind', () => {
    expect(readQuestionOver('list the services the Quillstack worker calls').content).toContain('service');
    expect(readQuestionOver('what does the Quillstack worker do, list the queues').content).toContain('queue');
  });
});
