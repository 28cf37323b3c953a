import { describe, expect, it } from 'vitest';
import {
  asksCloudSize,
  asksUnstatedLoad,
  asksVersion,
  findAbsence,
  findResourceSilence,
  findUnheldAsked,
  findUnheldRole,
  findVersionSubject,
  isLoadWord,
  listAbsences,
  listUnstatedResources,
  namesCloudSize,
  statesCloudSize,
  statesCountOf,
  statesNoVersion,
} from '../../../src/lib/ask/find-absences.ts';
import { buildFactIndex, tokenizeText, type FactIndex, type IndexedFact } from '../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildLanternpad,
  buildLedgerInput,
  buildQueueStoreInput,
  buildQuillApiInput,
  buildSessionCacheInput,
} from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';

/** A fresh index (listAbsences caches per index, so each test builds its own) of Quillstack with these components. */
function indexWith(components: ArchitectureInput['components'], overrides: Partial<ArchitectureInput> = {}): FactIndex {
  return buildFactIndex([buildAskArchitectureWith(components, overrides)]);
}

/** Each absence of Quillstack as "component: unstated thing" (a whole-variant fact as "-"). */
function listed(index: FactIndex): string[] {
  return listAbsences(index, 'quillstack').map((absence) => `${absence.fact.component ?? '-'}: ${absence.text}`);
}

/** The fact of a component with the attribute given. */
function factOf(index: FactIndex, component: string, attribute: IndexedFact['attribute']): IndexedFact {
  const found = (index.factsByArchitecture.get('quillstack') ?? []).find((f) => f.component === component && f.attribute === attribute);
  if (!found) throw new Error(`no ${attribute} fact for ${component}`);
  return found;
}

describe('listAbsences', () => {
  it('reads each way a fact says the sources are silent', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API. The vendor gives no CPU figure.' }),
      buildLedgerInput({ purpose: 'Keeps accounts. No port number is stated.' }),
      buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
      buildComponentInput({
        id: 'quill-worker',
        name: 'Quill worker',
        role: 'job-worker',
        purpose: 'Runs jobs. The guide does not name the queue product.',
      }),
      buildComponentInput({
        id: 'quill-mailer',
        name: 'Quill mailer',
        role: 'job-worker',
        purpose: 'Sends mail. The guide says nothing about the retry period.',
      }),
    ]);
    expect(listed(index)).toEqual([
      '-: the load balancer product',
      '-: any port numbers',
      'quill-api: CPU figure',
      'ledger-db: port number',
      'session-cache: the eviction policy',
      'quill-worker: the queue product',
      'quill-mailer: the retry period',
    ]);
  });

  it('splits a list of unstated things at commas, "and", "or", "nor" and "no", and drops what is in brackets', () => {
    const index = indexWith([
      buildQuillApiInput({
        purpose: 'Not stated: the TLS mode (in any guide), the log level, and the queue, or the region, nor the zone.',
      }),
      buildLedgerInput({ purpose: 'The guide sets no backup tool and no retention period nor archive format.' }),
    ]);
    expect(listed(index).filter((line) => !line.startsWith('-'))).toEqual([
      'quill-api: the TLS mode',
      'quill-api: the log level',
      'quill-api: the queue',
      'quill-api: the region',
      'quill-api: the zone',
      'ledger-db: backup tool',
      'ledger-db: retention period',
      'ledger-db: archive format',
    ]);
  });

  it('drops items of two letters or fewer and items of stopwords only', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Not stated: OS, the, a queue.' })]);
    expect(listed(index).filter((line) => !line.startsWith('-'))).toEqual(['quill-api: a queue']);
  });

  it('reads no silence from a disagreement between sources, which quotes what each side leaves out', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API.' })], {
      conflicts: [
        {
          topic: 'Required cache version',
          statements: [
            { text: 'One guide gives no version of the cache', source: cite },
            { text: 'Another asks for 7', source: cite },
          ],
        },
      ],
    });
    expect(listed(index)).toEqual(['-: the load balancer product', '-: any port numbers']);
  });

  it('keeps the words of the rest of the fact, without those of its silence, as what it states', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API. The vendor gives no CPU figure.' })]);
    const [absence] = listAbsences(index, 'quillstack').filter((a) => a.fact.component === 'quill-api');
    expect([...(absence?.tokens ?? [])].sort()).toEqual(['figure', 'vcpu']);
    expect(absence?.stated.has('api')).toBe(true);
    expect(absence?.stated.has('vcpu')).toBe(false);
    expect(absence?.stated.has('the')).toBe(false);
  });

  it('answers the same list for a second call on the same index, and none for an unknown architecture', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'No port number is stated.' })]);
    expect(listAbsences(index, 'quillstack')).toBe(listAbsences(index, 'quillstack'));
    expect(listAbsences(index, 'nowhere')).toEqual([]);
  });
});

