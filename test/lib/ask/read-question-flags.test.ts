import { describe, expect, it } from 'vitest';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { readQuestionOver } from '../../fixtures/read-question-over.ts';

const both = () => [buildAskArchitecture(), buildLanternpad()];

describe('readQuestion: computations and comparisons', () => {
  it('asks for a computation when it gives a number or a computing word, not otherwise', () => {
    expect(readQuestionOver('Quillstack memory for 40 sign-ins per second').compute).toBe(true);
    expect(readQuestionOver('Total memory of Quillstack?').compute).toBe(true);
    expect(readQuestionOver('What does the Quillstack worker do?').compute).toBe(false);
  });

  it('reads a release of a technology named before it as no number to compute, and a number with a unit or a noun as one', () => {
    expect(readQuestionOver('If we run Quillstack on PostgreSQL 16, what does the worker do?').compute).toBe(false);
    expect(readQuestionOver('With Quillstack on PostgreSQL version 16, what does the worker do?').compute).toBe(false);
    expect(readQuestionOver('Quillstack on PostgreSQL with 16 GB: what does the worker do?').compute).toBe(true);
    expect(readQuestionOver('Quillstack on PostgreSQL 2 nodes: what does the worker do?').compute).toBe(true);
  });

  it('reads a count before a noun of listing ("the 2 items") as the list\'s length, not a load to compute', () => {
    expect(readQuestionOver('Name the 2 items Quillstack lists under Sign-in core.').compute).toBe(false);
    expect(readQuestionOver('Quillstack memory for 2 items per second').compute).toBe(true);
  });

  it('reads "add up" as a sum but a bare "add" as a verb ("does it add a dependency?")', () => {
    expect(readQuestionOver('Add up the memory of the Quillstack worker and cache').compute).toBe(true);
    expect(readQuestionOver('Does turning on the Quillstack worker add a storage dependency?').compute).toBe(false);
  });

  it('reads "what limits" as asking for CPU and memory beside any resource named, and a single named limit as no such', () => {
    expect(readQuestionOver('How many Quillstack API pods ran, and what limits did each pod get?').resources).toEqual([
      'nodes',
      'vcpu',
      'memoryGiB',
    ]);
    expect(readQuestionOver('Which memory limits does the Quillstack API set?').resources).toEqual(['memoryGiB']);
    expect(readQuestionOver('What is the Quillstack API connection limit?').resources).toEqual([]);
  });

  it('reads "cores" beside a memory word as CPU, and "core" before a noun as essential', () => {
    expect(readQuestionOver('Quillstack totals: cores and RAM?').resources).toEqual(['vcpu', 'memoryGiB']);
    expect(readQuestionOver('Quillstack totals: cores/memory?').resources).toEqual(['vcpu', 'memoryGiB']);
    expect(readQuestionOver('Quillstack: which core components and which optional?').resources).toEqual([]);
  });

  it('reads a size written beside a CPU figure with no word of its own as memory ("4 cores and 8 GB each")', () => {
    // "Nodes" names a count of its own.
    expect(readQuestionOver('Can the Quillstack nodes shrink to 4 cores and 8 GB each?').resources).toEqual(['nodes', 'vcpu', 'memoryGiB']);
    expect(readQuestionOver('Can the Quillstack nodes shrink to 4 cores and 8 GB of disk each?').resources).toEqual([
      'nodes',
      'vcpu',
      'storageGiB',
    ]);
    expect(readQuestionOver('Can the Quillstack nodes shrink to 4 cores?').resources).toEqual(['nodes', 'vcpu']);
  });

  it('reads a size a count of nodes is weighed against as memory ("nodes smaller than 16GB"), a size merely given as none', () => {
    expect(readQuestionOver('Can the Quillstack nodes be smaller than 16GB?').resources).toEqual(['nodes', 'memoryGiB']);
    expect(readQuestionOver('Can the Quillstack nodes have more than 16GB?').resources).toEqual(['nodes', 'memoryGiB']);
    expect(readQuestionOver('Can the Quillstack nodes run with 16GB?').resources).toEqual(['nodes']);
  });

  it('reads a size each counted copy has ("how many nodes with 32 GB each") as memory, not one the copies share', () => {
    expect(readQuestionOver('How many Quillstack nodes with 32 GB each?').resources).toEqual(['nodes', 'memoryGiB']);
    expect(readQuestionOver('How many 32 GB nodes does Quillstack need?').resources).toEqual(['nodes', 'memoryGiB']);
    expect(readQuestionOver('How many Quillstack nodes, with 32 GB in total?').resources).toEqual(['nodes']);
  });

  it('compares only when it names two products, whatever words it uses', () => {
    expect(readQuestionOver('Does Quillstack or Lanternpad need less memory?', both()).compare).toBe(true);
    expect(readQuestionOver('Compare the Quillstack ledger and cache').compare).toBe(false);
  });
});

