import { describe, expect, it } from 'vitest';
import {
  checkQuestion,
  correctToken,
  listNameHeadWords,
  listWrittenWords,
  measureEditDistance,
  normalizeQuestionText,
  readNumbers,
  rewordQuestion,
  stemToken,
  stopwords,
  tokenizeQuestion,
  markSentenceEnds,
  tokenizeText,
  writeNumberWords,
} from '../../../src/lib/ask/index.ts';
import { dropAsides, escapeRegExp, listLeftOutPhrases } from '../../../src/lib/ask/normalize-question.ts';
import { askVocabulary } from '../../../src/lib/model/index.ts';

/** The values tokenizeQuestion reads from a question. */
const valuesOf = (question: string) => tokenizeQuestion(question).numbers.map((n) => n.value);

describe('readNumbers and tokenizeQuestion', () => {
  it('reads "on by default" and "on out of the box" as enabled by default, as sources write a feature that is', () => {
    expect(tokenizeText('is that feature on out of the box')).toEqual(expect.arrayContaining(['enable', 'default']));
    expect(tokenizeText('Is it on by default?')).toContain('enable');
    // "Off by default" keeps its own word: a condition "once X is enabled (off by default)" is not read as disabling X.
    expect(tokenizeText('they are off by default')).not.toContain('disable');
  });

  it('reads "prereqs" as prerequisites', () => {
    expect(tokenizeText('ledger prereqs?')).toEqual(tokenizeText('ledger prerequisites?'));
    expect(tokenizeText('the pre-req list')).toContain(tokenizeText('prerequisite')[0]);
  });

  it('reads "size" as a verb ("size it", "size or tier that cache") as sizing, and leaves the noun', () => {
    expect(tokenizeText('how should I size or tier that cache')).toContain(tokenizeText('sizing')[0]);
    expect(tokenizeText('we size the ledger per user')).toContain(tokenizeText('sizing')[0]);
    expect(tokenizeText('what default size the ledger')).not.toContain(tokenizeText('sizing')[0]);
    expect(tokenizeText('what cache size do they give')).not.toContain(tokenizeText('sizing')[0]);
  });

  it('reads "swap X for Y" and "replace X with Y" as using Y instead of X', () => {
    expect(tokenizeText('swap the cache image for the official one')).toEqual(
      tokenizeText('use the official one instead of the cache image'),
    );
    expect(tokenizeText('replace the cache image with the official one')).toEqual(
      tokenizeText('use the official one instead of the cache image'),
    );
  });

  it('reads "swap in X for Y" the other way round, as using X instead of Y', () => {
    expect(tokenizeText('swap in the official image for the cache one')).toEqual(
      tokenizeText('use the official image instead of the cache one'),
    );
  });

  it('reads "any red flags?" as asking for caveats, with no colour a vendor name could match', () => {
    expect(tokenizeText('Any red flags?')).toEqual(['any', 'caveat']);
    expect(tokenizeText('the Red Hat sandbox')).toContain('red');
  });

  it('reads a bare x.y with no unit after it as the release x.y.0, and a quantity such as "1.5 GB" or "2.5 %" as none', () => {
    expect(tokenizeQuestion('we moved the chart to 3.0 and now it fails').tokens.at(-1)).toBe('3.0.0');
    expect(tokenizeText('needs Kubernetes 1.30 or later')).toContain('1.30.0');
    // A fact's release x.y.0 and a question's x.y meet in one word.
    expect(tokenizeText('since chart 3.0.0 the chart')).toContain('3.0.0');
    expect(tokenizeQuestion('give it 1.5 GB of memory').tokens.filter((token) => token.includes('.'))).toEqual(['1.5']);
    expect(tokenizeText('keep 2.5 % headroom').filter((token) => token.includes('.'))).toEqual([]);
    expect(tokenizeText('chart 3.2.1').filter((token) => token.includes('.'))).toEqual(['3.2.1']);
  });

  it('keeps a release written x.y.z as a word of its own after the others, so a fact naming the release can match it', () => {
    const { tokens } = tokenizeQuestion('we moved the chart to 3.0.0, and from 2.x');
    expect(tokens.at(-1)).toBe('3.0.0');
    expect(tokens.filter((token) => token.includes('.'))).toEqual(['3.0.0']);
  });

  it('reads grouped, suffixed and worded numbers as one value', () => {
    expect(valuesOf('100,000 users')).toEqual([100_000]);
    expect(valuesOf('100 000 users')).toEqual([100_000]);
    expect(valuesOf('1,250,000 users')).toEqual([1_250_000]);
    expect(valuesOf('100k users')).toEqual([100_000]);
    expect(valuesOf('2M users')).toEqual([2_000_000]);
    expect(valuesOf('10 thousand users')).toEqual([10_000]);
    expect(valuesOf('3 million')).toEqual([3_000_000]);
  });

  it('keeps the decimal point: "1.5k" is 1,500 and "1.5" is one and a half, not 5', () => {
    expect(valuesOf('1.5k users')).toEqual([1_500]);
    expect(valuesOf('2.5 vCPU')).toEqual([2.5]);
    expect(valuesOf('1.5 requests')).toEqual([1.5]);
  });

  it('reads a minus sign as negative, so "-1" users is not 1 user, but not a hyphen inside a word', () => {
    expect(tokenizeQuestion('memory for -1 users').numbers[0]).toMatchObject({ value: -1, negative: true });
    expect(tokenizeQuestion('memory for \u22125 users').numbers[0]).toMatchObject({ value: -5, negative: true });
    // A hyphen after letters joins the digits to a name ("pods-3"), which is no number at all.
    expect(valuesOf('pods-3 replicas')).toEqual([]);
    expect(tokenizeQuestion('1-3 replicas').numbers[1]).toMatchObject({ value: 3, negative: false });
  });

  it('reads the unit written after a number into canonical GiB or vCPU, millicores included', () => {
    expect(tokenizeQuestion('a 1250 MB request').numbers[0]).toMatchObject({
      value: 1250,
      unit: 'mb',
      measure: 'size',
      canonical: 1250 / 1024,
    });
    expect(tokenizeQuestion('16GB per node').numbers[0]).toMatchObject({ value: 16, measure: 'size', canonical: 16 });
    expect(tokenizeQuestion('4 vCPUs').numbers[0]).toMatchObject({ value: 4, measure: 'cpu', canonical: 4 });
    expect(tokenizeQuestion('500m CPU').numbers[0]).toMatchObject({ value: 0.5, unit: 'millicores', canonical: 0.5 });
  });

  it('leaves units, versions and names that merely contain digits alone', () => {
    expect(readNumbers('30kB per user').values).toEqual([expect.objectContaining({ value: 30, unit: 'kb' })]);
    expect(readNumbers('CONCURRENCY=10 and 3 workers').values.map((number) => number.assigned ?? false)).toEqual([true, false]);
    expect(readNumbers('limit = 2k').values).toEqual([expect.objectContaining({ value: 2000, assigned: true })]);
    // A setting's written name (with an underscore or a dot) "set to" a number assigns it; a plain word set to one does not.
    expect(readNumbers('3 workers with QUILL_CONCURRENCY set to 10').values.map((number) => number.assigned ?? false)).toEqual([
      false,
      true,
    ]);
    expect(readNumbers('with worker.replicas is set to 4').values.map((number) => number.assigned ?? false)).toEqual([true]);
    expect(readNumbers('with the queue set to 100 jobs').values.map((number) => number.assigned ?? false)).toEqual([false]);
    expect(valuesOf('run on k8s')).toEqual([]);
    expect(valuesOf('upgrade from v2.19')).toEqual([]);
  });

  it('reads no number a hyphen joins to the word before it ("app-0", "eu-central-1"), but a range and a minus sign still', () => {
    expect(valuesOf('pods app-0 and app-1 in eu-central-1')).toEqual([]);
    expect(valuesOf('5-10 users')).toEqual([5, 10]);
    expect(valuesOf('a delta of -5')).toEqual([-5]);
    expect(valuesOf('-3 nodes')).toEqual([-3]);
  });

  it('keeps each number at its place among the tokens', () => {
    const { tokens, numbers } = tokenizeQuestion('CPU for 300 logins per second');
    const position = numbers[0]?.position ?? -1;
    expect(tokens[position]).toBe('300');
    expect(tokens[position + 1]).toBe('login');
  });
});