describe('findAbsence', () => {
  const components = () => [
    buildQuillApiInput({ purpose: 'Serves the API.' }),
    buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
  ];
  const none = new Map<string, string>();

  it('finds the silence that covers the question better than the answer', () => {
    const index = indexWith(components());
    const query = tokenizeText('eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0.2, facts: [] })?.text).toBe('the eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 1, facts: [factOf(index, 'quill-api', 'purpose')] })).toBeNull();
  });

  it('needs the silence to cover at least the floor of the question', () => {
    const index = indexWith(components());
    // "eviction" is in one fact, the other two words in none, which weigh half as much: eviction is 2 of 4, under 0.6.
    const query = tokenizeText('eviction retention archive');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0, facts: [] })).toBeNull();
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0, facts: [] }, 0.2)?.text).toBe('the eviction policy');
  });

  it('gives no silence when no question word weighs anything', () => {
    const index = indexWith(components());
    expect(findAbsence(index, ['quillstack'], none, [], { coverage: 0, facts: [] })).toBeNull();
  });

  it('gives no silence whose asked words the answer already holds', () => {
    const index = indexWith([...components(), buildLedgerInput({ purpose: 'Keeps accounts; its eviction policy is the vendor default.' })]);
    const query = tokenizeText('eviction policy');
    const ledger = factOf(index, 'ledger-db', 'purpose');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0.2, facts: [ledger] })).toBeNull();
  });

  it('answers with the silence when the best fact is the one stating it and the rest of that fact says less', () => {
    const index = indexWith(components());
    const silent = factOf(index, 'session-cache', 'purpose');
    const query = tokenizeText('eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 1, facts: [silent] })?.text).toBe('the eviction policy');
  });

  it('keeps a silence about one part from answering a question that names another part of the answer', () => {
    const index = indexWith(components());
    const silent = factOf(index, 'session-cache', 'purpose');
    const api = factOf(index, 'quill-api', 'purpose');
    const answer = { coverage: 1, facts: [silent, api] };
    // "API" names the Quill API, whose fact is in the answer: the cache's silence is not about it.
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('api eviction policy'), answer)).toBeNull();
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), answer)?.text).toBe('the eviction policy');
  });

  it('answers with the figures, not the silence, when the fact stating it also gives a number', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildSessionCacheInput({ purpose: 'Keeps 2 copies of sessions; the eviction policy is not stated.' }),
    ]);
    const silent = factOf(index, 'session-cache', 'purpose');
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), { coverage: 1, facts: [silent] })).toBeNull();
  });

  it('looks only at the variant asked, or the default one when none is', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    const query = tokenizeText('load balancer product');
    const answer = { coverage: 0, facts: [] };
    expect(findAbsence(index, ['quillstack'], none, query, answer)?.text).toBe('the load balancer product');
    expect(findAbsence(index, ['quillstack'], new Map([['quillstack', 'clustered']]), query, answer)).toBeNull();
  });

  it('prefers the silence covering the larger share of the question', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API; the eviction schedule is not stated.' }),
      buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
    ]);
    const query = tokenizeText('eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0, facts: [] })?.text).toBe('the eviction policy');
    // With a floor both reach, the later and larger one still wins.
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0, facts: [] }, 0.4)?.text).toBe('the eviction policy');
  });
});

describe('listUnstatedResources', () => {
  it('lists the resources asked that no fact gives a figure for, never node counts', () => {
    const index = indexWith([buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 2, vcpu: 2, source: cite }] })]);
    expect(listUnstatedResources(index, 'quillstack', ['nodes', 'vcpu', 'memoryGiB', 'storageGiB'])).toEqual(['memoryGiB', 'storageGiB']);
  });

  it('takes a fact that names a resource only to say it is not stated for no figure of it', () => {
    const index = indexWith([
      buildQuillApiInput({
        requirements: [{ scope: 'minimum', nodes: 2, vcpu: 2, source: cite }],
        notes: [{ kind: 'option', text: 'Runs 2 pods; the chart sets no memory figure.', source: cite }],
      }),
    ]);
    expect(listUnstatedResources(index, 'quillstack', ['vcpu', 'memoryGiB'])).toEqual(['memoryGiB']);
  });

  it('takes a utilisation target for no figure of the resource it is a share of', () => {
    const index = indexWith([
      buildQuillApiInput({
        settings: [{ name: 'api.targetMemoryUtilizationPercentage', value: '80', status: 'default', source: cite }],
        notes: [{ kind: 'option', text: 'Give it 4 GB of memory.', source: cite }],
      }),
    ]);
    expect(listUnstatedResources(index, 'quillstack', ['memoryGiB'])).toEqual([]);
    const shareOnly = indexWith([
      buildQuillApiInput({ settings: [{ name: 'api.targetMemoryUtilizationPercentage', value: '80', status: 'default', source: cite }] }),
    ]);
    expect(listUnstatedResources(shareOnly, 'quillstack', ['memoryGiB'])).toEqual(['memoryGiB']);
  });

  it('reads figures only from the kinds of fact that give them, not from a purpose', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API with 2 memory pools.' })]);
    expect(listUnstatedResources(index, 'quillstack', ['memoryGiB'])).toEqual(['memoryGiB']);
  });

  it('reads the fact’s own words, not its subject’s name', () => {
    const index = indexWith([
      buildComponentInput({
        id: 'file-storage',
        name: 'File storage',
        role: 'object-storage',
        purpose: 'Keeps uploads.',
        requirements: [{ scope: 'minimum', nodes: 2, source: cite }],
      }),
    ]);
    expect(listUnstatedResources(index, 'quillstack', ['storageGiB'])).toEqual(['storageGiB']);
  });

  it('reads a resource word naming a kind of node ("one storage node") as a node count, not a figure of the resource', () => {
    const kind = indexWith([
      buildLedgerInput({ notes: [{ kind: 'option', text: 'Runs on the 1 storage node of the design.', source: cite }] }),
    ]);
    expect(listUnstatedResources(kind, 'quillstack', ['storageGiB'])).toEqual(['storageGiB']);
    const figure = indexWith([
      buildLedgerInput({ notes: [{ kind: 'option', text: 'Give it 100 GB of storage per node.', source: cite }] }),
    ]);
    expect(listUnstatedResources(figure, 'quillstack', ['storageGiB'])).toEqual([]);
  });
});