describe('readQuestion: questions over the catalogue', () => {
  it('reads a category or "products" with a filtering word as a filter, and a named product as none', () => {
    expect(readQuestionOver('Which identity servers keep a ledger database?', both()).filter).toBe(true);
    expect(readQuestionOver('List products with a cache', both()).filter).toBe(true);
    expect(readQuestionOver('Do products need a cache?', both()).filter).toBe(false);
    expect(readQuestionOver('Which Quillstack parts need a cache?', both()).filter).toBe(false);
  });

  it('guesses no product from a component word when it asks across products or of one archkb lacks', () => {
    expect(readQuestionOver('Which identity servers keep a ledger database?', both()).products).toEqual([]);
    expect(readQuestionOver('Which products keep a ledger database?', both()).products).toEqual([]);
    expect(readQuestionOver('Does Okta keep a ledger database?').products).toEqual([]);
    expect(readQuestionOver('Does Frobnicator keep a ledger database?').products).toEqual([]);
  });
});

describe('readQuestion: the number of items a "which" asks for', () => {
  it('leaves a count word right after "which" or "what" out of the words facts must hold, and keeps it elsewhere', () => {
    expect(readQuestionOver('Which three ledger figures does Quillstack state?').content).not.toContain('three');
    expect(readQuestionOver('What two caches does Quillstack run?').content).not.toContain('two');
    expect(readQuestionOver('Does Quillstack run three ledger replicas?').content).toContain('three');
  });

  it('leaves a politeness word ("kindly", "please") out of the words facts must hold', () => {
    expect(readQuestionOver('Kindly list which pods Quillstack runs.').content).not.toContain('kindly');
    expect(readQuestionOver('Please list which pods Quillstack runs.').content).not.toContain('please');
  });
});

describe('readQuestion: names of products archkb lacks', () => {
  it('leaves the names of products archkb lacks out of the words facts must hold', () => {
    expect(readQuestionOver('Does Quillstack need Frobnicator?').content).toEqual(['quillstack']);
    expect(readQuestionOver('Does Quillstack work with Okta?').content).toEqual(['quillstack', 'work']);
  });

  it('reads a known product the named product uses as a part as that part, not as a product archkb lacks', () => {
    const withOkta = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'sso', name: 'Sign-on broker', role: 'identity-provider', technology: 'Okta' }),
    ]);
    expect(readQuestionOver('Does Quillstack use Okta?', [withOkta]).otherProducts).toEqual([]);
    expect(readQuestionOver('Does Quillstack work with Okta?').otherProducts).toEqual([{ name: 'okta', category: 'identity' }]);
  });

  it('looks for names the product never mentions only when the question names one product', () => {
    expect(readQuestionOver('Does Quillstack or Lanternpad support Kafka?', both()).unmentionedNames).toEqual([]);
  });

  it('reads the words of an acronym written out', () => {
    const synced = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildComponentInput({ id: 'lds', name: 'LedgerDatabase Sync (replication)', role: 'job-worker', technology: 'Quill' }),
    ]);
    expect(readQuestionOver('Does Quillstack need the LDS?', [synced]).tokens).toContain('sync');
  });
});