describe('tokenizeText', () => {
  it('reads the newest or oldest of a named thing as its version, once', () => {
    expect(tokenizeText('the newest ledger I can use')).toEqual(['the', 'newest', 'ledger', 'version', 'i', 'can', 'use']);
    expect(tokenizeText('the oldest ledger version')).toEqual(['the', 'oldest', 'ledger', 'version']);
  });

  it('reads a "topology" as a mode as well, and a "CRD" as a custom resource definition', () => {
    expect(tokenizeText('which cache topology')).toEqual(['which', 'cache', 'topology', 'mode']);
    expect(tokenizeText('its CRDs')).toEqual(['its', 'custom', 'resource', 'definition']);
  });

  it('reads an HTTP path as an endpoint too, as the sources name one', () => {
    expect(tokenizeText('which paths')).toEqual(['which', 'path', 'endpoint']);
  });

  it('reads a "DC" as a data center, as the sources write it', () => {
    expect(tokenizeText('across two DCs')).toEqual(tokenizeText('across two data centers'));
    expect(tokenizeText('one dc')).toEqual(tokenizeText('one data center'));
  });

  it('reads "controls" as the components that provide them, and "control" as written', () => {
    expect(tokenizeText('which security controls')).toEqual(['which', 'security', 'component']);
    expect(tokenizeText('the control plane')).toEqual(['the', 'control', 'plane']);
  });

  it('reads a "config change" as a setting and cutting as reducing, as the sources write them', () => {
    expect(tokenizeText('the config changes')).toEqual(tokenizeText('the settings'));
    expect(tokenizeText('cutting ledger usage')).toEqual(tokenizeText('reduce ledger usage'));
  });

  it('reads monitoring as the watching the sources write ("watch job completion time")', () => {
    for (const text of ['monitor the ledger', 'monitoring the ledger', 'the ledger is monitored'])
      expect(tokenizeText(text)).toContain(tokenizeText('watch')[0]);
  });

  it('reads "3 of us" as 3 people, and leaves "all of us" alone', () => {
    const counted = tokenizeQuestion('3 of us would run it at the same time');
    expect(counted.tokens.slice(0, 2)).toEqual(['3', 'people']);
    expect(counted.numbers[0]?.position).toBe(0);
    expect(tokenizeText('all of us run it')).toContain('us');
  });

  it('reads "wants me running X" as needing X, and leaves other wants alone', () => {
    expect(tokenizeText('does it want me running a cache')).toContain('need');
    expect(tokenizeText('do they want us to use a cache')).toContain('need');
    expect(tokenizeText('we want a cache')).not.toContain('need');
  });

  it('reads a "healthcheck" written as one word as a health check', () => {
    expect(tokenizeText('the healthcheck path')).toEqual(tokenizeText('the health check path'));
    expect(tokenizeText('two healthchecks')).toEqual(expect.arrayContaining(['health', 'check']));
  });

  it('reads a part that "dies" or is "dead" as down', () => {
    for (const text of ['if the cache dies', 'the cache died', 'the cache is dead']) expect(tokenizeText(text)).toContain('down');
  });

  it('reads "is X needed, or can we get by on Y?" as whether X is needed, and leaves other alternatives alone', () => {
    expect(rewordQuestion('is the cache actually needed, or can we get by on the ledger?')).toBe('is the cache actually needed?');
    expect(rewordQuestion('is the cache needed or can we use the ledger for it')).toBe('is the cache needed');
    expect(rewordQuestion('is the cache faster, or can we use the ledger?')).toBe('is the cache faster, or can we use the ledger?');
  });

  it('reads a "hard dependency" as a required part, and leaves a chart\'s bare "dependency" alone', () => {
    expect(tokenizeText('the search index is a hard dependency')).toEqual(tokenizeText('the search index is a required'));
    expect(tokenizeText('it ships ingress as a dependency')).not.toContain('required');
  });

  it('reads "keep A under a bound" as holding A within it, not as storing A, and leaves "keep sessions" alone', () => {
    expect(tokenizeText('keep the latency under 10 ms')).toEqual(tokenizeText('have the latency under 10 ms'));
    expect(tokenizeText('keeping round trips within 10 ms')).not.toContain('keep');
    expect(tokenizeText('where do they keep sessions')).toContain('keep');
    expect(tokenizeText('keep sessions. Is latency under 10 ms')).toContain('keep');
  });

  it('reads "min" after a number as minutes and elsewhere as a minimum', () => {
    expect(tokenizeText('restarted 10 min ago')).toEqual(['restarted', '10', 'minute', 'ago']);
    expect(tokenizeText('after 10mins')).toEqual(['after', '10', 'minute']);
    expect(tokenizeText('min 3 nodes')).toEqual(['minimum', '3', 'node']);
    expect(tokenizeQuestion('restarted 10 min ago').tokens).toEqual(['restarted', '10', 'minute', 'ago']);
  });

  it('reads "inside/within the architecture" as "in the architecture", and leaves "inside the pod" alone', () => {
    expect(tokenizeText('a cache inside the architecture')).toEqual(tokenizeText('a cache in the architecture'));
    expect(tokenizeText('a cache within our deployment')).toEqual(tokenizeText('a cache in our deployment'));
    expect(tokenizeText('inside the pod')).toContain('inside');
  });

  it('reads the progressive "is recommending / requiring / needing" as the verb itself', () => {
    expect(tokenizeText('which platform is Quillstack recommending')).toEqual(tokenizeText('which platform is Quillstack recommend'));
    expect(tokenizeText('requiring needing')).toEqual(['require', 'need']);
  });

  it('reads speaking and talking as the talking the sources write for a connection', () => {
    expect(tokenizeText('which service is speaking with the ledger')).toEqual(tokenizeText('which service is talk with the ledger'));
    expect(tokenizeText('speaks talking connecting communicating')).toEqual(['talk', 'talk', 'connect', 'communicate']);
  });

  it('reads a chart that installs its own X as one that bundles X', () => {
    expect(tokenizeText('does the chart install its own controller')).toEqual(tokenizeText('does the chart bundle its own controller'));
    expect(tokenizeText('both charts installed their own proxy')).toEqual(tokenizeText('both charts bundle their own proxy'));
    expect(tokenizeText('we install the controller ourselves')).not.toContain('bundle');
  });

  it('reads stripping settings out as the removing the sources write', () => {
    expect(tokenizeText('which variables do I strip')).toEqual(tokenizeText('which variables do I remove'));
    expect(tokenizeText('strips stripped')).toEqual(tokenizeText('remove removed'));
  });

  it('maps synonyms and abbreviations onto the same tokens', () => {
    expect(tokenizeText('Postgres')).toEqual(tokenizeText('PostgreSQL'));
    expect(tokenizeText('pg')).toEqual(tokenizeText('PostgreSQL'));
    expect(tokenizeText('RAM')).toEqual(tokenizeText('memory'));
    expect(tokenizeText('k8s')).toEqual(tokenizeText('Kubernetes'));
    // A PDB is the pod disruption budget a setting such as podDisruptionBudget sets.
    expect(tokenizeText('PDB')).toEqual(['pod', 'disruption', 'budget']);
    expect(tokenizeText('podDisruptionBudget')).toEqual(expect.arrayContaining(tokenizeText('PDB')));
    expect(tokenizeText('IaC')).toEqual(tokenizeText('infrastructure'));
    // Scaling "automatically" is autoscaling, however it is written.
    for (const said of ['scale automatically', 'automatically scaled', 'scales out automatically', 'auto-scaling'])
      expect(tokenizeText(said), said).toEqual(tokenizeText('autoscaling'));
    // A data centre, however spelled, is one site, as the sources pair it with an availability zone.
    for (const said of ['data centres', 'datacenter', 'data-center']) expect(tokenizeText(said), said).toEqual(tokenizeText('zone'));
    // A virtual machine is the VM of a layout's name, and still a machine.
    expect(tokenizeText('two virtual machines')).toEqual(expect.arrayContaining(['vm', 'machine']));
    // What is tested "regularly" is what the sources call the regular tests.
    expect(tokenizeText('regularly tested')).toEqual(expect.arrayContaining(tokenizeText('regular')));
    // A metric name's "hashing" part meets a question's "hash"; what monitoring "scrapes" is a metric.
    expect(tokenizeText('password_hashing_validations')).toEqual(tokenizeText('password hash validations'));
    expect(tokenizeText('scraping')).toEqual(tokenizeText('metrics'));
    expect(tokenizeText('bumping the chart')).toEqual(tokenizeText('upgrading the chart'));
    // Jumping to a release is an upgrade that skips the ones between; a jump host is not.
    expect(tokenizeText('jump straight to 3.0')).toEqual(tokenizeText('upgrade directly to 3.0'));
    expect(tokenizeText('jump host')).toEqual(['jump', 'host']);
    expect(tokenizeText('on out of the box')).toEqual(tokenizeText('on by default'));
    expect(tokenizeText('GPUs and VMs')).toEqual(tokenizeText('GPU and VM'));
    expect(tokenizeText('apps')).toEqual(tokenizeText('applications'));
    expect(tokenizeText('prod')).toEqual(tokenizeText('production'));
    expect(tokenizeText('HA')).toEqual(tokenizeText('high availability'));
    expect(tokenizeText('AZs')).toEqual(tokenizeText('availability zones'));
    expect(tokenizeText('retention')).toEqual(tokenizeText('retain'));
    expect(tokenizeText('enabling Multi-AZ')).toEqual(tokenizeText('enable multi-az'));
    expect(tokenizeText('what does it call for')).toEqual(tokenizeText('what does it need'));
    expect(tokenizeText('profile pictures')).toEqual(tokenizeText('profile images'));
    expect(tokenizeText('flip the flag')).toEqual(tokenizeText('set the flag'));
    expect(tokenizeText('toggled it')).toEqual(tokenizeText('set it'));
    expect(tokenizeText('the main datastore')).toEqual(tokenizeText('the main data store'));
    expect(tokenizeText('split the workers')).toEqual(tokenizeText('separate the workers'));
    expect(tokenizeText('retainTime')).toContain(tokenizeText('retention')[0]);
    // "At least" states a minimum, the same word as "min"; "least" alone stays itself.
    expect(tokenizeText('at least 3 zones')).toEqual(tokenizeText('min 3 zones'));
    expect(tokenizeText('the least memory')).toContain('least');
    // "In front of" meets "behind", its other side.
    expect(tokenizeText('what sits in front of the frontend')).toContain(tokenizeText('behind')[0]);
  });

  it('splits camelCase setting names into words and keeps the whole name', () => {
    expect(tokenizeText('autoscaling.maxReplicas')).toEqual(expect.arrayContaining(['maxreplica', 'maximum', 'replica']));
    // An acronym inside the name is a word of its own: "CPU" here, which reads as vCPU.
    expect(tokenizeText('autoscaling.targetCPUUtilizationPercentage')).toEqual(
      expect.arrayContaining(['targetcpuutilizationpercentage', 'target', 'vcpu', 'utilization', 'percentage']),
    );
    expect(tokenizeText('PostgreSQL')).toEqual(['postgresql']);
  });

  it('reads "turn off" as disable and "more than one" as several', () => {
    expect(tokenizeText('turn it off')).toContain('disable');
    // A pointing word for what the sentence before named ("…is bloating etcd, how do I turn that off?") too.
    expect(tokenizeText('how do I turn that off')).toContain('disable');
    expect(tokenizeText('switch these on')).toContain('enable');
    // "What ends up in the ledger?" asks what it stores.
    expect(tokenizeText('what ends up in the ledger')).toContain('store');
    expect(tokenizeText('more than one node')).toContain('several');
  });

  it('reads being "on call" as being on duty, not as a call between parts', () => {
    expect(tokenizeText('on call rn, is the cache required')).not.toContain('call');
    expect(tokenizeText("I'm on-call tonight")).toContain('duty');
    // A call between parts keeps its word.
    expect(tokenizeText('which service does the API call')).toContain('call');
  });

  it('reads "what lives in X" and "what is stored in X" in the word a store\'s purpose uses', () => {
    // A purpose says what a store "stores" or is "a store" of; the question's participle must meet it.
    expect(tokenizeText('what actually lives in the ledger')).toEqual(['what', 'actually', 'store', 'in', 'the', 'ledger']);
    expect(tokenizeText('what sits on the ledger')).toContain('store');
    expect(tokenizeText('what is stored in the ledger')).toEqual(tokenizeText('what is a store in the ledger').filter((t) => t !== 'a'));
    expect(tokenizeText('storing sessions')).toEqual(['store', 'session']);
    // "Vanilla" Kubernetes is plain Kubernetes.
    expect(tokenizeText('vanilla kubernetes')).toEqual(tokenizeText('plain kubernetes'));
    // An account is the user a load of users counts.
    expect(tokenizeText('1.5 million accounts')).toEqual(tokenizeText('1.5 million users'));
  });
});