describe('findResourceSilence', () => {
  const silentTwice = () =>
    indexWith([
      buildQuillApiInput({ notes: [{ kind: 'option', text: 'The chart sets no memory figure.', source: cite }] }),
      buildLedgerInput({ notes: [{ kind: 'option', text: 'The chart sets no memory figure.', source: cite }] }),
    ]);

  it('prefers the silence about the part the question names', () => {
    const index = silentTwice();
    expect(findResourceSilence(index, 'quillstack', ['memoryGiB'], tokenizeText('ledger database memory'))?.component).toBe('ledger-db');
    expect(findResourceSilence(index, 'quillstack', ['memoryGiB'], tokenizeText('api memory'))?.component).toBe('quill-api');
  });

  it('finds a silence about any one of the resources asked', () => {
    expect(findResourceSilence(silentTwice(), 'quillstack', ['vcpu', 'memoryGiB'], tokenizeText('ledger cpu and memory'))?.component).toBe(
      'ledger-db',
    );
  });

  it('takes the first silence when the question names no part, and none for a resource no fact is silent on', () => {
    const index = silentTwice();
    expect(findResourceSilence(index, 'quillstack', ['memoryGiB'], tokenizeText('memory'))?.component).toBe('quill-api');
    expect(findResourceSilence(index, 'quillstack', ['vcpu'], tokenizeText('cpu'))).toBeNull();
  });
});

describe('asksUnstatedLoad', () => {
  const catalogue = () =>
    buildFactIndex([
      buildAskArchitecture(),
      buildAskArchitectureWith([buildQuillApiInput()], { id: 'quillnote', product: 'Quillnote', loadDrivers: [] }),
    ]);

  it('is true for a load question about a product with no load measure and no rated load', () => {
    expect(asksUnstatedLoad(catalogue(), 'quillnote', tokenizeText('how many sign-ins can it take'), true)).toBe(true);
  });

  it('is false when the question asks for no rated load, or names no load word', () => {
    expect(asksUnstatedLoad(catalogue(), 'quillnote', tokenizeText('how many sign-ins can it take'), false)).toBe(false);
    expect(asksUnstatedLoad(catalogue(), 'quillnote', tokenizeText('how much can it take per second'), true)).toBe(false);
  });

  it('is true for a product with a load measure but no rated load only when the question asks what a stated setup serves', () => {
    expect(asksUnstatedLoad(catalogue(), 'quillstack', tokenizeText('how many sign-ins can the minimum setup take'), true, true)).toBe(
      true,
    );
    expect(asksUnstatedLoad(catalogue(), 'quillstack', tokenizeText('how many sign-ins can it take'), true)).toBe(false);
  });

  it('reads "load" or "traffic" as a load asked for, but not in "load balancer", nor of a sized product outside a stated setup', () => {
    const ask = (text: string, ofStatedSetup: boolean, id = 'quillstack') =>
      asksUnstatedLoad(catalogue(), id, tokenizeText(text), true, ofStatedSetup);
    expect(ask('how large a load can the minimum setup serve', true)).toBe(true);
    expect(ask('how much traffic can it serve', false, 'quillnote')).toBe(true);
    expect(ask('how large a load balancer does the minimum setup serve', true)).toBe(false);
    expect(ask('how large a load can it serve', false)).toBe(false);
  });

  it("counts the words of a driver's id as the product's own load, not only its label's", () => {
    // Quillstack's driver is written "sign-ins per second" but named "active-workspaces"; another product counts workspaces.
    const driver = { id: 'active-workspaces', label: 'sign-ins per second', singular: 'sign-in per second', source: cite };
    const workspaces = { id: 'workspaces', label: 'workspaces', singular: 'workspace', source: cite };
    const index = buildFactIndex([
      buildAskArchitectureWith([buildQuillApiInput()], { loadDrivers: [driver] }),
      buildAskArchitectureWith([buildQuillApiInput()], { id: 'quillnote', product: 'Quillnote', loadDrivers: [workspaces] }),
    ]);
    expect(asksUnstatedLoad(index, 'quillstack', tokenizeText('how many workspaces can it take'), true)).toBe(false);
    expect(asksUnstatedLoad(index, 'quillnote', tokenizeText('how many workspaces can the minimum setup take'), true, true)).toBe(true);
  });

  it('is false for a product with a rated load, or an unknown one', () => {
    const tested = { driver: 'sign-ins-per-second', max: 100, basis: 'tested' as const, source: 'authgear-self-managed#introduction' };
    const variant = {
      id: 'standard',
      name: 'Standard',
      summary: 'One API.',
      rated: [tested],
      source: 'authgear-self-managed#introduction',
    };
    const rated = buildFactIndex([buildAskArchitecture({ variants: [variant] })]);
    expect(asksUnstatedLoad(rated, 'quillstack', tokenizeText('how many sign-ins can the minimum setup take'), true, true)).toBe(false);
    expect(asksUnstatedLoad(catalogue(), 'nowhere', tokenizeText('how many sign-ins can it take'), true)).toBe(false);
  });
});