describe('readQuestion: the shape of the answer asked', () => {
  it('reads a short question with a necessity word as yes/no, and a question that asks "what" after its verb as yes/no too', () => {
    expect(readQuestionOver('Quillstack session cache required?').yesNo).toBe(true);
    expect(readQuestionOver('Does Quillstack say what the worker needs?').yesNo).toBe(true);
  });

  it('reads a tag asked on its own after a statement ("… Correct?") as yes/no, and "tops out at" as a maximum', () => {
    const told = readQuestionOver('Someone told me the Quillstack ledger tops out at 200 GB. Correct?');
    expect(told.yesNo).toBe(true);
    expect(told.tokens).toContain('maximum');
    expect(readQuestionOver('The Quillstack ledger keeps audit records. Right?').yesNo).toBe(true);
    // A lone word that is no tag asks nothing of the sentence before it.
    expect(readQuestionOver('The Quillstack ledger keeps audit records. Why?').yesNo).toBe(false);
  });

  it('reads a longer statement closed by an auxiliary and a necessity word ("… is needed?") as yes/no', () => {
    expect(readQuestionOver('Deploy Quillstack on a plain cluster, setup of the ledger login is needed?').yesNo).toBe(true);
    expect(readQuestionOver('Deploy Quillstack on a plain cluster, which setup of the ledger login is needed?').yesNo).toBe(false);
    expect(readQuestionOver('Deploy Quillstack on a plain cluster, setup of the ledger login needed for the worker?').yesNo).toBe(false);
  });

  it('reads "y/n", "ok to …" and a topic written before the auxiliary as yes/no, but not a question with a wh-word', () => {
    expect(readQuestionOver('quillstack ledger backups y/n?').yesNo).toBe(true);
    expect(readQuestionOver('ok to run the Quillstack worker twice?').yesNo).toBe(true);
    expect(readQuestionOver('quillstack can the worker and the cache share a node?').yesNo).toBe(true);
    expect(readQuestionOver('ok so what does the Quillstack worker do?').yesNo).toBe(false);
    expect(readQuestionOver('quillstack worker does what exactly?').yesNo).toBe(false);
  });

  it('reads a short question closed by a predicate as yes/no, also after a label holding a version, but not one asking for an extreme', () => {
    expect(readQuestionOver('quillstack cache cluster mode - supported?').yesNo).toBe(true);
    expect(readQuestionOver('quillstack chart 2.x - does it still bundle the cache?').yesNo).toBe(true);
    expect(readQuestionOver('max sign-ins supported by quillstack?').yesNo).toBe(false);
    expect(readQuestionOver('min worker nodes required?').yesNo).toBe(false);
  });

  it('reads a statement closed by a tag as yes/no, and a scope before the auxiliary too, but not a statement alone', () => {
    expect(readQuestionOver("The Quillstack worker runs on two zones, doesn't it?").yesNo).toBe(true);
    expect(readQuestionOver('The Quillstack cache is optional, right?').yesNo).toBe(true);
    // A statement that opens like a condition ("for prod …", "with …") still closes with its tag, not a question of one word.
    expect(readQuestionOver('For prod we can pull the Quillstack images from the public registry, right?').yesNo).toBe(true);
    expect(readQuestionOver('With two zones the Quillstack worker keeps running, correct?').yesNo).toBe(true);
    expect(readQuestionOver('We cannot share the Quillstack ledger, can we?').yesNo).toBe(true);
    expect(readQuestionOver('for quillstack can the worker and the cache share a node?').yesNo).toBe(true);
    expect(readQuestionOver('on two zones is the Quillstack worker enough?').yesNo).toBe(true);
    expect(readQuestionOver('The Quillstack worker runs on two zones, which cache?').yesNo).toBe(false);
    expect(readQuestionOver('for quillstack the worker needs what?').yesNo).toBe(false);
  });

  it('reads a question in quotes or after a dash as it reads the bare question', () => {
    expect(readQuestionOver('"Does Quillstack need the session cache?"').yesNo).toBe(true);
    expect(readQuestionOver('- does Quillstack need the session cache?').yesNo).toBe(true);
  });

  it('takes no topic label from a question that opens asking, so a colon inside it keeps it yes/no', () => {
    expect(readQuestionOver('Does Quillstack need two parts: a ledger and a cache?').yesNo).toBe(true);
    expect(readQuestionOver('How many workers does Quillstack run: one or two?').expectsNumber).toBe(true);
  });

  it('expects a number when "how many" sits inside the sentence, but not after "which … tells me"', () => {
    expect(readQuestionOver('Tell me how many workers Quillstack runs').expectsNumber).toBe(true);
    expect(readQuestionOver('Quillstack runs how many workers?').expectsNumber).toBe(true);
    expect(readQuestionOver('Which Quillstack metric tells me how many sign-ins fail?').expectsNumber).toBe(false);
  });

  it('expects a number when "how many" follows a label and a dash ("X multi-site \u2014 how many clusters?")', () => {
    expect(readQuestionOver('Quillstack multi-site \u2014 how many clusters?').expectsNumber).toBe(true);
    expect(readQuestionOver('Quillstack multi-site - how many clusters?').expectsNumber).toBe(true);
    expect(readQuestionOver('Quillstack multi-site \u2014 what runs there?').expectsNumber).toBe(false);
  });

  it('reads a limit word set aside ("before any headroom", "without the limit") as asking for the request', () => {
    expect(readQuestionOver('Quillstack at 90 sign-ins a second: how many vCPU before we add any headroom?').side).toBe('request');
    expect(readQuestionOver('Quillstack at 90 sign-ins a second: how many vCPU without the limit?').side).toBe('request');
    expect(readQuestionOver('Quillstack at 90 sign-ins a second: how many vCPU with headroom?').side).toBe('limit');
  });

  it('reads a set-aside word only in the four words before the limit word, and none without a limit word (mutation session 35)', () => {
    // "without" is five words before "limit": the limit is asked.
    expect(readQuestionOver('Without the worker, what CPU limit does the Quillstack API have?').side).toBe('limit');
    // No limit word: a set-aside word asks for no side.
    expect(readQuestionOver('Which Quillstack parts start before the worker?').side).toBeNull();
    expect(readQuestionOver('Quillstack at 90 sign-ins a second: how many vCPU?').side).toBeNull();
  });

  it('reads a scope before the auxiliary with no closing mark as yes/no too ("in productx does …")', () => {
    expect(readQuestionOver('in quillstack does anything other than the worker write to the ledger').yesNo).toBe(true);
    expect(readQuestionOver('in quillstack does anything other than the worker write to the ledger?').yesNo).toBe(true);
    expect(readQuestionOver('in quillstack does anything other than the worker write to the ledger.').yesNo).toBe(false);
  });

  it('reads a terse predicate question with no closing mark as yes/no, and one closed by a full stop as a statement', () => {
    expect(readQuestionOver('quillstack session cache required').yesNo).toBe(true);
    expect(readQuestionOver('quillstack session cache required?').yesNo).toBe(true);
    expect(readQuestionOver('quillstack session cache required.').yesNo).toBe(false);
  });

  it('expects a number after a topic of up to three words written with no colon, as dictation leaves it', () => {
    expect(readQuestionOver('quillstack how many workers can one ledger handle').expectsNumber).toBe(true);
    expect(readQuestionOver('quillstack clustered layout how much memory per worker').expectsNumber).toBe(true);
    // Four words before it, or a question word opening the sentence, are no topic.
    expect(readQuestionOver('we run quillstack today how many workers').expectsNumber).toBe(false);
    expect(readQuestionOver('which quillstack metric shows how many sign-ins fail').expectsNumber).toBe(false);
  });

  it('reads four words naming a thing as asking what it is', () => {
    expect(readQuestionOver('Quillstack ledger database backups').asksWhat).toBe(true);
  });

  it('expects a version named up to three words after "what", and a count asked after "and"', () => {
    expect(readQuestionOver('What ledger database version does Quillstack need?').expectsNumber).toBe(true);
    expect(readQuestionOver('What does the Quillstack ledger keep and how many rows fit?').expectsNumber).toBe(true);
  });

  it('reads the items a question lists as facets, and none from a single item', () => {
    expect(readQuestionOver('Compare the Quillstack ledger and cache').facets).toEqual([['quillstack', 'ledger'], ['cache']]);
    expect(readQuestionOver('What does the Quillstack ledger keep?').facets).toEqual([]);
  });
});

