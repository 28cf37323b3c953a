import { describe, expect, it } from 'vitest';
import { findTargets, findTargetsByNote } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import type { ArchitectureInput } from '../../../../src/schemas/architecture.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const subject = buildComputeSubject(buildAskArchitecture(), 'Quillstack');
const find = (words: string, variantWords = '') =>
  findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set(tokenizeText(variantWords))).map(
    ({ kind, id, coverage }) => ({ kind, id, coverage }),
  );

describe('findTargets', () => {
  it('names each component whose distinctive words the question uses', () => {
    expect(find('api and worker')).toEqual([
      { kind: 'component', id: 'quill-api', coverage: 1 },
      { kind: 'component', id: 'quill-worker', coverage: 1 },
    ]);
  });

  it('names a component of three or more words by its initials, in full', () => {
    const named = buildComputeSubject(
      buildAskArchitecture({
        hosts: [],
        components: [
          buildComponentInput({ id: 'edge-cache', name: 'Edge Cache Service', role: 'cache', technology: 'Frobcore' }),
          buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database' }),
        ],
      }),
      'Quillstack',
    );
    const targets = findTargets(named.resolved, tokenizeText('ecs nodes plus the ledger'), named.entry.nameTokens, new Set());
    expect(targets.map(({ id, coverage, hits }) => ({ id, coverage, hits }))).toEqual([
      { id: 'edge-cache', coverage: 1, hits: ['ecs'] },
      { id: 'ledger-db', coverage: 0.5, hits: ['ledger'] },
    ]);
    // Two-word names have no initials to name them by ("LD" is no name).
    expect(findTargets(named.resolved, tokenizeText('ld nodes'), named.entry.nameTokens, new Set())).toEqual([]);
  });

  it('names a host by its own name, standing for the components on it', () => {
    const [host] = findTargets(subject.resolved, tokenizeText('application box'), subject.entry.nameTokens, new Set());
    expect(host).toMatchObject({ kind: 'host', id: 'app-box', components: ['quill-api', 'quill-worker'], coverage: 1 });
  });

  it('names a group with the components of its nested groups', () => {
    const nested = buildComputeSubject(
      buildAskArchitecture({
        groups: [
          { id: 'core', label: 'Sign-in core' },
          { id: 'data', label: 'Ledger vault' },
          { id: 'caches', label: 'Caches', parent: 'data' },
        ],
        hosts: [],
        components: [
          buildComponentInput({ id: 'quill-api', name: 'Quill API', group: 'core' }),
          buildComponentInput({ id: 'ledger-db', name: 'Ledger database', group: 'data' }),
          buildComponentInput({ id: 'session-cache', name: 'Session cache', group: 'caches' }),
        ],
      }),
      'Quillstack',
    );
    const [vault] = findTargets(nested.resolved, tokenizeText('vault'), nested.entry.nameTokens, new Set());
    expect(vault).toMatchObject({ kind: 'group', id: 'data', components: ['ledger-db', 'session-cache'] });
  });

  it('keeps every candidate a shared word names equally well, best covered first', () => {
    expect(find('ledger')).toEqual([
      { kind: 'component', id: 'ledger-db', coverage: 0.5 },
      { kind: 'group', id: 'data', coverage: 0.5 },
    ]);
    expect(find('ledger database')[0]).toEqual({ kind: 'component', id: 'ledger-db', coverage: 1 });
  });

  it('drops a candidate another names better with the same word', () => {
    expect(find('session cache').map((target) => target.id)).toEqual(['session-cache']);
  });

  it("never names a component by the product's name or the variant's words", () => {
    expect(find('quillstack')).toEqual([]);
    expect(find('box', 'box')).toEqual([{ kind: 'host', id: 'app-box', coverage: 0.5 }]);
    expect(find('worker', 'worker')).toEqual([]);
  });

  /** Targets among Quillstack's API and the components given, with no host and groups as given. */
  const findAmong = (components: ArchitectureInput['components'], words: string, groups: ArchitectureInput['groups'] = []) => {
    const among = buildComputeSubject(buildAskArchitecture({ hosts: [], groups, components }), 'Quillstack');
    return findTargets(among.resolved, tokenizeText(words), among.entry.nameTokens, new Set()).map(({ kind, id, coverage }) => ({
      kind,
      id,
      coverage,
    }));
  };
  const named = (id: string, name: string, group?: string) =>
    buildComponentInput({ id, name, role: 'application-service', ...(group ? { group } : {}) });
  const api = named('quill-api', 'Quill API');

  it('never names a component by a number in its name, but by a word with digits in it', () => {
    expect(findAmong([api, named('worker-2', 'Worker 2')], '2')).toEqual([]);
    expect(findAmong([api, named('relay-10', 'Relay 10')], '10')).toEqual([]);
    expect(findAmong([api, named('auth-2fa', 'Auth 2fa')], '2fa')).toEqual([{ kind: 'component', id: 'auth-2fa', coverage: 0.5 }]);
    expect(findAmong([api, named('proxy-v2', 'Proxy v2')], 'v2')).toEqual([{ kind: 'component', id: 'proxy-v2', coverage: 0.5 }]);
  });

  it('leaves generic words out of a name with other words, and keeps them in a name of generic words only', () => {
    // "server" is generic: "Edge server" is named by "edge" alone, fully.
    expect(findAmong([api, named('edge-server', 'Edge server')], 'edge')).toEqual([{ kind: 'component', id: 'edge-server', coverage: 1 }]);
    const generic = named('cluster-node-service', 'Cluster node service');
    expect(findAmong([api, generic], 'cluster node')).toEqual([{ kind: 'component', id: 'cluster-node-service', coverage: 2 / 3 }]);
    // One generic word of three is too little, even when nothing else has it.
    expect(findAmong([api, generic], 'cluster')).toEqual([]);
  });

  it('names a candidate by a word only it has, however little of its name the question uses, best covered first', () => {
    expect(findAmong([named('edge-proxy-relay', 'Edge proxy relay'), api], 'relay api')).toEqual([
      { kind: 'component', id: 'quill-api', coverage: 1 },
      { kind: 'component', id: 'edge-proxy-relay', coverage: 1 / 3 },
    ]);
  });

  it('keeps a candidate that a word names best, though another word names another better', () => {
    // "relay" names "Relay mirror" (fully covered) better, but "edge" names only "Edge proxy relay".
    expect(
      findAmong([api, named('edge-proxy-relay', 'Edge proxy relay'), named('relay-mirror', 'Relay mirror')], 'edge relay mirror'),
    ).toEqual([
      { kind: 'component', id: 'relay-mirror', coverage: 1 },
      { kind: 'component', id: 'edge-proxy-relay', coverage: 2 / 3 },
    ]);
  });

  it('names neither of two candidates sharing the one word used when it covers less than half of each name', () => {
    expect(
      findAmong([api, named('edge-proxy-relay', 'Edge proxy relay'), named('relay-mirror-vault', 'Relay mirror vault')], 'relay'),
    ).toEqual([]);
  });

  it('never names a group with no components', () => {
    expect(findAmong([api], 'spare', [{ id: 'spare', label: 'Spare parts' }])).toEqual([]);
  });

  it('names a group with the components of groups nested at any depth, whatever order they are listed in', () => {
    const groups = [
      { id: 'inner', label: 'Inner ring', parent: 'middle' },
      { id: 'middle', label: 'Middle ring', parent: 'outer' },
      { id: 'outer', label: 'Outer vault' },
      { id: 'aside', label: 'Aside', parent: 'side' },
      { id: 'side', label: 'Side door' },
    ];
    const among = buildComputeSubject(
      buildAskArchitecture({
        hosts: [],
        groups,
        components: [
          named('quill-api', 'Quill API', 'inner'),
          named('ledger-db', 'Ledger database', 'outer'),
          named('session-cache', 'Session cache', 'aside'),
        ],
      }),
      'Quillstack',
    );
    const [vault] = findTargets(among.resolved, tokenizeText('vault'), among.entry.nameTokens, new Set());
    expect(vault).toMatchObject({ kind: 'group', id: 'outer', components: ['quill-api', 'ledger-db'] });
  });
});