describe('statesNoVersion, asksVersion and findVersionSubject', () => {
  it('is true when no fact names a version, or only says versions are not stated', () => {
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Keeps accounts.' })]), 'quillstack')).toBe(true);
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Keeps accounts; no version is stated.' })]), 'quillstack')).toBe(true);
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Keeps accounts under version control.' })]), 'quillstack')).toBe(true);
  });

  it('is false when a fact gives a version', () => {
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Needs PostgreSQL version 16.' })]), 'quillstack')).toBe(false);
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Needs release 16.x of PostgreSQL.' })]), 'quillstack')).toBe(false);
    expect(
      statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Needs PostgreSQL release 13+ for its version checks.' })]), 'quillstack'),
    ).toBe(false);
  });

  it('reads a question as asking for a version when it says "version"', () => {
    expect(asksVersion(tokenizeText('which versions are supported'))).toBe(true);
    expect(asksVersion(tokenizeText('which tools are supported'))).toBe(false);
  });

  it('reads "the new version" and "the old Quill version" as a release in an upgrade, which asks for no version', () => {
    const isName = (token: string) => ['quill'].includes(token);
    expect(asksVersion(tokenizeText('which endpoint says the new version is ready'))).toBe(false);
    expect(asksVersion(tokenizeText('does the old Quill version keep running'))).toBe(false);
    expect(findVersionSubject(tokenizeText('which endpoint says the new Quill version is ready'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('which Quill version is needed'), isName)).toBe('quill');
  });

  it('finds the name before "version", else the one after "version of"', () => {
    const isName = (token: string) => ['redis', 'postgresql', 'quill'].includes(token);
    expect(findVersionSubject(tokenizeText('what Redis version'), isName)).toBe('redis');
    expect(findVersionSubject(tokenizeText('Postgres min version'), isName)).toBe('postgresql');
    expect(findVersionSubject(tokenizeText('which version of Redis'), isName)).toBe('redis');
    expect(findVersionSubject(tokenizeText('which version for Redis'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('minimum version'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('what Redis port'), isName)).toBeNull();
  });

  it('finds no version subject in a question asking how long or how often ("how long are Quill versions supported")', () => {
    const isName = (token: string) => ['quill'].includes(token);
    expect(findVersionSubject(tokenizeText('how long are Quill versions supported'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('how often do new Quill releases come out'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('Quill LTS release cadence'), isName)).toBeNull();
    expect(findVersionSubject(tokenizeText('which Quill LTS release is supported'), isName)).toBe('quill');
  });

  it('skips stopwords even when they pass as names', () => {
    expect(findVersionSubject(tokenizeText('the version of quill'), () => true)).toBe('quill');
  });
});

describe('cloud sizes', () => {
  it('recognises the cloud size names of each provider', () => {
    for (const size of ['cache.t3.medium', 'db.r8g.16xlarge', 'm6i.large', 'Standard_D4s_v5', 'n2-standard-4', 'c7g.metal']) {
      expect(namesCloudSize(`Use ${size} nodes.`)).toBe(true);
    }
    for (const text of ['Use a large node.', 'Give it 2.5 GB.', 'Standard tier', 'n2 standard']) expect(namesCloudSize(text)).toBe(false);
  });

  it('reads "instance type" and "SKU" as asking for a cloud size', () => {
    expect(asksCloudSize(tokenizeText('which instance type'))).toBe(true);
    expect(asksCloudSize(tokenizeText('how much memory'))).toBe(false);
  });

  it('finds a cloud size in a fact, in a managed option or in a variant’s override, else none', () => {
    const managed = (sku?: string) => [
      { cloud: 'aws' as const, service: 'amazon-rds-postgresql' as const, ...(sku ? { sku } : {}), source: cite },
    ];
    expect(statesCloudSize(indexWith([buildLedgerInput()]), 'quillstack')).toBe(false);
    expect(statesCloudSize(indexWith([buildLedgerInput({ managed: managed() })]), 'quillstack')).toBe(false);
    expect(statesCloudSize(indexWith([buildLedgerInput({ purpose: 'Runs on db.t4g.large.' })]), 'quillstack')).toBe(true);
    expect(statesCloudSize(indexWith([buildLedgerInput({ managed: managed('D2s v3') })]), 'quillstack')).toBe(true);
    const overridden = indexWith([buildLedgerInput({ overrides: { clustered: { managed: managed('D2s v3'), source: cite } } })]);
    expect(statesCloudSize(overridden, 'quillstack')).toBe(true);
    expect(statesCloudSize(overridden, 'quillstack')).toBe(true);
    expect(statesCloudSize(overridden, 'nowhere')).toBe(false);
  });
});

describe('listAbsences: separators written tightly', () => {
  it('splits after a semicolon with no space, and reads "no" opening an item as a separator', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Not stated: the queue;the region, no backup tool.' })]);
    expect(listed(index).filter((line) => !line.startsWith('-'))).toEqual([
      'quill-api: the queue',
      'quill-api: the region',
      'quill-api: backup tool',
    ]);
  });

  it('splits after a comma followed by a line break', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Not stated: the queue,\n  the region.' })]);
    expect(listed(index).filter((line) => !line.startsWith('-'))).toEqual(['quill-api: the queue', 'quill-api: the region']);
  });
});

describe('findAbsence: more of its rules', () => {
  const none = new Map<string, string>();
  const base = () => [
    buildQuillApiInput({ purpose: 'Serves the API.' }),
    buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
  ];

  it('leaves the lead fact’s own words out of what the answer holds when that fact states the silence', () => {
    // The fact gives a figure, so the lead-fact rule does not apply; the silence still covers more than the answer.
    const index = indexWith([buildSessionCacheInput({ purpose: 'Keeps 2 copies of sessions; the eviction policy is not stated.' })]);
    const silent = factOf(index, 'session-cache', 'purpose');
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), { coverage: 0.2, facts: [silent] })?.text).toBe(
      'the eviction policy',
    );
  });

  it('takes a share equal to the floor as enough', () => {
    const index = indexWith(base());
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), { coverage: 0.2, facts: [] }, 1)?.text).toBe(
      'the eviction policy',
    );
  });

  it('lets the fact stating the silence answer with it from half the floor, not below', () => {
    const index = indexWith(base());
    const silent = factOf(index, 'session-cache', 'purpose');
    const query = tokenizeText('eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 1, facts: [silent] }, 2)?.text).toBe('the eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 1, facts: [silent] }, 4)).toBeNull();
  });

  it('keeps the first of two silences when a later one covers less', () => {
    const index = indexWith([
      buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
      buildQuillApiInput({ purpose: 'Serves the API; the eviction schedule is not stated.' }),
    ]);
    const found = findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), { coverage: 0, facts: [] }, 0.4);
    expect(found?.fact.component).toBe('session-cache');
  });

  it('asked what a part is for, and the part states it, leaves out a silence about something else', () => {
    const index = indexWith(base());
    const api = factOf(index, 'quill-api', 'purpose');
    const query = tokenizeText('eviction policy');
    const answer = { coverage: 0.2, facts: [api] };
    expect(findAbsence(index, ['quillstack'], none, query, answer)?.text).toBe('the eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, answer, 0.6, 'purpose')).toBeNull();
  });

  it('keeps the silence when the kind asked is one the answer’s part has no fact of, or the answer has no fact', () => {
    const index = indexWith(base());
    const api = factOf(index, 'quill-api', 'purpose');
    const query = tokenizeText('eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0.2, facts: [api] }, 0.6, 'port')?.text).toBe('the eviction policy');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0.2, facts: [] }, 0.6, 'purpose')?.text).toBe('the eviction policy');
  });

  it('keeps a silence about what a part is for, and any silence when the lead fact is about no part', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildSessionCacheInput({ purpose: 'Keeps sessions; the purpose of the eviction policy is not stated.' }),
    ]);
    const query = tokenizeText('eviction policy purpose');
    const api = factOf(index, 'quill-api', 'purpose');
    expect(findAbsence(index, ['quillstack'], none, query, { coverage: 0.2, facts: [api] }, 0.6, 'purpose')?.fact.component).toBe(
      'session-cache',
    );
    // The lead fact is the variant's summary, about no part: the silence stands whatever is asked.
    const plain = indexWith(base());
    const summary = (plain.factsByArchitecture.get('quillstack') ?? []).find((fact) => fact.attribute === 'summary');
    if (!summary) throw new Error('no summary fact');
    const answer = { coverage: 0.2, facts: [summary] };
    expect(findAbsence(plain, ['quillstack'], none, tokenizeText('eviction policy'), answer, 0.6, 'purpose')?.text).toBe(
      'the eviction policy',
    );
  });
});