describe('readQuestion: words only a condition uses', () => {
  it('keeps as conditioned only the words of an if-clause that the rest of the asking sentence does not use', () => {
    const reading = readQuestionOver('If we disable the Quillstack worker, what does the worker queue then?');
    expect(reading.conditioned).toContain('disable');
    expect(reading.conditioned).not.toContain('worker');
  });

  it('declines a topic archkb never holds when the question asks it outside the condition too', () => {
    expect(readQuestionOver('If the SLA matters to us, what SLA does Quillstack give?').unanswerable).toMatch(/service-level/);
    expect(readQuestionOver('What can we do for Quillstack if one worker SLA is not enough?').unanswerable).toBeNull();
  });
});

describe('readQuestion: yes or no, by the main clause', () => {
  const yesNo = (question: string) => readQuestionOver(question).yesNo;

  it('reads a scope of up to three words before the opener as yes or no ("for the X layout can we …?")', () => {
    expect(yesNo('For the Quillstack layout can we skip the cache?')).toBe(true);
    expect(yesNo('For the Quillstack layout can we skip the cache.')).toBe(false);
  });

  it('reads "ok to …" as yes or no without a question mark, but not a predicate word closed by a full stop', () => {
    expect(yesNo('ok to run Quillstack without a session cache')).toBe(true);
    expect(yesNo('required with Quillstack, a session cache.')).toBe(false);
  });

  it('reads a short outcome with no auxiliary as yes or no, up to eight words', () => {
    expect(yesNo('If the ledger goes down, the Quillstack API and the worker stop working?')).toBe(true);
    expect(yesNo('If the ledger goes down, the Quillstack API and its two workers stop working?')).toBe(false);
  });

  it('reads an outcome of up to three words before a long condition as yes or no ("X: keeps serving if …?")', () => {
    expect(yesNo('Quillstack: keeps serving if the ledger or the session cache is down?')).toBe(true);
    expect(yesNo('Quillstack: still works if the ledger or the session cache is down?')).toBe(true);
    expect(yesNo('Quillstack keeps its ledger rows and the audit tables warm in memory if the session cache is down?')).toBe(false);
  });

  it('reads a short statement with a verb of what a product does, closed by a question mark, as yes or no', () => {
    expect(yesNo('Quillstack needs a session cache?')).toBe(true);
    expect(yesNo('Quillstack: runs without the ledger?')).toBe(true);
    expect(yesNo('Quillstack needs a session cache.')).toBe(false);
    expect(yesNo('Quillstack needs how much memory?')).toBe(false);
    expect(yesNo('Reviewer: the Quillstack session cache gets 2 GB of memory by default?')).toBe(true);
    expect(yesNo('Quillstack in its clustered layout with two zones and three workers across four regions needs a session cache?')).toBe(
      false,
    );
  });

  it('reads a short question closed by a judgement ("recommended?", "support?") as yes or no, not one naming it first', () => {
    expect(yesNo('Quillstack single box for production \u2014 recommended?')).toBe(true);
    expect(yesNo('Quillstack arm64 support?')).toBe(true);
    expect(yesNo('Quillstack recommended memory?')).toBe(false);
  });

  it('reads a judgement opening the part after a dash as yes or no, however long the plan before the dash', () => {
    const plan = 'Quillstack clustered layout (two linked ledgers) stretched over all four of our zones and both of our regions';
    expect(yesNo(`${plan} \u2014 supported per the overview?`)).toBe(true);
    expect(yesNo(`${plan} - recommended?`)).toBe(true);
    expect(yesNo(`${plan} \u2014 which ledger size?`)).toBe(false);
    expect(yesNo(`${plan} \u2014 supported ledger sizes are what?`)).toBe(false);
  });

  it('reads a judgement followed by a short phrase ("bundled by default?") and a "(Y/N)" after the question as yes or no', () => {
    expect(yesNo('Quillstack: ledger bundled by default?')).toBe(true);
    expect(yesNo('Quillstack: two zones recommended for the ledger?')).toBe(true);
    expect(yesNo('Quillstack session cache? (Y/N)')).toBe(true);
    expect(yesNo('Quillstack: ledger bundled with which worker version and what memory?')).toBe(false);
  });

  it('reads a trailing "yes or no" without a question mark as yes or no', () => {
    expect(yesNo('Quillstack ledger required, yes or no')).toBe(true);
    expect(yesNo('Quillstack ledger required, y/n')).toBe(true);
    expect(yesNo('Quillstack ledger required.')).toBe(false);
  });
});