describe('findTargetsByNote', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const noted = buildComputeSubject(
    buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          requirements: [
            {
              scope: 'reference',
              vcpu: 1,
              memory: '3GB',
              nodes: 2,
              note: 'Slot size of the steps in the ledger, two slots to start.',
              source: cite,
            },
          ],
        }),
        buildComponentInput({
          id: 'ledger-db',
          name: 'Ledger database',
          requirements: [{ scope: 'reference', vcpu: 2, memory: '8GB', note: 'Storage grows with the slot history.', source: cite }],
        }),
      ],
    }),
    'Quillstack',
  );
  const find = (words: string) =>
    findTargetsByNote(noted.resolved, tokenizeText(words), noted.entry.nameTokens, new Set()).map(({ id, hits }) => ({ id, hits }));

  it('names the one component whose figure notes hold two question words no other component has', () => {
    expect(find('the documented size and steps, altogether')).toEqual([{ id: 'quill-api', hits: ['size', 'step'] }]);
    expect(findTargetsByNote(noted.resolved, tokenizeText('size and steps'), noted.entry.nameTokens, new Set())).toEqual([
      { kind: 'component', id: 'quill-api', name: 'Quill API', components: ['quill-api'], coverage: 1, hits: ['size', 'step'] },
    ]);
  });

  it("names none by a word of another component's name or of the variant's name", () => {
    // "ledger" names the ledger database, so only "size" is left to the API's note.
    expect(find('the ledger size')).toEqual([]);
    const byVariant = findTargetsByNote(
      noted.resolved,
      tokenizeText('the documented size and steps'),
      noted.entry.nameTokens,
      new Set(['size']),
    );
    expect(byVariant).toEqual([]);
  });

  it('names none on one shared word, a word another note holds, or two components matching', () => {
    expect(find('the size')).toEqual([]);
    // "slot" is in both notes, so it says nothing about which one is meant.
    expect(find('slot size')).toEqual([]);
    expect(find('size steps storage history')).toEqual([]);
  });
});