describe('listUnstatedResources: more of its rules', () => {
  it('never lists node counts, even when no fact gives one', () => {
    const index = indexWith([buildQuillApiInput({ requirements: [{ scope: 'minimum', vcpu: 2, source: cite }] })]);
    expect(listUnstatedResources(index, 'quillstack', ['nodes', 'vcpu', 'memoryGiB'])).toEqual(['memoryGiB']);
  });

  it('lets a silence of one fact take away only that fact’s figure', () => {
    const index = indexWith([
      buildQuillApiInput({ notes: [{ kind: 'option', text: 'Give it 4 GB of memory.', source: cite }] }),
      buildLedgerInput({ notes: [{ kind: 'option', text: 'Runs 2 pods; the chart sets no memory figure.', source: cite }] }),
    ]);
    expect(listUnstatedResources(index, 'quillstack', ['memoryGiB'])).toEqual([]);
  });
});

describe('statesNoVersion: more of its rules', () => {
  it('counts a fact naming a version though it is silent on something else', () => {
    const index = indexWith([buildLedgerInput({ purpose: 'Needs PostgreSQL version 16; the backup tool is not stated.' })]);
    expect(statesNoVersion(index, 'quillstack')).toBe(false);
  });

  it('reads "13+" as a version next to the words "version control"', () => {
    expect(statesNoVersion(indexWith([buildLedgerInput({ purpose: 'Needs PostgreSQL 13+ under version control.' })]), 'quillstack')).toBe(
      false,
    );
  });

  it('finds the name after "version of" at the start of the question', () => {
    expect(findVersionSubject(tokenizeText('version of Redis'), (token) => token === 'redis')).toBe('redis');
  });
});