describe("readQuestion: a plan's goal and a closing judgement", () => {
  it('declines no topic archkb never holds when it is only the goal of a plan ("for max uptime")', () => {
    expect(readQuestionOver('I want Quillstack on two nodes for max uptime, is that supported?').unanswerable).toBeNull();
    expect(readQuestionOver('Quillstack on two nodes to maximise uptime: is that supported?').unanswerable).toBeNull();
    expect(readQuestionOver('What uptime does Quillstack on two nodes give?').unanswerable).toMatch(/service-level/);
    // In one clause the goal is still no topic asked; without a word of aim before it, uptime is asked.
    expect(readQuestionOver('Is Quillstack on two nodes supported for max uptime?').unanswerable).toBeNull();
    expect(readQuestionOver('Is Quillstack on two nodes enough to maximise uptime?').unanswerable).toBeNull();
    expect(readQuestionOver('Is Quillstack on two nodes supported for uptime?').unanswerable).toMatch(/service-level/);
  });

  it('reads a statement closed by "that\'s <judgement> (right)?" as a yes/no', () => {
    expect(readQuestionOver("I want Quillstack on two nodes, that's supported right?").yesNo).toBe(true);
    expect(readQuestionOver('I want Quillstack on two nodes, that is fine?').yesNo).toBe(true);
    expect(readQuestionOver('I want Quillstack on two nodes, which parts run there?').yesNo).toBe(false);
  });
});