describe('typo correction', () => {
  const vocabulary = new Set(['authgear', 'appsmith', 'temporal', 'postgresql', 'host', 'redis']);
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);

  it('counts a transposition as one edit', () => {
    expect(measureEditDistance('authgaer', 'authgear', 2)).toBe(1);
    expect(measureEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('corrects typos of known words', () => {
    expect(correctToken('authgaer', vocabulary, byLength, new Map())).toBe('authgear');
    expect(correctToken('apsmith', vocabulary, byLength, new Map())).toBe('appsmith');
    expect(correctToken('temporl', vocabulary, byLength, new Map())).toBe('temporal');
  });

  it('does not correct short words or words far from every known one', () => {
    expect(correctToken('cost', vocabulary, byLength, new Map())).toBeNull();
    expect(correctToken('banana', vocabulary, byLength, new Map())).toBeNull();
  });

  it('keeps a word the facts only use inside a longer one instead of correcting it to a near word', () => {
    const words = new Set(['noeviction', 'edition', 'healthcheck', 'heaths']);
    const byWordLength = new Map<number, string[]>();
    for (const word of words) byWordLength.set(word.length, [...(byWordLength.get(word.length) ?? []), word]);
    // "eviction" is one substitution from "edition" but is the tail of "noeviction"; "health" heads "healthcheck".
    expect(correctToken('eviction', words, byWordLength, new Map())).toBe('eviction');
    expect(correctToken('health', words, byWordLength, new Map())).toBe('health');
    expect(correctToken('editoin', words, byWordLength, new Map())).toBe('edition');
  });

  it('corrects a four-letter word only by two swapped letters after the first', () => {
    const short = new Set(['user', 'sure', 'host', 'node']);
    const byFour = new Map([[4, [...short]]]);
    expect(correctToken('usre', short, byFour, new Map())).toBe('user');
    expect(correctToken('ndoe', short, byFour, new Map())).toBe('node');
    // Swapping the first two letters of "usre" would give "sure" as well; the first letter stays, so "suer" is only "sure".
    expect(correctToken('suer', short, byFour, new Map())).toBe('sure');
    expect(correctToken('ohst', short, byFour, new Map())).toBeNull();
    expect(correctToken('cost', short, byFour, new Map())).toBeNull();
  });

  it('reads "core" as CPU only next to a count or a CPU word', () => {
    expect(tokenizeText('4 cores')).toEqual(['4', 'vcpu']);
    expect(tokenizeQuestion('4 cores').tokens).toEqual(['4', 'vcpu']);
    expect(tokenizeText('total CPU cores')).toEqual(['total', 'vcpu', 'vcpu']);
    expect(tokenizeText('how many cores')).toEqual(['how', 'many', 'vcpu']);
    expect(tokenizeText('optional add-ons rather than core')).toContain('essential');
    expect(tokenizeText('the core logic')).toEqual(['the', 'essential', 'logic']);
  });

  it('does not split a one-letter prefix off an acronym ("vCPU" stays one word)', () => {
    expect(tokenizeText('2 vCPU')).toEqual(['2', 'vcpu']);
  });

  it('reads "at what user count" as asking for a threshold, keeping what is counted', () => {
    expect(tokenizeText('at what user count')).toEqual(['threshold', 'user']);
    expect(tokenizeText('at which point')).toEqual(['threshold']);
  });

  it('reads "how long" and a count of days to years as a timespan, but not a rate per second', () => {
    expect(tokenizeText('how long is it supported')).toContain('timespan');
    expect(tokenizeText('supported for at least 18 months')).toContain('timespan');
    expect(tokenizeText('kept for 30 days')).toContain('timespan');
    expect(tokenizeText('300 logins per second')).not.toContain('timespan');
  });

  it('reads "ships with", "comes with" and "ships its own" as bundled', () => {
    expect(tokenizeText('does it ship its own database')).toContain('bundled');
    expect(tokenizeText('it comes with a database')).toContain('bundled');
    expect(tokenizeText('the release we shipped last year')).not.toContain('bundled');
  });

  it('reads "how far back" as asking for a point in time', () => {
    expect(tokenizeText('how far back can we restore')).toEqual(expect.arrayContaining(tokenizeText('point in time')));
    expect(tokenizeText('how far is the region')).not.toEqual(expect.arrayContaining(tokenizeText('point in time')));
  });

  it('reads "does it still ship X" as bundling X, but not shipping something to a place', () => {
    expect(tokenizeText('does the chart still ship a proxy')).toContain('bundle');
    expect(tokenizeText('can it ship logs to a collector')).not.toContain('bundle');
    expect(tokenizeText('the release we shipped last year')).not.toContain('bundle');
  });

  it('reads a stepping-stone version as an upgrade, and drops the wildcard of a version line', () => {
    expect(tokenizeText('a mandatory stepping-stone version')).toContain('upgrade');
    expect(tokenizeText('a mandatory stepping-stone version')).not.toContain('stone');
    expect(tokenizeText('do we need a stop-over version')).toEqual(tokenizeText('do we need a intermediate upgrade version'));
    expect(stopwords.has('x')).toBe(true);
  });

  it('reads a licence, licences and licensing as the licence the sources mostly spell "license"', () => {
    for (const word of ['licence', 'licences', 'licensing', 'licencing']) expect(tokenizeText(word)).toEqual(tokenizeText('license'));
  });

  it('reads drawbacks as limitations and as what a layout adds in complexity or overhead', () => {
    expect(tokenizeText('what are the drawbacks')).toEqual(expect.arrayContaining(['limitation', 'complex', 'overhead']));
    expect(tokenizeText('any downsides')).toContain('complex');
  });

  it('reads "with no" as "without"', () => {
    expect(tokenizeText('can Quillstack run with no ledger at all')).toContain('without');
    expect(tokenizeText('can Quillstack run with no ledger at all')).not.toContain('no');
  });

  it('reads "without taking it down" as asking about downtime', () => {
    expect(tokenizeText('can it be updated without taking it down')).toContain('downtime');
    expect(tokenizeText('does an upgrade bring it down')).toContain('downtime');
  });

  it('reads "instead of" as asking for an alternative', () => {
    expect(tokenizeText('use S3 instead of the bundled store')).toContain('alternative');
    expect(tokenizeText('runs them instead')).not.toContain('alternative');
  });

  it('reads a Kubernetes kind of three words or more in words too, and leaves a two-word one whole', () => {
    expect(tokenizeText('HorizontalPodAutoscalers')).toEqual(expect.arrayContaining(['horizontal', 'pod']));
    expect(tokenizeText('the CheCluster resource')).not.toContain('che');
  });

  it('reads a release as a version, but not a release repository or release notes', () => {
    expect(tokenizeText('the oldest release it installs on')).toContain('version');
    expect(tokenizeText('which releases are supported')).toContain('version');
    expect(tokenizeText('pull from the public release repository')).not.toContain('version');
    expect(tokenizeText('read the release notes')).not.toContain('version');
    expect(tokenizeText('pull the images from the vendor releases')).not.toContain('version');
  });

  it('reads "start to be a problem" and "becomes a bottleneck" as a limitation, but not every problem', () => {
    expect(tokenizeText('when do namespaces start to be a problem')).toContain('limitation');
    expect(tokenizeText('the queue becomes a bottleneck')).toContain('limitation');
    expect(tokenizeText('at what point do per-user namespaces start to hurt')).toContain('limitation');
    expect(tokenizeText('when does the ledger begin to struggle')).toContain('limitation');
    expect(tokenizeText('what hurts when the ledger starts')).not.toContain('limitation');
    expect(tokenizeText('what problem does the queue solve')).not.toContain('limitation');
  });

  it('reads "how large can X grow" as asking for the largest size, not any "how large"', () => {
    expect(tokenizeText('how large can the ledger grow before it hurts')).toEqual(expect.arrayContaining(['maximum', 'size']));
    expect(tokenizeText('how big could the queue get')).toContain('maximum');
    expect(tokenizeText('how large is the ledger')).not.toContain('maximum');
  });

  it('reads a "rate limit" as one thing, never the limit side of a resource figure', () => {
    expect(tokenizeText('the cache that holds sessions and rate limits')).not.toContain('limit');
    expect(tokenizeText('rate-limiting')).toEqual(tokenizeText('rate limit'));
    expect(tokenizeText('the memory limit of the cache')).toContain('limit');
  });

  it('reads "clean up" as the one word setting names use', () => {
    expect(tokenizeText('clean up old workspaces')).toEqual(tokenizeText('cleanup old workspaces'));
    expect(tokenizeText('cleanupCronJob')).toContain('cleanup');
  });

  it('reads a symptom and its remedy in everyday words: "had to sign in again", "what would be gone", "a way to stop that"', () => {
    expect(tokenizeText('every user had to sign in again')).toEqual(tokenizeText('every user had to lose session'));
    expect(tokenizeText('users logged back in')).toContain('session');
    expect(tokenizeText('sign in to the portal')).not.toContain('session');
    expect(tokenizeText('if we lost it, what would actually be gone?')).toEqual(tokenizeText('if we lost it, what stores'));
    // What a choice costs ("what do we lose if we use X") is no question of what a part keeps.
    expect(tokenizeText('what do we lose if we use the database search')).not.toContain('store');
    expect(tokenizeText('Is there a way to stop that from happening next time?')).toEqual(['what', 'option', 'recommendation']);
    expect(tokenizeText('is there a way to stop the cleanup job')).not.toContain('option');
    // "How do we avoid it next time?" and "what can we do to prevent this?" ask the same; "how do we stop that?" may
    // ask for the setting that stops it, so it keeps its words.
    expect(tokenizeText('How do we avoid it next time?')).toEqual(['what', 'option', 'recommendation']);
    expect(tokenizeText('what can we do to prevent this?')).toEqual(['what', 'option', 'recommendation']);
    expect(tokenizeText('how do we stop that?')).toContain('stop');
  });

  it('reads the forms of "stop", "add" and "rotate" as the word, and what is torn down as destroyed', () => {
    expect(tokenizeText('when a workspace is stopped')).toContain('stop');
    expect(tokenizeText('stopping the workspace')).toEqual(tokenizeText('stop the workspace'));
    expect(tokenizeText('external ones can be added')).toContain('add');
    expect(tokenizeText('which resources get torn down')).toEqual(tokenizeText('which resources get destroy'));
    expect(tokenizeText('tearing down the cluster')).not.toContain('tearing');
    expect(tokenizeText('rotate the signing secret')).toEqual(tokenizeText('rotation the signing secret'));
    expect(tokenizeText('rotating keys')).toContain('rotation');
  });

  it('reads moving or splitting a part out as an external one, and "keep relying on" as "keep using"', () => {
    // Moving or splitting a part out runs it on its own, outside: an external one.
    expect(tokenizeText('if we move the database out of the app')).toContain('external');
    expect(tokenizeText('split the cache out')).toEqual(tokenizeText('the cache external'));
    expect(tokenizeText('move the database out')).not.toContain('move');
    expect(tokenizeText('can we keep relying on the cache')).toEqual(tokenizeText('can we keep use the cache'));
    expect(tokenizeText('can we keep using the cache')).toEqual(tokenizeText('can we keep use the cache'));
    expect(tokenizeText('does the API rely on the cache')).toContain('rely');
  });

  it('reads "which X does each one rely on" as which X each uses', () => {
    expect(tokenizeText('which store does each one rely on')).toEqual(tokenizeText('which store does each one use'));
    expect(tokenizeText('what cache do they rely on')).toEqual(tokenizeText('what cache do they use'));
    expect(tokenizeText('which store does the API rely on')).toContain('rely');
  });

  it('reads "reqs per second" as requests', () => {
    expect(tokenizeText('reqs per second')).toEqual(['request', 'per', 'second']);
  });

  it('reads "bits" as pieces and drops "rather" as a function word', () => {
    expect(tokenizeText('which bits')).toEqual(tokenizeText('which pieces'));
    expect(stopwords.has('rather')).toBe(true);
  });

  it('reads "cfg" and "conf" as settings', () => {
    expect(tokenizeText('redis cfg')).toEqual(tokenizeText('redis conf'));
    expect(tokenizeText('redis cfg')).toEqual(tokenizeText('redis setting'));
  });

  it('reads "DNS entries" as DNS records, but leaves "entry" alone elsewhere', () => {
    expect(tokenizeText('which DNS entries')).toEqual(tokenizeText('which DNS records'));
    expect(tokenizeText('the entry point')).not.toContain('record');
  });
});

describe('checkQuestion', () => {
  it('accepts one non-empty question of up to 500 characters, cleaned of control characters', () => {
    expect(checkQuestion(['  minimum\u0000 postgres\u202e '])).toEqual({ ok: true, question: 'minimum postgres' });
    expect(checkQuestion(['x'.repeat(500)]).ok).toBe(true);
    expect(checkQuestion(['🦄'.repeat(500)]).ok).toBe(true);
  });

  it('rejects missing, empty, repeated and over-long questions with a message', () => {
    for (const values of [[], [''], [' \t\u0007'], ['a', 'b'], ['x'.repeat(501)], ['🦄'.repeat(501)], ['x'.repeat(100_000)]]) {
      const check = checkQuestion(values);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.error.length).toBeGreaterThan(10);
    }
  });

  it('normalises compatibility characters so full-width text reads like ASCII', () => {
    expect(normalizeQuestionText('ＰｏｓｔｇｒｅＳＱＬ')).toBe('PostgreSQL');
  });
  it('reads "BE" as the backend only next to "FE"; elsewhere "be" is the verb', () => {
    expect(tokenizeText('appsmith FE <-> BE protocols')).toEqual(expect.arrayContaining(['frontend', 'backend']));
    expect(tokenizeText('can it be deployed on kubernetes')).not.toContain('backend');
  });
  it('reads "across two regions" as multi-region, keeping the number', () => {
    expect(tokenizeText('rollout across two regions')).toEqual(expect.arrayContaining(['two', 'multi']));
    expect(tokenizeText('several clusters')).not.toContain('multi');
    expect(tokenizeText('can it run in multiple regions')).toContain('multi');
  });
  it("reads don't need, doesn't use and do not require as negations", () => {
    for (const text of ["products that don't need redis", 'products that doesn\u2019t use redis', 'products that do not require redis'])
      expect(tokenizeText(text)).toContain('not');
  });
  it('reads "do I have to" opening a question as must, and nowhere else', () => {
    expect(tokenizeText('Do I have to run the cache?')).toContain('must');
    expect(tokenizeText('which hosts do I have to allow')).not.toContain('must');
    // An adverb between ("do we still have to") keeps the reading, after a sentence that sets the scene too.
    expect(tokenizeText('We run our own checks. Do we still have to deploy the worker?')).toContain('must');
  });
  it('reads "backed up" as backup, a frequency as an answer to "how often", a drawback as a limitation and ways as options', () => {
    expect(tokenizeText('How often is it backed up?')).toContain('backup');
    expect(tokenizeText('daily backups')).toEqual(expect.arrayContaining(['daily', 'often', 'backup']));
    expect(tokenizeText('any drawbacks')).toContain('limitation');
    expect(tokenizeText('what ways are there')).toEqual(expect.arrayContaining(['option', 'method']));
  });
  it('reads multi-AZ as zones, not as the word "multi" that names multi-cluster layouts', () => {
    expect(tokenizeText('an Aurora multi-AZ database')).toEqual(expect.arrayContaining(['multiaz', 'zone']));
    expect(tokenizeText('an Aurora multi-AZ database')).not.toContain('multi');
    expect(tokenizeText('Multi AZ')).toEqual(tokenizeText('multi-az'));
  });
  it('reads monthly active users (MAU) as users, not as a bill', () => {
    expect(tokenizeText('Redis for 500k MAU')).toContain('user');
    expect(tokenizeText('200,000 monthly active users')).toContain('user');
    expect(tokenizeText('200,000 monthly active users')).not.toContain('monthly');
  });
});

describe('normalizeQuestionText, character by character', () => {
  it('turns each control and format range into a space, both ends of each range included', () => {
    for (const char of ['\u007f', '\u009f', '\u200b', '\u200f', '\u202a', '\u202e', '\u2060', '\u2069', '\ufeff']) {
      expect(normalizeQuestionText(`Quill${char}stack`), char.codePointAt(0)?.toString(16)).toBe('Quill stack');
    }
  });

  it('keeps letters and signs outside the ranges', () => {
    expect(normalizeQuestionText('Quillstäck costs €5 – or ‘£4’')).toBe('Quillstäck costs €5 – or ‘£4’');
  });
});

describe('checkQuestion messages', () => {
  it('says what is wrong in each case', () => {
    expect(checkQuestion([])).toEqual({ ok: false, error: 'Missing question: pass it as ?q=<question>.' });
    expect(checkQuestion(['a', 'b'])).toEqual({ ok: false, error: 'Pass exactly one question parameter.' });
    expect(checkQuestion(['\u200b'])).toEqual({ ok: false, error: 'The question is empty: pass it as ?q=<question>.' });
    expect(checkQuestion(['y'.repeat(501)])).toEqual({ ok: false, error: 'The question is longer than 500 characters; shorten it.' });
  });

  it('turns away a raw question of over 2,000 characters before cleaning it, and cleans one of 2,000', () => {
    expect(checkQuestion([' '.repeat(2000)])).toMatchObject({ error: expect.stringMatching(/^The question is empty/) });
    expect(checkQuestion([' '.repeat(2001)])).toMatchObject({ error: expect.stringMatching(/^The question is longer than 500/) });
    // Zero-width spaces make a long raw question that cleans to a short one.
    expect(checkQuestion([`Quill${'\u200b'.repeat(1000)}stack?`])).toEqual({ ok: true, question: 'Quill stack?' });
  });
});

describe('stemToken', () => {
  it('drops the "-es" of a plural after "sh" or "x", and keeps the "e" of "-ches" and "-ses" plurals', () => {
    expect(['refreshes', 'meshes', 'indexes', 'boxes'].map(stemToken)).toEqual(['refresh', 'mesh', 'index', 'box']);
    expect(['caches', 'databases', 'classes'].map(stemToken)).toEqual(['cache', 'database', 'class']);
  });

  it('leaves words of three letters or fewer and words with digits alone', () => {
    expect(stemToken('ads')).toBe('ads');
    expect(stemToken('10ms')).toBe('10ms');
  });

  it('turns -ies into -y past four letters, drops the -es of -sses and a plain -s, and keeps -ss, -us and -is', () => {
    expect(stemToken('replies')).toBe('reply');
    expect(stemToken('ties')).toBe('tie');
    expect(stemToken('classes')).toBe('class');
    expect(stemToken('class')).toBe('class');
    expect(stemToken('status')).toBe('status');
    expect(stemToken('analysis')).toBe('analysis');
    expect(stemToken('frobs')).toBe('frob');
    expect(stemToken('frob')).toBe('frob');
  });
});

describe('tokenizeText and tokenizeQuestion, the cache and the edges', () => {
  it('hands out copies, so a caller changing a result never changes the next one', () => {
    const first = tokenizeText('lanternpad board');
    first.push('frobcore');
    expect(tokenizeText('lanternpad board')).toEqual(['lanternpad', 'board']);
    const question = tokenizeQuestion('lanternpad for 7 boards');
    question.tokens.push('frobcore');
    const [mention] = question.numbers;
    if (mention) mention.value = 8;
    expect(tokenizeQuestion('lanternpad for 7 boards')).toMatchObject({
      tokens: ['lanternpad', 'for', '7', 'board'],
      numbers: [{ value: 7 }],
    });
  });

  it('drops the empty words punctuation leaves at the ends', () => {
    expect(tokenizeText('(lanternpad)')).toEqual(['lanternpad']);
  });

  it('splits a camelCase name where a digit meets a capital', () => {
    expect(tokenizeText('maxV2Frobs')).toEqual(expect.arrayContaining(['v2', 'frob']));
  });

  it('keeps a negative number’s digits as its token', () => {
    const { tokens, numbers } = tokenizeQuestion('quillstack with -6 frobs');
    expect(numbers[0]).toMatchObject({ value: -6, negative: true });
    expect(tokens[numbers[0]?.position ?? -1]).toBe('6');
  });
});

describe('listNameHeadWords and listWrittenWords', () => {
  it('takes the words of a name before its bracket, without function words', () => {
    expect(listNameHeadWords('The Quill worker pool (for the jobs)')).toEqual(['quill', 'worker', 'pool']);
  });

  it('lists the words as written, and none for punctuation alone', () => {
    expect(listWrittenWords('What Frob-Services?')).toEqual(['what', 'frob', 'services']);
    expect(listWrittenWords('?!')).toEqual([]);
  });
});

describe('readNumbers, the rarer forms', () => {
  it('reads billions, "mn" and a bare "m" as millions unless CPU follows it at once', () => {
    expect(valuesOf('2b frobs')).toEqual([2_000_000_000]);
    expect(valuesOf('3 billion frobs')).toEqual([3_000_000_000]);
    expect(valuesOf('4mn frobs')).toEqual([4_000_000]);
    expect(valuesOf('500m frobs')).toEqual([500_000_000]);
    expect(readNumbers('500 m cores').values[0]).toMatchObject({ value: 500_000_000, unit: 'cores', measure: 'cpu' });
    expect(readNumbers('250m cores').values[0]).toMatchObject({ value: 0.25, unit: 'millicores', canonical: 0.25 });
  });

  it('reads a minus at the start or after a bracket as a sign', () => {
    expect(readNumbers('-4 frobs').values[0]).toMatchObject({ value: -4, negative: true });
    expect(readNumbers('frobs (-4)').values[0]).toMatchObject({ value: -4, negative: true });
  });

  it('converts each size unit to GiB', () => {
    expect(readNumbers('2 TiB').values[0]).toMatchObject({ unit: 'tib', measure: 'size', canonical: 2048 });
    expect(readNumbers('512Mi').values[0]).toMatchObject({ unit: 'mi', canonical: 0.5 });
    expect(readNumbers('-2 GB').values[0]).toMatchObject({ value: -2, canonical: -2 });
  });

  it('reads a minus a space before the number, but not one after a colon', () => {
    expect(readNumbers('memory for - 5 frobs').values[0]).toMatchObject({ value: -5, negative: true });
    expect(readNumbers('frobs:-5').values[0]).toMatchObject({ value: 5, negative: false });
  });

  it('keeps every decimal digit, and reads the singular CPU units', () => {
    expect(valuesOf('1.25 frobs')).toEqual([1.25]);
    expect(readNumbers('4 vCPU').values[0]).toMatchObject({ unit: 'vcpu', measure: 'cpu', canonical: 4 });
    expect(readNumbers('1 core').values[0]).toMatchObject({ unit: 'core', measure: 'cpu', canonical: 1 });
    expect(readNumbers('250m core').values[0]).toMatchObject({ value: 0.25, unit: 'millicores' });
  });

  it('finds the eleventh number of a question at its place, and drops a placeholder the asker typed', () => {
    const { tokens, numbers } = tokenizeQuestion('frobs 1 2 3 4 5 6 7 8 9 10 11');
    expect(numbers).toHaveLength(11);
    expect(tokens[numbers[10]?.position ?? -1]).toBe('11');
    expect(tokenizeQuestion('frobs qnum7q lanternpad').tokens).toEqual(['frob', 'lanternpad']);
  });

  it('leaves a number too large to hold as written', () => {
    const huge = `${'9'.repeat(400)} frobs`;
    expect(readNumbers(huge)).toEqual({ text: huge, values: [] });
  });
});

describe('measureEditDistance, limits and edges', () => {
  it('gives the exact distance up to the limit', () => {
    expect(measureEditDistance('', 'abc', 5)).toBe(3);
    expect(measureEditDistance('abc', '', 5)).toBe(3);
    expect(measureEditDistance('frob', 'frob', 0)).toBe(0);
    expect(measureEditDistance('abc', 'abcd', 1)).toBe(1);
    expect(measureEditDistance('abcd', 'acbd', 1)).toBe(1);
    expect(measureEditDistance('ab', 'ba', 2)).toBe(1);
    // Optimal string alignment: a transposed pair is not edited again ("ca" to "abc" is 3, not 2).
    expect(measureEditDistance('ca', 'abc', 3)).toBe(3);
  });

  it('swaps only a pair that matches both ways, at no saving beyond the pair', () => {
    expect(measureEditDistance('ab', 'cd', 5)).toBe(2);
    expect(measureEditDistance('ab', 'bx', 5)).toBe(2);
    expect(measureEditDistance('ab', 'xa', 5)).toBe(2);
    expect(measureEditDistance('xab', 'yba', 5)).toBe(2);
  });

  it('stops at one past the limit', () => {
    expect(measureEditDistance('abc', 'abcdef', 1)).toBe(2);
    expect(measureEditDistance('abc', 'abcde', 1)).toBe(2);
    expect(measureEditDistance('abcdef', 'azzzef', 1)).toBe(2);
    expect(measureEditDistance('abcdef', 'azzzef', 3)).toBe(3);
  });
});

describe('correctToken, the rules one at a time', () => {
  const byLengthOf = (words: readonly string[]) => {
    const byLength = new Map<number, string[]>();
    for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
    return byLength;
  };
  const correct = (token: string, words: readonly string[], cache = new Map<string, string | null>()) =>
    correctToken(token, new Set(words), byLengthOf(words), cache);

  it('keeps a known word and a stopword', () => {
    expect(correct('frobcore', ['frobcore'])).toBe('frobcore');
    expect(correct('the', [])).toBe('the');
  });

  it('corrects a four-letter word by one swap only when one known word results, and never one with a digit', () => {
    expect(correct('frob', ['forb'])).toBe('forb');
    expect(correct('frob', ['forb', 'frbo'])).toBeNull();
    expect(correct('a1b2', ['ab12'])).toBeNull();
  });

  it('leaves words with digits, words of under five letters and words of more than 24 letters alone', () => {
    expect(correct('fro', ['frobs'])).toBeNull();
    expect(correct('frob5s', ['frob5x'])).toBeNull();
    expect(correct(`${'frob'.repeat(6)}x`, [`${'frob'.repeat(6)}y`])).toBeNull();
    expect(correct(`${'frob'.repeat(5)}frox`, ['frob'.repeat(6)])).toBe('frob'.repeat(6));
  });

  it('answers from the cache when the token is there, and stores what it found', () => {
    expect(correct('temporl', ['temporal'], new Map([['temporl', 'frobcore']]))).toBe('frobcore');
    const cache = new Map<string, string | null>();
    expect(correct('lantrnpad', ['lanternpad'], cache)).toBe('lanternpad');
    expect(cache.get('lantrnpad')).toBe('lanternpad');
    const full = new Map<string, string | null>(Array.from({ length: 5000 }, (_, i) => [`word${i}`, null]));
    expect(correct('lantrnpad', ['lanternpad'], full)).toBe('lanternpad');
    expect(full.size).toBe(5000);
    const fullToo = new Map<string, string | null>(Array.from({ length: 5000 }, (_, i) => [`word${i}`, null]));
    expect(correct('canvas', ['canvasboard'], fullToo)).toBe('canvas');
    const kept = new Map<string, string | null>();
    expect(correct('canvas', ['canvasboard'], kept)).toBe('canvas');
    expect([...kept]).toEqual([['canvas', 'canvas']]);
    expect(fullToo.size).toBe(5000);
  });

  it('allows one edit below eight letters and two from eight', () => {
    expect(correct('frabbex', ['frobber'])).toBeNull();
    expect(correct('frabcorx', ['frobcore'])).toBe('frobcore');
  });

  it('looks at known words up to the limit shorter or longer', () => {
    expect(correct('frobcor', ['frobcore'])).toBe('frobcore');
    expect(correct('frobcoore', ['frobcore'])).toBe('frobcore');
    expect(correct('frobcoreee', ['frobcore'])).toBe('frobcore');
    expect(correct('frobcorex', ['frobco'])).toBeNull();
  });

  it('needs the same first letter, or the first two swapped, and a known word of five letters or more', () => {
    expect(correct('rfobcore', ['frobcore'])).toBe('frobcore');
    expect(correct('grobcore', ['frobcore'])).toBeNull();
    expect(correct('rgobcore', ['frobcore'])).toBeNull();
    expect(correct('xfobcore', ['frobcore'])).toBeNull();
    expect(correct('frobz', ['frobs'])).toBe('frobs');
    expect(correct('nodex', ['node'])).toBeNull();
  });

  it('keeps the first of equally near known words', () => {
    expect(correct('frobcorx', ['frobcore', 'frobcora'])).toBe('frobcore');
  });
});

describe('rewordQuestion', () => {
  it('reads two parts joined by "-plus-" as "A plus B", and leaves other hyphens', () => {
    expect(rewordQuestion('Is the api-plus-cache install fine?')).toBe('Is the api plus cache install fine?');
    expect(rewordQuestion('Is the add-on fine?')).toBe('Is the add-on fine?');
  });

  it('reads a "not" set between commas before the question proper as "rather than", and no other "not"', () => {
    expect(rewordQuestion('On the clustered layout, not the single one, do I have to set up the cache?')).toBe(
      'On the clustered layout, rather than the single one, do I have to set up the cache?',
    );
    expect(rewordQuestion('The single layout is only for testing, not production, right?')).toBe(
      'The single layout is only for testing, not production, right?',
    );
  });

  it('moves a leading "within the X" after the parts a which-question asks for', () => {
    expect(rewordQuestion('Within the Quillstack API pod, which containers check tokens?')).toBe(
      'which containers in the Quillstack API pod check tokens?',
    );
    expect(rewordQuestion('In the clustered layout, what parts run twice?')).toBe('what parts in the clustered layout run twice?');
    expect(rewordQuestion('In the clustered layout, which cache is used?')).toBe('In the clustered layout, which cache is used?');
  });

  it('ends a statement of what several products both do at a dash before a question, and keeps a scope before one', () => {
    expect(rewordQuestion('Quillstack and Lanternpad both sign users in — what stores the sessions in each?')).toBe(
      'Quillstack and Lanternpad both sign users in. what stores the sessions in each?',
    );
    expect(rewordQuestion('Both in one small cluster — which one needs bigger nodes?')).toBe(
      'Both in one small cluster — which one needs bigger nodes?',
    );
  });

  it('reads "what reasons does X give for Y" as why X recommends Y', () => {
    expect(rewordQuestion('What reasons does Quillstack give for running two ledgers?')).toBe(
      'why does Quillstack recommend running two ledgers?',
    );
    expect(rewordQuestion('What rationale does the Quill Labs guide state for splitting the worker out?')).toBe(
      'why does the Quill Labs guide recommend splitting the worker out?',
    );
    expect(rewordQuestion('What reasons for a ledger does Quillstack give?')).toBe('What reasons for a ledger does Quillstack give?');
  });

  it('reads "X has no Y. Does that rule out P?" as whether P needs Y, whose yes rules P out', () => {
    expect(rewordQuestion('Constraint: our zone has no ledger service at all. Does that rule out Quillstack?')).toBe(
      'Constraint: does Quillstack need ledger service?',
    );
    expect(rewordQuestion('We have no session cache. Would this rule out Quillstack?')).toBe('does Quillstack need session cache?');
    expect(rewordQuestion('We have a session cache. Does that rule out Quillstack?')).toBe(
      'We have a session cache. Does that rule out Quillstack?',
    );
  });

  it('reads "Constraint: no Y in our estate. Does that rule out P?" as whether P needs Y, keeping a second ask', () => {
    expect(rewordQuestion('Constraint: no ledger service in our estate. Does that rule out Quillstack, and what do we lose?')).toBe(
      'does Quillstack need ledger service, and what do we lose?',
    );
    expect(rewordQuestion('Policy: no session cache allowed anywhere. Would this rule out Quillstack?')).toBe(
      'does Quillstack need session cache?',
    );
    expect(rewordQuestion('Constraint: no ledger service. Which products does that leave?')).toBe(
      'Constraint: no ledger service. Which products does that leave?',
    );
  });

  it('ends a topic at a dash before "is that …", which asks of the topic as a sentence of its own', () => {
    expect(rewordQuestion('single container quillstack — is that what they recommend for prod')).toBe(
      'single container quillstack. is that what they recommend for prod',
    );
    expect(rewordQuestion('quillstack across 3 zones - does that keep it up?')).toBe('quillstack across 3 zones - does that keep it up?');
  });

  it('reads what a vendor "wants you to use" as what it recommends', () => {
    expect(rewordQuestion('Is that what they want you to use for production?')).toBe('Is that what they recommend for production?');
    expect(rewordQuestion('Do they want us to run two workers?')).toBe('Do they recommend two workers?');
  });

  it('puts an "is it true (that) S?" claim as "S, right?", whose "it" points at nothing', () => {
    expect(rewordQuestion('Is it true that the Quill worker is optional?')).toBe('the Quill worker is optional, right?');
    expect(rewordQuestion('Before we start: is it really correct we can skip the worker?')).toBe(
      'Before we start: we can skip the worker, right?',
    );
    expect(rewordQuestion('Is it true?')).toBe('Is it true?');
  });

  it('puts an "am I right (in thinking) that S?" claim as "S, right?"', () => {
    expect(rewordQuestion('Quill pods: am I right that we need a ledger per site?')).toBe('Quill pods: we need a ledger per site, right?');
    expect(rewordQuestion('Am I correct in thinking the worker is optional?')).toBe('the worker is optional, right?');
    expect(rewordQuestion('Am I right?')).toBe('Am I right?');
  });

  it('drops a questionnaire item number and a form\'s "(Yes/No)", and puts "please confirm that S" as "S, right?"', () => {
    expect(rewordQuestion('Q5.5 How many ledgers does Quillstack need?')).toBe('How many ledgers does Quillstack need?');
    expect(rewordQuestion('3) Which cache does Quillstack use?')).toBe('Which cache does Quillstack use?');
    expect(rewordQuestion('Exercise 10 — learners total the memory of the Quillstack ledger.')).toBe(
      'learners total the memory of the Quillstack ledger.',
    );
    expect(rewordQuestion('Task 3: which cache does Quillstack use?')).toBe('which cache does Quillstack use?');
    expect(rewordQuestion('Exercise caution with 10 ledgers?')).toBe('Exercise caution with 10 ledgers?');
    expect(rewordQuestion('3 ledgers enough?')).toBe('3 ledgers enough?');
    expect(rewordQuestion('Does Quillstack support arm64 (Yes/No), and if so, how?')).toBe('Does Quillstack support arm64?');
    expect(rewordQuestion('Please confirm that the Quill worker is optional (Yes/No).')).toBe('the Quill worker is optional, right?');
    expect(rewordQuestion('Q2.1 Kindly confirm whether Quillstack bundles a ledger.')).toBe('Quillstack bundles a ledger, right?');
    expect(rewordQuestion('Where do I confirm that the worker runs?')).toBe('Where do I confirm that the worker runs?');
  });

  it('puts "please tell whether S (or not)" and "let us know if S" as "S, right?"', () => {
    expect(rewordQuestion('We run arm64. Please tell whether Quillstack is supported on arm64 or not?')).toBe(
      'We run arm64. Quillstack is supported on arm64, right?',
    );
    expect(rewordQuestion('Kindly tell us whether the ledger keeps running during a cache outage or not, if no pod restarts?')).toBe(
      'the ledger keeps running during a cache outage, if no pod restarts, right?',
    );
    expect(rewordQuestion('Let me know if the worker is optional.')).toBe('the worker is optional, right?');
    expect(rewordQuestion('Can you tell which cache Quillstack uses?')).toBe('Can you tell which cache Quillstack uses?');
  });

  it('reads "what all X" and "which all X" as "what X", but keeps "which all three"', () => {
    expect(rewordQuestion('Please list what all components Quillstack needs.')).toBe('Please list what components Quillstack needs.');
    expect(rewordQuestion('Which all parts are optional?')).toBe('Which parts are optional?');
    expect(rewordQuestion('Which all three products use a ledger?')).toBe('Which all three products use a ledger?');
    expect(rewordQuestion('What all of the parts need a volume?')).toBe('What all of the parts need a volume?');
  });

  it('drops a closing "or not", which negates nothing', () => {
    expect(rewordQuestion('Is the Quill worker supported across three zones or not?')).toBe(
      'Is the Quill worker supported across three zones?',
    );
    expect(rewordQuestion('Is the ledger required, or not?')).toBe('Is the ledger required?');
    expect(rewordQuestion('Is the ledger required or not needed for tests?')).toBe('Is the ledger required or not needed for tests?');
  });

  it('reads "as long as" and "so long as" as the "if" of a condition', () => {
    expect(rewordQuestion('As long as the ledger is backed up, is the worker stateless?')).toBe(
      'if the ledger is backed up, is the worker stateless?',
    );
    expect(rewordQuestion('Quillstack keeps sessions so long as the cache is up?')).toBe('Quillstack keeps sessions if the cache is up?');
    expect(rewordQuestion('How long as a rule does the ledger keep logs?')).toBe('How long as a rule does the ledger keep logs?');
  });

  it('drops a test plan\'s closing "expected result: yes", which says what the asker hopes for, not what is claimed', () => {
    expect(rewordQuestion('Verify that the Quill ledger runs three replicas by default - expected result: yes?')).toBe(
      'the Quill ledger runs three replicas by default, right?',
    );
    expect(rewordQuestion('Is the ledger optional? Expected: no')).toBe('Is the ledger optional?');
    expect(rewordQuestion('What is the expected result of a ledger failover?')).toBe('What is the expected result of a ledger failover?');
  });

  it('puts "confirm X are Y" without an article as a claim too, but leaves "confirm" followed by a thing to look up', () => {
    expect(rewordQuestion('Confirm Quill workers are arm64-only, so our x86 runners are out.')).toBe(
      'Quill workers are arm64-only, so our x86 runners are out, right?',
    );
    expect(rewordQuestion('Confirm the ledger size.')).toBe('Confirm the ledger size.');
  });

  it('puts "can\'t run without Y" as "requires Y", so the claim\'s two negations are not read apart', () => {
    expect(rewordQuestion("Quillstack can't run without a ledger, can it?")).toBe('Quillstack requires a ledger, can it?');
    expect(rewordQuestion('Quillstack will not start without the ledger?')).toBe('Quillstack requires the ledger?');
    expect(rewordQuestion("Can't Quillstack run without a ledger?")).toBe("Can't Quillstack run without a ledger?");
  });

  it('drops the topic naming a document ("sizing guide") but keeps a name or a topic used on its own', () => {
    expect(rewordQuestion("Quillstack's sizing guide says 2 vCPU, right?")).toBe("Quillstack's guide says 2 vCPU, right?");
    expect(rewordQuestion('Does the installation docs page list a ledger?')).toBe('Does the docs page list a ledger?');
    expect(rewordQuestion('Does the Quillstack guide list a ledger?')).toBe('Does the Quillstack guide list a ledger?');
    expect(rewordQuestion('What sizing does the ledger need?')).toBe('What sizing does the ledger need?');
    expect(rewordQuestion("Which database did Quillstack's sizing tests use?")).toBe("Which database did Quillstack's tests use?");
  });

  it('drops a ticket\'s request label ("Need:", "Task:") but keeps a label that is part of the question', () => {
    expect(rewordQuestion("Need: Quillstack's ledger store")).toBe("Quillstack's ledger store");
    expect(rewordQuestion('Task: list the Quillstack ports.')).toBe('list the Quillstack ports.');
    expect(rewordQuestion('Does Quillstack need: a ledger?')).toBe('Does Quillstack need: a ledger?');
    expect(rewordQuestion('Needs of Quillstack: which store?')).toBe('Needs of Quillstack: which store?');
  });

  it('puts a ticket\'s "verify that S" or "check whether S", after a ticket prefix too, as "S, right?"', () => {
    expect(rewordQuestion('Verify that the Quill worker is optional')).toBe('the Quill worker is optional, right?');
    expect(rewordQuestion('OPS-12: check whether Quillstack bundles a ledger.')).toBe('OPS-12: Quillstack bundles a ledger, right?');
    expect(rewordQuestion('Please double-check that the ledger needs 2 GB.')).toBe('the ledger needs 2 GB, right?');
    expect(rewordQuestion('How do I verify that the worker runs?')).toBe('How do I verify that the worker runs?');
  });

  it('puts "confirm S" without "that" as "S, right?" when a verb of stating follows a short subject, and not otherwise', () => {
    expect(rewordQuestion('Confirm the Quill worker by default runs one job at a time')).toBe(
      'the Quill worker by default runs one job at a time, right?',
    );
    expect(rewordQuestion('Please verify the ledger needs 2 GB.')).toBe('the ledger needs 2 GB, right?');
    expect(rewordQuestion('Confirm the ledger version Quillstack requires')).toBe('Confirm the ledger version Quillstack requires');
    expect(rewordQuestion('Confirm the minimum for the ledger')).toBe('Confirm the minimum for the ledger');
  });

  it('drops an opener saying whose claim it is ("I assume S. Is that correct?") when a check closes the question', () => {
    expect(rewordQuestion('I assume the Quill worker is optional. Is that correct?')).toBe(
      'the Quill worker is optional. Is that correct?',
    );
    expect(rewordQuestion('My understanding is that the worker is optional. Right?')).toBe('the worker is optional. Right?');
    expect(rewordQuestion('I think the worker is optional, what else is?')).toBe('I think the worker is optional, what else is?');
  });

  it('puts "is it possible to V" and a terse "is possible V" as "can I V"', () => {
    expect(rewordQuestion('Is possible run Quillstack without external ledger?')).toBe('can I run Quillstack without external ledger?');
    expect(rewordQuestion('Is it possible to run Quillstack on one node?')).toBe('can I run Quillstack on one node?');
    expect(rewordQuestion('Is it possible that the worker restarts?')).toBe('Is it possible that the worker restarts?');
  });

  it('puts a closing "…, is that true?" and a terse "…, is true?" as "…, right?"', () => {
    expect(rewordQuestion('Quillstack recommend to use managed ledger, is true?')).toBe(
      'Quillstack recommend to use managed ledger, right?',
    );
    expect(rewordQuestion('The worker is optional - is that correct?')).toBe('The worker is optional, right?');
    expect(rewordQuestion('Which of these is true?')).toBe('Which of these is true?');
  });

  it('reads a node\'s "spec" or "size" as its CPU and memory, not as a count of nodes', () => {
    expect(rewordQuestion('Which has the heavier node spec, Quillstack or Lanternpad?')).toBe(
      'Which has the heavier node vcpu and memory, Quillstack or Lanternpad?',
    );
    expect(rewordQuestion('What per-node size does Quillstack state?')).toBe('What node vcpu and memory does Quillstack state?');
    expect(rewordQuestion('How many nodes does Quillstack need?')).toBe('How many nodes does Quillstack need?');
    expect(rewordQuestion('Which one needs bigger machines, Quillstack or Lanternpad?')).toBe(
      'Which one needs bigger node vcpu and memory, Quillstack or Lanternpad?',
    );
    expect(rewordQuestion('Which needs more machines, Quillstack or Lanternpad?')).toBe(
      'Which needs more machines, Quillstack or Lanternpad?',
    );
  });

  it('drops choices that are all numbers, which are candidate answers rather than loads, and keeps choices in words', () => {
    expect(rewordQuestion('Which port does the Quillstack proxy expose: A) 80, B) 5984, C) 10000?')).toBe(
      'Which port does the Quillstack proxy expose?',
    );
    expect(rewordQuestion('How much memory per node: (a) 4 GB, (b) 8 GB or (c) 16 GB?')).toBe('How much memory per node?');
    expect(rewordQuestion('Which is required: A) a ledger, B) a cache?')).toBe('Which is required: A) a ledger, B) a cache?');
    expect(rewordQuestion('Quillstack for 500 users, which is required?')).toBe('Quillstack for 500 users, which is required?');
  });

  it('rewrites the other wordings of a count to "how many", keeping a total and the rest of the question', () => {
    expect(rewordQuestion('What is the number of pods it creates?')).toBe('how many pods it creates?');
    expect(rewordQuestion("So what's the total number of nodes?")).toBe('how many total nodes?');
    expect(rewordQuestion('WHAT NUMBER OF zones?')).toBe('how many zones?');
    expect(rewordQuestion('What minimum number of worker nodes does it need?')).toBe('how many minimum worker nodes does it need?');
    expect(rewordQuestion('What is the recommended number of replicas?')).toBe('how many recommended replicas?');
    expect(rewordQuestion('Number of ledgers Quillstack requires?')).toBe('how many ledgers Quillstack requires?');
    expect(rewordQuestion('Which number of ledgers?')).toBe('Which number of ledgers?');
    expect(rewordQuestion("What's the max number of tenants?")).toBe("What's the max number of tenants?");
    expect(rewordQuestion('Which port number of the proxy is open?')).toBe('Which port number of the proxy is open?');
    expect(rewordQuestion('What is the fewest number of ledgers?')).toBe('how many fewest ledgers?');
    expect(rewordQuestion('How few ledgers can Quillstack get by with?')).toBe('how many ledgers can Quillstack get by with?');
  });

  it('reads what a part "takes care of" as what it handles', () => {
    expect(rewordQuestion('What does the Quillstack proxy take care of?')).toBe('What does the Quillstack proxy handle?');
    expect(rewordQuestion('Which part takes care of TLS?')).toBe('Which part handle TLS?');
  });

  it('reads "true or false: S" as the claim S offered to be confirmed, whatever ends it', () => {
    expect(rewordQuestion('True or false: the ledger keeps tenants.')).toBe('the ledger keeps tenants, right?');
    expect(rewordQuestion('TRUE OR FALSE - the ledger keeps tenants')).toBe('the ledger keeps tenants, right?');
    expect(rewordQuestion('Is it true or false that the ledger keeps tenants?')).toBe('Is it true or false that the ledger keeps tenants?');
  });

  it('writes "zero downtime" as the negation the facts use, "no downtime"', () => {
    expect(rewordQuestion('Do we get zero-downtime upgrades?')).toBe('Do we get no downtime upgrades?');
    expect(rewordQuestion('Zero  downtime on updates?')).toBe('no downtime on updates?');
    expect(rewordQuestion('Can it scale to zero between downtimes?')).toBe('Can it scale to zero between downtimes?');
  });

  it('turns a reported claim and "is that right?" into the claim with a question tag, keeping the sentences before it', () => {
    expect(rewordQuestion('We verify tokens. In the review someone said we must run the resolver. Is that right?')).toBe(
      'We verify tokens. we must run the resolver, right?',
    );
    expect(rewordQuestion('Our architect told us that two zones are enough. Is that really true??')).toBe('two zones are enough, right?');
    // A claim of the asker's own, or a tag that asks about something more, is left as written.
    expect(rewordQuestion('We run two zones. Is that right?')).toBe('We run two zones. Is that right?');
    expect(rewordQuestion('Someone said two zones. Is that right for production?')).toBe(
      'Someone said two zones. Is that right for production?',
    );
  });
  it('reads a "line item" of a bill of materials as a component', () => {
    expect(rewordQuestion('Is the cache a must-have line item?')).toBe('Is the cache a must-have component?');
    expect(rewordQuestion('Which line-items are optional?')).toBe('Which components are optional?');
  });

  it('drops a closing aim of saving ("to save on pods?"), but keeps an aim that says what is asked', () => {
    expect(rewordQuestion('Could we switch off the worker to save on pods?')).toBe('Could we switch off the worker?');
    expect(rewordQuestion('Can we drop the cache in order to cut costs?')).toBe('Can we drop the cache?');
    expect(rewordQuestion('Can I switch off the separate workers to save a pod?')).toBe('Can I switch off the separate workers?');
    expect(rewordQuestion('Where should mirrors go to cut provisioning time?')).toBe('Where should mirrors go to cut provisioning time?');
  });

  it('puts a statement opened by "so" as "S, right?", a check of what the asker understood', () => {
    expect(rewordQuestion('So the ledger is only needed if we turn on exports?')).toBe(
      'the ledger is only needed if we turn on exports, right?',
    );
    expect(rewordQuestion('Okay, so if we split the workers out, the bundled cache will not do?')).toBe(
      'if we split the workers out, the bundled cache will not do, right?',
    );
    // A question word or an auxiliary after "so" asks as written: only the filler goes.
    expect(rewordQuestion('So how many workers does Quillstack run?')).toBe('how many workers does Quillstack run?');
    expect(rewordQuestion('So does Quillstack need the ledger?')).toBe('does Quillstack need the ledger?');
    expect(rewordQuestion('So we run one worker. Is that enough?')).toBe('we run one worker. Is that enough?');
  });
});

describe('writeNumberWords', () => {
  it('writes numbers spelled as words in digits, with "a" before a scale and "and" after one', () => {
    expect(writeNumberWords('at a hundred and fifty logins a second')).toBe('at 150 logins a second');
    expect(writeNumberWords('for two hundred thousand users')).toBe('for 200000 users');
    expect(writeNumberWords('twenty workspaces, sixty-four or sixty four')).toBe('20 workspaces, 64 or 64');
    expect(writeNumberWords('two hundred and one pods')).toBe('201 pods');
  });

  it('writes a unit spelled out after a number as its abbreviation, and a count word before a spelled unit as digits', () => {
    expect(writeNumberWords('thirty kilobytes per user')).toBe('30 KB per user');
    expect(writeNumberWords('two thousand megabytes')).toBe('2000 MB');
    expect(writeNumberWords('four gigs of ram and three GB of disk')).toBe('4 GB of ram and three GB of disk');
    // A scale after digits is the number reader's ("1.5 million"), and a count word before an abbreviation stays a word.
    expect(writeNumberWords('about 1.5 million users on one vCPU')).toBe('about 1.5 million users on one vCPU');
  });

  it('keeps a count word alone, words that make no one number, and plural scales as they are', () => {
    expect(writeNumberWords('which one runs in three zones')).toBe('which one runs in three zones');
    expect(writeNumberWords('one two three')).toBe('one two three');
    expect(writeNumberWords('four twenty')).toBe('four twenty');
    // A ten after a ten, or a unit after eleven to nineteen, starts another number (mutation session 35).
    expect(writeNumberWords('twenty thirty')).toBe('twenty thirty');
    expect(writeNumberWords('eleven four')).toBe('eleven four');
  });

  it('adds a unit to twenty and reads any run of spaces between number words (mutation session 35)', () => {
    expect(writeNumberWords('twenty five pods')).toBe('25 pods');
    expect(writeNumberWords('sixty  four pods')).toBe('64 pods');
    expect(writeNumberWords('hundreds of users, a few thousands')).toBe('hundreds of users, a few thousands');
  });

  it('is applied when a question is reworded, so the number reader sees the digits', () => {
    expect(rewordQuestion('how much memory for a thousand users')).toBe('how much memory for 1000 users');
  });
});

describe('rewordQuestion: question words typed in haste', () => {
  it('reads "wich", "waht" and "hwo" as the question words', () => {
    expect(rewordQuestion('wich port does it use?')).toBe('which port does it use?');
    expect(rewordQuestion('Waht is it for?')).toBe('what is it for?');
    expect(rewordQuestion('hwo many nodes?')).toBe('how many nodes?');
    expect(rewordQuestion('the whichever one')).toBe('the whichever one');
  });
});

describe('rewordQuestion: DNS entries', () => {
  it('reads a DNS or CNAME "entry" as a record, and leaves any other entry as written', () => {
    expect(rewordQuestion('Which CNAME entries does Quillstack need?')).toBe('Which CNAME records does Quillstack need?');
    expect(rewordQuestion('What DNS entry points at the proxy?')).toBe('What DNS record points at the proxy?');
    expect(rewordQuestion('How many cache entries does the ledger keep?')).toBe('How many cache entries does the ledger keep?');
  });
});

describe('rewordQuestion: spoken fillers', () => {
  it('drops fillers that open a dictated question and hesitations inside it', () => {
    expect(rewordQuestion('okay so if the vault has an outage does it keep running')).toBe(
      'if the vault has an outage does it keep running',
    );
    expect(rewordQuestion('um, so, what does the ledger keep')).toBe('what does the ledger keep');
    expect(rewordQuestion('how many, um, nodes')).toBe('how many nodes');
  });

  it('keeps "ok to …?", which asks, and a filler word inside another word or after the opening', () => {
    expect(rewordQuestion('ok to pull images from a public registry?')).toBe('ok to pull images from a public registry?');
    expect(rewordQuestion('well-known endpoints?')).toBe('well-known endpoints?');
    expect(rewordQuestion('what does it look like')).toBe('what does it look like');
  });

  it('reads a dictated claim closing on a bare tag with no comma as the claim put to the reader', () => {
    expect(rewordQuestion('the ledger keeps its state in the frob store right')).toBe(
      'the ledger keeps its state in the frob store, right?',
    );
    expect(rewordQuestion('um so quillstack chart 3.0 still ships a proxy yeah')).toBe('quillstack chart 3.0 still ships a proxy, right?');
    expect(rewordQuestion('quillstack recommends the managed ledger correct')).toBe('quillstack recommends the managed ledger, right?');
    expect(rewordQuestion("the ledger keeps all its data in the cache doesn't it")).toBe(
      "the ledger keeps all its data in the cache, doesn't it?",
    );
  });

  it('leaves a question word opening the clause, a comma before the tag and a tag word inside a phrase as written', () => {
    expect(rewordQuestion('which proxy goes on the right')).toBe('which proxy goes on the right');
    expect(rewordQuestion('the ledger needs a cache, right?')).toBe('the ledger needs a cache, right?');
    expect(rewordQuestion('does the ledger keep the right data')).toBe('does the ledger keep the right data');
  });
});

describe('markSentenceEnds', () => {
  it('ends a sentence before a capitalised question word that follows a lower-case word with no mark', () => {
    expect(markSentenceEnds('What happens if the cache gets restarted Is there a way to keep sessions')).toBe(
      'What happens if the cache gets restarted? Is there a way to keep sessions',
    );
    expect(markSentenceEnds('Do we need the ledger If not, what do we lose')).toBe('Do we need the ledger? If not, what do we lose');
  });

  it('leaves a marked end, a capitalised name and a lower-case question word alone', () => {
    expect(markSentenceEnds('Do we need the ledger? If not, what do we lose?')).toBe('Do we need the ledger? If not, what do we lose?');
    expect(markSentenceEnds('does it run on Kubernetes or Nomad')).toBe('does it run on Kubernetes or Nomad');
    expect(markSentenceEnds('do we need it and what does it cost')).toBe('do we need it and what does it cost');
  });
});

describe('tokenizeText: prices asked without the word', () => {
  it('reads "per user per month" and "how much is a licence" as asking a price', () => {
    expect(tokenizeText('what do we pay per user per month')).toContain('price');
    expect(tokenizeText('how much is an enterprise licence')).toContain('price');
    expect(tokenizeText('how much are the licenses for 50 seats')).toContain('price');
    expect(tokenizeText("how much is Quillstack's enterprise support for a pilot")).toContain('price');
  });

  it('keeps "which licence" and "how much memory per user" free of prices', () => {
    expect(tokenizeText('which licence is the product under')).not.toContain('price');
    expect(tokenizeText('how much memory per user')).not.toContain('price');
    expect(tokenizeText('how much memory is needed per user per second')).not.toContain('price');
    expect(tokenizeText('how much load is supported by one node')).not.toContain('price');
  });
});

describe('tokenizeText: words run together', () => {
  it('reads "loadbalancer" (quick typing, or the Kubernetes type name) as the two words the facts use', () => {
    expect(tokenizeText('the loadbalancer in front')).toEqual(tokenizeText('the load balancer in front'));
    expect(tokenizeText('a Service of type LoadBalancer')).toContain('balancer');
  });
});

describe('rewordQuestion: a plus or an ampersand between asks', () => {
  it('reads a plus or an ampersand standing alone as "and"', () => {
    expect(rewordQuestion('ledger sku + how many')).toBe('ledger sku and how many');
    expect(rewordQuestion('disk size & count')).toBe('disk size and count');
  });

  it('leaves one inside a word or a name alone', () => {
    expect(rewordQuestion('does it need C++ or A&B libraries')).toBe('does it need C++ or A&B libraries');
  });
});

describe('listLeftOutPhrases with the sum exclusions', () => {
  const sumExclusions = askVocabulary.sumExclusionPatterns.map((pattern) => new RegExp(pattern, 'gu'));

  it('leaves out a part set apart after a comma at the end of a sentence ("…, not the database.")', () => {
    expect(listLeftOutPhrases('what is the total vcpu across the nodes? just the pool, not the database.', sumExclusions)).toEqual([
      'database',
    ]);
    expect(listLeftOutPhrases('how much memory in total, but not the ledger?', sumExclusions)).toEqual(['ledger']);
  });

  it('leaves out a part after "no" closing a query typed as keywords ("… 40 workers no api")', () => {
    expect(listLeftOutPhrases('ledger cpu requests 50 workers no api', sumExclusions)).toEqual(['api']);
    expect(listLeftOutPhrases('total memory, no cache?', sumExclusions)).toEqual(['cache']);
    // Only at the end: "no" before more of the question sets no part aside.
    expect(listLeftOutPhrases('no api node is needed for the total?', sumExclusions)).toEqual([]);
  });

  it('leaves out a part set apart in brackets opening with "no" or "not", wherever the brackets stand', () => {
    expect(listLeftOutPhrases('memory in total for the ledgers only (no operator)?', sumExclusions)).toEqual(['operator']);
    expect(listLeftOutPhrases('total cpu (not the cache) for 40 workers', sumExclusions)).toEqual(['cache']);
    // Brackets that open with other words qualify the figure, as below.
    expect(listLeftOutPhrases('total cpu (the cache aside, no worries) for 40 workers', sumExclusions)).toEqual([]);
  });

  it('leaves nothing out for a "not" inside parentheses, which qualifies a figure instead', () => {
    expect(listLeftOutPhrases('the total ram (using the minimums, not the recommended cache size)?', sumExclusions)).toEqual([]);
  });
});

describe('tokenizeText: "builtin" and "inbuilt"', () => {
  it('reads both as the sources\' "built-in", so a question typed either way names the built-in part', () => {
    expect(tokenizeText('builtin redis')).toEqual(tokenizeText('built-in redis'));
    expect(tokenizeText('inbuilt redis')).toEqual(tokenizeText('built-in redis'));
  });
});

describe('tokenizeText: "linearly"', () => {
  it('reads the adverb as "linear", so "scales linear" finds a fact saying it grew linearly', () => {
    expect(tokenizeText('cpu grew linearly')).toEqual(tokenizeText('cpu grew linear'));
  });
});

describe('escapeRegExp', () => {
  it('makes every character special to a regular expression match itself', () => {
    const text = 'Node.js (v2+) [a|b] ^$ *?{1} \\';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('Node.js')}$`).test('Nodexjs')).toBe(false);
    expect(escapeRegExp('plain words')).toBe('plain words');
  });
});

describe('tokenizeText: running locally', () => {
  it('reads "locally" and "on my laptop" as the local installation the facts write', () => {
    expect(tokenizeText('can I run it locally')).toContain('local');
    expect(tokenizeText('on my laptop')).toContain('local');
    expect(tokenizeText('the locale setting')).not.toContain('local');
  });
});

describe('rewordQuestion: an adverb putting a claim as a question', () => {
  it('drops "surely", "presumably" or "of course" opening the question, with its comma', () => {
    expect(rewordQuestion('Surely Quillstack needs a cache?')).toBe('Quillstack needs a cache?');
    expect(rewordQuestion('Presumably, the worker is optional?')).toBe('the worker is optional?');
    expect(rewordQuestion('  of course the worker is optional?')).toBe('the worker is optional?');
  });

  it('keeps one that does not open the question, and a word that only begins like one', () => {
    expect(rewordQuestion('Quillstack surely needs a cache?')).toBe('Quillstack surely needs a cache?');
    expect(rewordQuestion('Surelyx needs a cache?')).toBe('Surelyx needs a cache?');
  });
});

describe('rewordQuestion: an aside about the asker in brackets', () => {
  it('moves it to a sentence of its own after the question, and leaves other brackets alone', () => {
    expect(rewordQuestion('Which image does Quillstack use (I have version 9 in place)?')).toBe(
      'Which image does Quillstack use? I have version 9 in place.',
    );
    expect(rewordQuestion('Which image does Quillstack use (we run 3 nodes)')).toBe('Which image does Quillstack use? we run 3 nodes.');
    expect(rewordQuestion('Which image (the default one) does it use?')).toBe('Which image (the default one) does it use?');
    // A mark inside the question is no closing mark; an aside in the middle leaves the words around it joined by one space.
    expect(rewordQuestion('What does v2.0 use (we run 3 nodes)')).toBe('What does v2.0 use? we run 3 nodes.');
    expect(rewordQuestion('Which image (we run 3 nodes) does Quillstack use?')).toBe('Which image does Quillstack use? we run 3 nodes.');
    expect(rewordQuestion('Which image does it use (we run 3 nodes )?')).toBe('Which image does it use? we run 3 nodes.');
  });
});

describe('tokenizeText: plain business words', () => {
  it('reads processors as vCPUs', () => {
    expect(tokenizeText('how many processors')).toEqual(tokenizeText('how many vcpu'));
  });

  it('reads a number of processors as a CPU figure', () => {
    expect(tokenizeQuestion('about 4 processors').numbers[0]).toMatchObject({ value: 4, measure: 'cpu', canonical: 4 });
  });

  it('reads signing or logging in as a login, and leaves single sign-on alone', () => {
    for (const text of ['people signing in', 'people logging in']) expect(tokenizeText(text)).toContain(tokenizeText('login')[0]);
    expect(tokenizeText('single sign-on')).not.toContain(tokenizeText('login')[0]);
    expect(tokenizeText('the logs in a volume')).not.toContain(tokenizeText('login')[0]);
  });

  it('reads "N people a second" as a rate, and leaves "a second site" alone', () => {
    expect(tokenizeQuestion('150 people a second').tokens).toEqual(['150', 'people', 'per', 'second']);
    expect(tokenizeText('add a second site')).not.toContain('per');
  });

  it('reads a count of servers or machines as a node count, and leaves a named server alone', () => {
    expect(tokenizeText('how many servers')).toContain(tokenizeText('nodes')[0]);
    expect(tokenizeText('the least number of machines')).toContain(tokenizeText('nodes')[0]);
    expect(tokenizeText('the API server')).not.toContain(tokenizeText('nodes')[0]);
  });

  it('reads staying up when one part fails as high availability', () => {
    expect(tokenizeText('to stay up when one machine fails')).toContain('ha');
    expect(tokenizeText('keeps running if a node dies')).toContain('ha');
    expect(tokenizeText('stay up all night')).not.toContain('ha');
  });

  it('reads taking something offline as downtime, and things nobody uses as unused ones', () => {
    expect(tokenizeText('without taking sign-ins offline')).toContain('downtime');
    expect(tokenizeText('workspaces nobody uses anymore')).toContain(tokenizeText('unused')[0]);
  });

  it('reads "need X for Y to work at all" as "need X for Y"', () => {
    expect(tokenizeText('do we need a cache for the API to work at all')).toEqual(tokenizeText('do we need a cache for the API'));
    expect(tokenizeText('we want to run it')).toContain('run');
  });

  it('reads how big a thing "starts out" as its default size, and the largest it may be let grow as its recommended maximum', () => {
    expect(tokenizeText('how big does the ledger start out')).toEqual(tokenizeText('what default size the ledger'));
    expect(tokenizeText('the largest they recommend letting it get')).toEqual(tokenizeText('the recommended maximum size'));
    expect(tokenizeText('how big does it get before it starts')).not.toContain('default');
  });

  it('reads a SPOF, one or several, as a single point of failure, and no longer word holding the letters', () => {
    expect(tokenizeText('is the ledger a SPOF')).toEqual(tokenizeText('is the ledger a single point of failure'));
    expect(tokenizeText('any spofs left')).toEqual(tokenizeText('any single point of failure left'));
    expect(tokenizeText('spoofing the ledger')).not.toContain('failure');
  });

  it('reads running a part outside the server or cluster as running it as an external part', () => {
    expect(tokenizeText('can we run the ledger workers outside the main server')).toEqual(
      tokenizeText('can we the ledger workers external the main server'),
    );
    expect(tokenizeText('deploy it outside of the cluster')).toContain('external');
    // "Outside" with no running verb before it keeps its place.
    expect(tokenizeText('which ports are open outside the cluster')).not.toContain('external');
  });

  it('reads a part "in its own container" (or pod, node, VM) as in a separate one, and "our own servers" as self-hosting still', () => {
    expect(tokenizeText('workers run in their own containers')).toEqual(tokenizeText('workers run in separate containers'));
    expect(tokenizeText('the cache on its own node')).toEqual(tokenizeText('the cache on separate node'));
    expect(tokenizeText('on our own servers')).toEqual(tokenizeText('self hosted'));
  });

  it("reads a quick local test of the reader's own as a trial run, not as the vendor's tested setup", () => {
    expect(tokenizeText('for a quick local test')).toEqual(tokenizeText('for a pilot'));
    expect(tokenizeText('for our first trial')).toEqual(tokenizeText('for a pilot'));
    expect(tokenizeText('the tested setup')).not.toEqual(tokenizeText('the pilot setup'));
  });

  it('reads the objectives of recovery written out as RPO and RTO', () => {
    expect(tokenizeText('the recovery time and point objectives')).toEqual(tokenizeText('the rpo rto'));
    expect(tokenizeText('its recovery time objective')).toEqual(tokenizeText('its rpo rto'));
  });

  it('reads what a service exposes as what it serves', () => {
    expect(tokenizeText('what does the api expose to clients')).toEqual(tokenizeText('what does the api serve to clients'));
    expect(tokenizeText('it exposes a dashboard')).toEqual(tokenizeText('it serves a dashboard'));
  });

  it('reads the moving parts as the components', () => {
    expect(tokenizeText('all the moving parts')).toEqual(tokenizeText('all the components'));
  });

  it('reads entries "in our DNS" as DNS records and a web address as a domain', () => {
    expect(tokenizeText('which entries do we add in our DNS')).toContain('record');
    expect(tokenizeText('which entries are in the table')).not.toContain('record');
    expect(tokenizeText('what web addresses')).toEqual(tokenizeText('what domain'));
  });

  it('reads "which kind of X does each rely on" as which X each uses', () => {
    expect(tokenizeText('which kind of store does each one rely on')).toEqual(tokenizeText('which store does each one use'));
  });

  it('reads "externalising" a part, in either spelling, as running it external', () => {
    for (const word of ['externalising', 'externalize', 'externalised', 'externally'])
      expect(tokenizeText(`why ${word} the ledger`)).toEqual(tokenizeText('why external the ledger'));
  });
});

describe('rewordQuestion: a comparison asked as "how does that compare with B\'s"', () => {
  it('asks the first question again of the product whose own thing is compared, or of the one said to compare', () => {
    expect(rewordQuestion("Which store does Quillstack use, and how would that one differ from Lanternpad's?")).toBe(
      "Which store does Quillstack use, and what about Lanternpad's?",
    );
    expect(rewordQuestion("Which store does Quillstack use, and how does it compare to Lanternpad's rule on caches?")).toBe(
      "Which store does Quillstack use, and what about Lanternpad's rule on caches?",
    );
    expect(rewordQuestion('Which store does Quillstack use, and how does Lanternpad compare?')).toBe(
      'Which store does Quillstack use, and what about Lanternpad?',
    );
  });

  it("keeps a comparison with a thing that is no one's own", () => {
    const asked = 'How large is the ledger, and how does it compare with the default ledger size?';
    expect(rewordQuestion(asked)).toBe(asked);
  });
});

describe('rewordQuestion: a reason asked for by name', () => {
  it('reads "which justifications does X provide for Y" as why X recommends Y, and "on what grounds" as why', () => {
    expect(rewordQuestion('Which justifications does the Quillstack guide provide for two caches?')).toBe(
      'why does the Quillstack guide recommend two caches?',
    );
    expect(rewordQuestion('What grounds does Quillstack put forward for a ledger replica?')).toBe(
      'why does Quillstack recommend a ledger replica?',
    );
    expect(rewordQuestion('On what grounds is a second cache advised?')).toBe('why is a second cache advised?');
    expect(rewordQuestion('For what reason is the ledger kept apart?')).toBe('why is the ledger kept apart?');
  });

  it('reads "under what circumstances is X …" and "in which situations does X …" as when', () => {
    expect(rewordQuestion('Under what circumstances is the Quill worker unnecessary?')).toBe('when is the Quill worker unnecessary?');
    expect(rewordQuestion('In which situations does Quillstack skip the cache?')).toBe('when does Quillstack skip the cache?');
    expect(rewordQuestion('Which situations are listed?')).toBe('Which situations are listed?');
  });

  it('drops "as part of the justification" after what a source offers, and keeps a justification asked for', () => {
    expect(rewordQuestion('What drawback of the ledger is offered as part of the rationale?')).toBe(
      'What drawback of the ledger is offered?',
    );
    expect(rewordQuestion('What drawback is named as an argument against it?')).toBe('What drawback is named against it?');
    expect(rewordQuestion('Is the justification for the cache written down?')).toBe('Is the justification for the cache written down?');
  });

  it('leaves a reason named as a thing alone', () => {
    expect(rewordQuestion('What reason codes does Quillstack log?')).toBe('What reason codes does Quillstack log?');
  });
});

describe('dropAsides', () => {
  it('blanks each bracketed aside and keeps the rest', () => {
    expect(dropAsides('max namespaces per cluster (one per user)?')).toBe('max namespaces per cluster  ?');
    expect(dropAsides('A (x) and B (y)')).toBe('A   and B  ');
    expect(dropAsides('no aside')).toBe('no aside');
  });
});