describe('cloud sizes: more of their forms', () => {
  it('recognises a size whose family has several letters before its digits', () => {
    expect(namesCloudSize('Use hpc6a.48xlarge nodes.')).toBe(true);
  });

  it('finds no size in a variant’s override that gives no managed option, or one without a size', () => {
    const managed = [{ cloud: 'aws' as const, service: 'amazon-rds-postgresql' as const, source: cite }];
    const renamed = indexWith([buildLedgerInput({ overrides: { clustered: { name: 'Managed ledger', source: cite } } })]);
    expect(statesCloudSize(renamed, 'quillstack')).toBe(false);
    const unsized = indexWith([buildLedgerInput({ overrides: { clustered: { managed, source: cite } } })]);
    expect(statesCloudSize(unsized, 'quillstack')).toBe(false);
  });
});

describe('listAbsences: commas and brackets', () => {
  it('splits at a comma with no space after it', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API. Not stated: the zorbit,the quaffle.' })]);
    expect(listed(index).filter((entry) => entry.startsWith('quill-api'))).toEqual(['quill-api: the zorbit', 'quill-api: the quaffle']);
  });

  it('keeps the words either side of a bracket apart once the bracket is dropped', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API. Not stated: the zorbit(any kind)quaffle.' })]);
    const [absence] = listAbsences(index, 'quillstack').filter((entry) => entry.fact.component === 'quill-api');
    expect([...(absence?.tokens ?? [])].sort()).toEqual(tokenizeText('quaffle zorbit'));
  });
});

describe('findAbsence: ties and the answer’s other facts', () => {
  const none = new Map<string, string>();

  it('counts the words of an answer fact after the lead as held, though that fact states the silence', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
    ]);
    const answer = { coverage: 0.2, facts: [factOf(index, 'quill-api', 'purpose'), factOf(index, 'session-cache', 'purpose')] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), answer)).toBeNull();
  });

  it('needs the silence of the lead fact to cover more of the question than the rest of that fact, not as much', () => {
    // "zorbit" and "quaffle" are each in this one fact only, so each is half the question.
    const index = indexWith([buildSessionCacheInput({ purpose: 'Keeps zorbits; the quaffle is not stated.' })]);
    const silent = factOf(index, 'session-cache', 'purpose');
    const answer = { coverage: 1, facts: [silent] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('zorbit quaffle'), answer)).toBeNull();
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('quaffle'), answer)?.text).toBe('the quaffle');
  });

  it('keeps the first of two silences covering the same share', () => {
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API. Not stated: the zorbit, the quaffle.' })]);
    const found = findAbsence(index, ['quillstack'], none, tokenizeText('zorbit quaffle'), { coverage: 0, facts: [] }, 0.4);
    expect(found?.text).toBe('the zorbit');
  });

  it('keeps the silence when the kind asked is a whole-variant kind and the lead fact is about no part', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' }),
    ]);
    const summary = (index.factsByArchitecture.get('quillstack') ?? []).find((fact) => fact.attribute === 'summary');
    if (!summary) throw new Error('no summary fact');
    const answer = { coverage: 0.2, facts: [summary] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('eviction policy'), answer, 0.6, 'summary')?.text).toBe(
      'the eviction policy',
    );
  });
});

describe('listUnstatedResources: of one component', () => {
  it('reads only the facts of the component named', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    // The ledger states memory figures; the session cache states none.
    expect(listUnstatedResources(index, 'quillstack', ['memoryGiB'], 'ledger-db')).toEqual([]);
    expect(listUnstatedResources(index, 'quillstack', ['memoryGiB'], 'session-cache')).toEqual(['memoryGiB']);
  });
});