/** Quillstack with only the components given and no host, for the role-word tests. */
const roled = (components: ArchitectureInput['components']) =>
  buildComputeSubject(buildAskArchitecture({ hosts: [], components }), 'Quillstack');
/** The targets a question's words name among a catalogue's components, with their coverage and the words that named them. */
const targetsOf = (named: ReturnType<typeof roled>, words: string) =>
  findTargets(named.resolved, tokenizeText(words), named.entry.nameTokens, new Set()).map(({ id, coverage, hits }) => ({
    id,
    coverage,
    hits,
  }));

describe('findTargets: a word of a component role', () => {
  it('names the one component whose role holds a word no name holds ("the database nodes" of a store named by its product)', () => {
    const named = roled([
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
      buildComponentInput({ id: 'frobsql', name: 'FrobSQL', role: 'relational-database' }),
    ]);
    expect(targetsOf(named, 'api nodes plus the database nodes')).toEqual([
      { id: 'quill-api', coverage: 1, hits: ['api'] },
      { id: 'frobsql', coverage: 0.5, hits: ['database'] },
    ]);
  });

  it('names none by a role word two components share, or one a name holds already', () => {
    const shared = roled([
      buildComponentInput({ id: 'frobsql', name: 'FrobSQL', role: 'relational-database' }),
      buildComponentInput({ id: 'frobdoc', name: 'FrobDoc', role: 'document-database' }),
    ]);
    expect(targetsOf(shared, 'database nodes')).toEqual([]);
    const named = roled([
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database' }),
      buildComponentInput({ id: 'frobdoc', name: 'FrobDoc', role: 'document-database' }),
    ]);
    expect(targetsOf(named, 'database nodes')).toEqual([{ id: 'ledger-db', coverage: 0.5, hits: ['database'] }]);
  });
});

describe('findTargets: a role word, against the names of candidates and the parts already named', () => {
  it('takes no word of any candidate name for a role word, though that candidate is not named by it', () => {
    // "cache" is one of three words of two relays' names, shared, so it names neither relay; the cache's role label
    // holds it too, but a name word is never a role word.
    const named = roled([
      buildComponentInput({ id: 'alpha-relay', name: 'Alpha cache relay', role: 'application-service' }),
      buildComponentInput({ id: 'beta-relay', name: 'Beta cache relay', role: 'application-service' }),
      buildComponentInput({ id: 'frobcore', name: 'Frobcore', role: 'cache' }),
    ]);
    expect(targetsOf(named, 'cache nodes')).toEqual([]);
  });

  it('does not name again by its role a component the question names by its own name', () => {
    const named = roled([
      buildComponentInput({ id: 'quill-api', name: 'Quill API', role: 'application-service' }),
      buildComponentInput({ id: 'frobsql', name: 'FrobSQL', role: 'relational-database' }),
    ]);
    expect(targetsOf(named, 'frobsql database nodes')).toEqual([{ id: 'frobsql', coverage: 1, hits: ['frobsql'] }]);
  });
});

describe("findTargets: the product's own app", () => {
  const build = (names: string[]) =>
    buildComputeSubject(
      buildAskArchitecture({
        hosts: [],
        components: [
          ...names.map((name, i) => buildComponentInput({ id: `own-${i}`, name, role: 'application-service' })),
          buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database' }),
        ],
      }),
      'Quillstack',
    );
  const idsFor = (names: string[], words: string) => {
    const named = build(names);
    return findTargets(named.resolved, tokenizeText(words), named.entry.nameTokens, new Set()).map(({ id }) => id);
  };

  it('reads "the app" as the one component named by the product and generic words alone ("Quillstack server")', () => {
    expect(idsFor(['Quillstack server'], 'the app plus the ledger')).toEqual(['own-0', 'ledger-db']);
  });

  it('names none when two components are so named, or when a name holds the word itself', () => {
    expect(idsFor(['Quillstack server', 'Quillstack service'], 'the app plus the ledger')).toEqual(['ledger-db']);
    expect(idsFor(['Quillstack server', 'Quill application gateway'], 'the application plus the ledger')).toEqual(['own-1', 'ledger-db']);
  });
});