describe('readQuestion: a yes/no after a dash that sets the scene', () => {
  it('reads the question after the dash as yes/no when it would be one on its own', () => {
    expect(readQuestionOver('Quillstack moving to a hosted queue next year — do we need the worker switched on?').yesNo).toBe(true);
    expect(readQuestionOver('We already run a shared cache elsewhere — can Quillstack use that as its cache?').yesNo).toBe(true);
  });

  it('reads no yes/no when the dashed part offers another choice, asks a wh-question, or a question came before', () => {
    expect(readQuestionOver('We already run a shared cache elsewhere — is the store enough or should we add a cache?').yesNo).toBe(false);
    expect(readQuestionOver('We already run a shared cache elsewhere — what does the Quillstack worker do?').yesNo).toBe(false);
    expect(readQuestionOver('What does the cache hold? Quillstack moves next year — do we need the worker?').yesNo).toBe(false);
  });
});

describe('readQuestion: a slip in a word that asks for a kind of fact', () => {
  it('corrects "framwork" to "framework", which asks for a technology, though no fact holds the word', () => {
    const reading = readQuestionOver('quillstack api framwork?');
    expect(reading.content).toContain('framework');
    expect(reading.attributes.has('technology')).toBe(true);
  });

  it('leaves a word one changed letter from a cue word as written ("manager" is no slip of "managed")', () => {
    expect(readQuestionOver('which secrets manager does quillstack recommend?').content).toContain('manager');
  });
});