describe('findUnheldRole', () => {
  const unheld = (question: string, components?: ArchitectureInput['components']) =>
    findUnheldRole(components ? indexWith(components) : buildFactIndex([buildAskArchitecture()]), 'quillstack', tokenizeText(question));

  it('names an acronym kind in capitals, and another kind from a small letter', () => {
    expect(unheld('which CDN does quillstack use')).toBe('CDN');
    expect(unheld('which email / SMS gateway does quillstack use')).toBe('email / SMS gateway');
    expect(unheld('what message broker does quillstack use')).toBe('message broker');
  });

  it('finds no kind when the question has no "which" or "what" before it', () => {
    expect(unheld('message broker for quillstack')).toBeNull();
    expect(unheld('quillstack message broker')).toBeNull();
  });

  it('finds no kind for an architecture it does not hold', () => {
    expect(findUnheldRole(buildFactIndex([buildAskArchitecture()]), 'nowhere', tokenizeText('which message broker'))).toBeNull();
  });

  it('needs every word of the kind, in the question and in a fact that would mention it', () => {
    expect(unheld('which message bus does quillstack use')).toBeNull();
    // A fact saying "message" but not "broker" does not mention a message broker.
    const components = [buildQuillApiInput({ purpose: 'Sends one message per sign-in.' })];
    expect(unheld('which message broker does quillstack use', components)).toBe('message broker');
  });
});

describe('isLoadWord', () => {
  it('reads the words of a load driver’s singular as well as its label', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const index = indexWith([buildQuillApiInput()], {
      loadDrivers: [{ id: 'mice-moved', label: 'mice moved', singular: 'mouse moved', source: cite }],
    });
    const [mice = '', mouse = ''] = tokenizeText('mice mouse');
    expect(mice).not.toBe(mouse);
    expect(isLoadWord(index, mice)).toBe(true);
    expect(isLoadWord(index, mouse)).toBe(true);
  });
});

describe('statesNoVersion, findVersionSubject and namesCloudSize: edges', () => {
  it('states no version for an architecture it does not hold', () => {
    expect(statesNoVersion(buildFactIndex([buildAskArchitecture()]), 'nowhere')).toBe(true);
  });

  it('finds no subject when the question does not ask for a version, even after "of"', () => {
    expect(findVersionSubject(tokenizeText('of redis'), (token) => token === 'redis')).toBeNull();
  });

  it('recognises a size with a two-digit generation, a lettered machine family and a two-digit CPU count', () => {
    for (const size of ['c12.large', 'n2d-standard-4', 'n2-standard-16', 'Standard_F'])
      expect(namesCloudSize(`Use ${size} nodes.`)).toBe(true);
  });
});

describe('statesCountOf', () => {
  const cite = 'authgear-self-managed#introduction';
  const withSummary = (summary: string) =>
    buildFactIndex([buildLanternpad({ variants: [{ id: 'default', name: 'Default', summary, source: cite }] })]);

  it('finds a number of copies in figures, in words, before a size or after a setting', () => {
    for (const summary of [
      'Run 3 replicas of the canvas.',
      'Runs one canvas instance per cluster.',
      'Two nodes behind the canvas.',
      'canvas.replicaCount = 2 by default.',
    ])
      expect(statesCountOf(withSummary(summary), 'lanternpad'), summary).toBe(true);
  });

  it('finds none where copies are only named or counted vaguely', () => {
    for (const summary of ['Enable Multi-AZ on the database instances.', 'Run several replicas of the canvas.'])
      expect(statesCountOf(withSummary(summary), 'lanternpad'), summary).toBe(false);
  });
});

describe('asksUnstatedLoad: the words that make a load the product’s own', () => {
  const workspaces = { id: 'workspaces', label: 'workspaces', singular: 'workspace', source: cite };
  const queued = {
    id: 'jobs-waiting-in-the-queue',
    label: 'jobs waiting in the queue',
    singular: 'job waiting in the queue',
    source: cite,
  };
  const index = () =>
    buildFactIndex([
      buildAskArchitecture(),
      buildAskArchitectureWith([buildQuillApiInput()], { id: 'quillnote', product: 'Quillnote', loadDrivers: [workspaces] }),
      buildAskArchitectureWith([buildQuillApiInput()], { id: 'quillqueue', product: 'Quillqueue', loadDrivers: [queued] }),
    ]);
  const ask = (id: string, text: string) => asksUnstatedLoad(index(), id, tokenizeText(text), true);

  it('does not take "per" or "second" of a load sized per second as the product’s own load', () => {
    expect(ask('quillstack', 'how many workspaces per minute can it take')).toBe(true);
    expect(ask('quillstack', 'how many workspaces a second can it take')).toBe(true);
  });

  it('does not take a small word of a load’s name ("the" of "jobs waiting in the queue") as the product’s own load', () => {
    expect(ask('quillqueue', 'how many workspaces can the setup take')).toBe(true);
  });
});

describe('findAbsence: which words name another part of the answer', () => {
  const none = new Map<string, string>();
  const silentCache = () => buildSessionCacheInput({ purpose: 'Keeps sessions; the eviction policy is not stated.' });

  it('does not count a word of the silent part’s own name, though another part of the answer has it in its subject', () => {
    // "cache" names the session cache (whose silence it is) and is the queue store's kind (role "cache").
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API.' }), silentCache(), buildQueueStoreInput()]);
    const silent = factOf(index, 'session-cache', 'purpose');
    const store = factOf(index, 'queue-store', 'purpose');
    expect(store.subjectTokens.has('cache')).toBe(true);
    const answer = { coverage: 1, facts: [silent, store] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('cache eviction policy'), answer)?.text).toBe('the eviction policy');
  });

  it('counts only a word that names a part, not one of a part’s kind alone', () => {
    // "relational" is in the ledger's subject (its kind, "relational database") but in no part's name.
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      silentCache(),
      buildLedgerInput({ purpose: 'Keeps accounts.' }),
    ]);
    const silent = factOf(index, 'session-cache', 'purpose');
    const ledger = factOf(index, 'ledger-db', 'purpose');
    expect(ledger.subjectTokens.has('relational')).toBe(true);
    expect(index.componentOwners.has('relational')).toBe(false);
    const answer = { coverage: 1, facts: [silent, ledger] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('relational eviction policy'), answer)?.text).toBe('the eviction policy');
  });

  it('does not count a part the question names when no other fact of the answer is about it', () => {
    const index = indexWith([
      buildQuillApiInput({ purpose: 'Serves the API.' }),
      silentCache(),
      buildLedgerInput({ purpose: 'Keeps accounts.' }),
    ]);
    const silent = factOf(index, 'session-cache', 'purpose');
    const api = factOf(index, 'quill-api', 'purpose');
    // "ledger" names the ledger database, but the answer holds only the cache's and the API's facts.
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('ledger eviction policy'), { coverage: 1, facts: [silent] })?.text).toBe(
      'the eviction policy',
    );
    expect(
      findAbsence(index, ['quillstack'], none, tokenizeText('ledger eviction policy'), { coverage: 1, facts: [silent, api] })?.text,
    ).toBe('the eviction policy');
  });

  it('counts only facts about another component: a group of the whole variant is not another part beside a whole-variant silence', () => {
    // The silence is in the variant's summary (about no part); the group "Quill core" is about no part either.
    const index = indexWith([buildQuillApiInput({ purpose: 'Serves the API.', group: 'core' })], {
      variants: [{ id: 'standard', name: 'Standard', summary: 'Not stated: the zorbit policy.', source: cite }],
      groups: [{ id: 'core', label: 'Quill core' }],
    });
    const facts = index.factsByArchitecture.get('quillstack') ?? [];
    const summary = facts.find((fact) => fact.attribute === 'summary' && fact.text.includes('zorbit'));
    const group = facts.find((fact) => fact.attribute === 'group');
    if (!summary || !group) throw new Error('no summary or group fact');
    expect(group.subjectTokens.has('quill')).toBe(true);
    const answer = { coverage: 1, facts: [summary, group] };
    expect(findAbsence(index, ['quillstack'], none, tokenizeText('quill zorbit policy'), answer)?.text).toBe('the zorbit policy');
  });
});

describe('findUnheldAsked: the thing a "what … does X" asks for that no fact of X uses', () => {
  // Lanternpad's canvas keeps a retention of snapshots and writes a host name, so those words are ones archkb knows.
  const lanternpad = buildLanternpad({
    components: [
      buildComponentInput({
        id: 'canvas',
        name: 'Canvas service',
        role: 'application-service',
        purpose: 'Keeps a 30-day retention of snapshots at snapshots.lanternpad.example.com; its hostname is set by the installer.',
      }),
    ],
  });
  /** The word asked of Quillstack, whose API has the purpose, notes and name given, beside Lanternpad. */
  const unheld = (question: string, api: Partial<ArchitectureInput['components'][number]> = {}) =>
    findUnheldAsked(
      buildFactIndex([buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API.', ...api })]), lanternpad]),
      'quillstack',
      tokenizeText(question),
    );
  const [retention] = tokenizeText('retention');

  it('gives the word asked when only another product uses it', () => {
    expect(unheld('What retention does Quillstack recommend?')).toBe(retention);
  });

  it('gives none when one fact of the product uses it, in its text or as its subject', () => {
    const note = { kind: 'info' as const, text: 'Keeps a 7-day retention of sign-in records.', source: cite };
    expect(unheld('What retention does Quillstack recommend?', { notes: [note] })).toBeNull();
    expect(unheld('What retention does Quillstack recommend?', { name: 'Retention sweeper' })).toBeNull();
  });

  it('gives no host name word when a fact writes a host name, whatever it calls it, but still other words', () => {
    const written = { purpose: 'Serves the sign-in API at login.quill.example.com.' };
    expect(unheld('Which hostname does Quillstack use?')).toBe(tokenizeText('hostname')[0]);
    expect(unheld('Which hostname does Quillstack use?', written)).toBeNull();
    expect(unheld('What retention does Quillstack recommend?', written)).toBe(retention);
  });

  it('takes a host name of three labels as written, with a one-letter label or opening the text', () => {
    expect(unheld('Which hostname does Quillstack use?', { purpose: 'Serves the sign-in API at login.example.com.' })).toBeNull();
    expect(unheld('Which hostname does Quillstack use?', { purpose: 'Serves the sign-in API at a.example.com.' })).toBeNull();
    expect(unheld('Which hostname does Quillstack use?', { purpose: 'login.example.com serves the sign-in API.' })).toBeNull();
    expect(unheld('Which hostname does Quillstack use?', { purpose: 'Serves the sign-in API at api.q.com.' })).toBeNull();
  });
});
