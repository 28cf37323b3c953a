import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures, getFactIndex, tokenizeText, type Answer } from '../../../src/lib/ask/index.ts';
import { findUnheldRole } from '../../../src/lib/ask/find-absences.ts';
import {
  buildAskArchitecture,
  buildLanternpad,
  buildAskArchitectureWith,
  buildCellwright,
  buildLedgerInput,
  buildQuillApiInput,
} from '../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string, options = {}) => answerQuestion(question, catalogue, options);

/** Checks the shape every decline has: no answer, the kind, and a reason a reader can act on. */
function expectDeclined(answer: Answer): string {
  expect(answer.answer, JSON.stringify(answer)).toBeNull();
  expect(answer.kind).toBe('declined');
  expect(answer.declined?.length ?? 0).toBeGreaterThan(20);
  return answer.declined ?? '';
}

/** A one-component product, "Chartwell", whose API carries the settings or requirements given. */
function buildChartwell(api: Partial<Parameters<typeof buildComponentInput>[0]>) {
  return buildArchitecture({
    id: 'chartwell',
    product: 'Chartwell',
    vendor: 'Chart Co.',
    components: [
      buildComponentInput({ id: 'chart-api', name: 'Chart API', role: 'application-service', purpose: 'Serves the charts.', ...api }),
    ],
  });
}

/** Chartwell whose API states one node and that the chart sets no CPU or memory. */
const chartOnly = buildChartwell({
  requirements: [
    {
      scope: 'default',
      nodes: 1,
      note: 'the chart sets no CPU or memory (resources {}).',
      source: 'authgear-self-managed#resources-reference',
    },
  ],
});

describe('answerQuestion declines', () => {
  it('answers what a vendor weighs about costs in words ("costs more"), but still declines an amount or a bare "cost?"', () => {
    const weighing = [buildChartwell({ purpose: 'Serves the charts; a second replica costs more but fails over faster.' })];
    const askWeighing = (question: string) => answerQuestion(question, weighing);
    const weighed = askWeighing('What extra cost items does a Chartwell second replica bring?');
    expect(weighed.answer).toMatch(/costs more/);
    expect(askWeighing('Chartwell: which set-up costs more to run?').answer).toMatch(/costs more/);
    expect(expectDeclined(askWeighing('How much does Chartwell cost per month?'))).toMatch(/no prices/);
    expect(expectDeclined(askWeighing('What would a Chartwell replica cost, in $?'))).toMatch(/no prices/);
    expect(expectDeclined(askWeighing('chartwell cost?'))).toMatch(/no prices/);
    // A product whose facts never weigh costs has nothing to answer with.
    expect(expectDeclined(ask('Which Quillstack part costs more to run?'))).toMatch(/no prices/);
  });

  it('says archkb holds no prices or guarantees, whatever the product', () => {
    expect(expectDeclined(ask('How much does Quillstack cost per month?'))).toMatch(/no prices/);
    expect(expectDeclined(ask('How much does Quill Labs charge per user for Quillstack?'))).toMatch(/no prices/);
    // "In charge of" is no price.
    expect(ask('Which Quillstack part is in charge of sign-in sessions?').declined ?? '').not.toMatch(/no prices/);
    // A "cost-effective" option is described by how it weighs cost; the amount asked is of something else.
    expect(ask('In the most cost-effective Quillstack setup, by how much is the ledger memory reduced?').declined ?? '').not.toMatch(
      /no prices/,
    );
    expect(expectDeclined(ask('How much does the cost-effective Quillstack setup cost per month?'))).toMatch(/no prices/);
    // A "CPU cost" is a load on a resource, and "that cost" after it points back at it, unless an amount is asked.
    expect(ask('Signing in is a heavy CPU cost for Quillstack. How is that cost turned into an API size?').declined ?? '').not.toMatch(
      /no prices/,
    );
    expect(expectDeclined(ask('Signing in is a heavy CPU cost for Quillstack. What does that cost per month?'))).toMatch(/no prices/);
    expect(expectDeclined(ask('Signing in is a heavy CPU cost for Quillstack. Is that cost charged monthly?'))).toMatch(/no prices/);
    // A concession ("even though it costs more") grants the cost; what is asked is the advice.
    for (const concession of ['even though it costs more', 'although it is expensive', 'despite the cost'])
      expect(ask(`Should Quillstack's ledger run managed, ${concession}?`).declined ?? '').not.toMatch(/no prices/);
    expect(expectDeclined(ask('Even though it costs more, how much does a managed Quillstack ledger cost per month?'))).toMatch(
      /no prices/,
    );
    // Monthly active users are a load, not a bill.
    expect(ask('How big a ledger does Quillstack need for 500k MAU?').declined ?? '').not.toMatch(/no prices/);
    expect(expectDeclined(ask('What uptime SLA does Quillstack guarantee?'))).toMatch(/no service-level guarantees/);
    expect(expectDeclined(ask('What RTO does a Quillstack failover give?'))).toMatch(/no service-level guarantees/);
    expect(expectDeclined(ask('Which certifications, such as SOC 2 or ISO 27001, does Quillstack hold?'))).toMatch(
      /no security or compliance certifications/,
    );
    expect(expectDeclined(ask('Is Quillstack FIPS 140-2 validated?'))).toMatch(/no security or compliance certifications/);
    expect(expectDeclined(ask('Quillstack 3-node cluster: p99 latency target for the API at peak?'))).toMatch(
      /no latency or response-time targets/,
    );
    expect(expectDeclined(ask('Which SLO does Quillstack set for sign-in?'))).toMatch(/no latency or response-time targets/);
    // A bill of materials lists what a deployment needs; it asks no price.
    expect(ask('How much memory must the bill of materials provide for the Quillstack ledger database?').declined ?? '').not.toMatch(
      /no prices/,
    );
    // A scene-setting sentence that mentions uptime does not make the question after it one about guarantees.
    const scene = ask('Our users work on three continents and we want better uptime. What does the Quillstack session cache keep?');
    expect(scene.declined ?? '').not.toMatch(/no service-level guarantees/);
    // Even when the question points back at that sentence ("in that case"); asked in the question itself, it declines.
    const pointing = ask("We fear one balancer's SLA is too low. What does Quillstack suggest for the API in that case?");
    expect(pointing.declined ?? '').not.toMatch(/no service-level guarantees/);
    expect(expectDeclined(ask('We run two zones. What uptime SLA does Quillstack promise in that case?'))).toMatch(
      /no service-level guarantees/,
    );
    // Nor does a condition that names one; asked outright, with a condition after it, it still declines.
    const condition = ask('What can Quillstack use instead if the session cache SLA is not good enough?');
    expect(condition.declined ?? '').not.toMatch(/no service-level guarantees/);
    expect(expectDeclined(ask('What is the Quillstack SLA if we run two session caches?'))).toMatch(/no service-level guarantees/);
  });

  it('names a product it does not hold, with the nearest products it does', () => {
    expect(expectDeclined(ask('What does Okta need to self-host?'))).toBe(
      'archkb has no architecture for Okta. Nearest in archkb: Quillstack.',
    );
    expect(expectDeclined(ask('How much RAM does Frobnicator need?'))).toMatch(/^archkb has no architecture for Frobnicator\./);
  });

  it('says what a named product’s sources do not mention', () => {
    expect(expectDeclined(ask('Does Quillstack need PgBouncer?'))).toBe(
      'The vendor documents archkb holds for Quillstack do not mention PgBouncer.',
    );
    // In a longer question too, when the name heads the "which" or is an option offered right after it.
    expect(expectDeclined(ask('Which HSM or cloud key products can Quillstack use to keep the signing keys of its API?'))).toBe(
      'The vendor documents archkb holds for Quillstack do not mention HSM.',
    );
    expect(
      expectDeclined(ask('Which encryption mode (SSE-QS or SSE-ZZ) does Quillstack require for the disk holding its ledger?')),
    ).toMatch(/^The vendor documents archkb holds for Quillstack do not mention SSE-QS/);
    // A name only in passing in a long question is not what it asks.
    expect(
      ask('Our auditors use PgBouncer in front of every database, so which database does the Quillstack ledger use?').declined ?? '',
    ).not.toContain('do not mention');
    // A label before the question ("Notes from …:") adds no words to it, so the short question still decides.
    expect(expectDeclined(ask('Notes from the Quillstack worker review: what does the worker hand over to Frobnicator?'))).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frobnicator.',
    );
  });

  it('says a product’s sources do not mention a lower-case platform name that another product’s sources use ("arm64")', () => {
    const both = [buildAskArchitecture(), buildChartwell({ purpose: 'Serves the charts; its images are built for arm64 only.' })];
    expect(expectDeclined(answerQuestion('Can Quillstack run on arm64 machines?', both))).toBe(
      'The vendor documents archkb holds for Quillstack do not mention arm64.',
    );
    expect(answerQuestion('Can Chartwell run on arm64 machines?', both).declined ?? '').not.toContain('do not mention');
    // "http2" is the same word as "HTTP/2", which a source writes with a slash.
    expect(tokenizeText('http2')).toEqual(tokenizeText('HTTP/2'));
  });

  it('takes a name given only as an example ("e.g. AWS Frobcore") for an aside, not the thing asked', () => {
    for (const question of ['Can Quillstack run on arm64 VMs, e.g. AWS Frobcore?', 'Can Quillstack run on arm64 VMs such as Frobcore?'])
      expect(ask(question).declined ?? '').not.toContain('do not mention Frobcore');
    expect(expectDeclined(ask('Can Quillstack run on Frobcore?'))).toBe(
      'The vendor documents archkb holds for Quillstack do not mention Frobcore.',
    );
  });

  it('takes a name glossed in brackets by a word the product does use ("Frobcore (arm64)") for that word, not an unmentioned name', () => {
    const chartwell = [buildChartwell({ purpose: 'Serves the charts; its images are built for arm64 only.' }), buildAskArchitecture()];
    for (const question of [
      'Can Chartwell run on Frobcore (arm64) machines?',
      'Can Chartwell run on arm64 (Frobcore) machines?',
      'Can Chartwell run on Frobcore arm64 machines?',
    ])
      expect(answerQuestion(question, chartwell).declined ?? '').not.toContain('Frobcore');
    // Glossed by a word the product does not use, the name is still not mentioned.
    expect(expectDeclined(answerQuestion('Can Chartwell run on Frobcore (riscv64) machines?', chartwell))).toMatch(
      /do not mention Frobcore/,
    );
    // Only a name glosses a name: a common word before it in brackets ("a box (Frobcore)") leaves it unmentioned.
    expect(expectDeclined(answerQuestion('Can Chartwell run on a box (Frobcore)?', chartwell))).toMatch(/do not mention Frobcore/);
    // A version after a name ("Frobcore v2") is no model code of something the product names.
    expect(expectDeclined(answerQuestion('Can Chartwell run on Frobcore v2?', chartwell))).toMatch(/do not mention Frobcore/);
  });

  it('answers the parts of a several-part question that do not use a name the sources never mention, and says so of the part that does', () => {
    const answer = ask('What does the Quillstack ledger database keep? And does it need PgBouncer?');
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
    // The part naming it says so rather than answering from a near fact.
    expect(answer.answer).toContain('The vendor documents archkb holds for Quillstack do not mention PgBouncer.');
    expect(answer.answer).not.toMatch(/\bYes\b/);
  });

  it('names what is not stated, and for whom, when a fact says the sources are silent on it', () => {
    expect(expectDeclined(ask('What port does Quillstack use?'))).toBe(
      'The vendor documents archkb holds for Quillstack state no port numbers.',
    );
    expect(expectDeclined(ask('Quillstack load balancer product?'))).toBe(
      'The vendor documents archkb holds for Quillstack state no load balancer product.',
    );
  });

  it('declines a question no fact explains, with the nearest facts as sources', () => {
    const answer = ask('How many Quillstack hamsters run the treadmill?');
    expect(expectDeclined(answer)).toMatch(/Quillstack do not state this/);
  });

  it('declines a question that names no product, category or page rather than guess whose answer to give', () => {
    const two = [...catalogue, buildAskArchitecture({ id: 'quillstack-lite', product: 'Quillstack Lite' })];
    expect(expectDeclined(answerQuestion('Is the ledger database required?', two))).toMatch(/names no product/);
    expect(answerQuestion('Is the ledger database required?', two, { architectureId: 'quillstack' }).answer).toMatch(/^Yes/);
  });

  it('takes a component only one product has as naming that product', () => {
    expect(ask('Is the ledger database required?').answer).toMatch(/^Yes: it is required/);
  });

  it('names a product it lacks next to the answer about one it holds', () => {
    expect(ask('Quillstack vs Authelia ledger database purpose').answer).toMatch(
      /^archkb has no architecture for Authelia\. .*Keeps accounts/,
    );
  });

  it('declines empty, punctuation-only and hostile input without throwing', () => {
    for (const question of ['', '   ', '???', '<script>alert(1)</script>', '\u0000\u0007', '🦄'.repeat(200), 'a'.repeat(500)]) {
      expectDeclined(ask(question));
    }
  });

  it('declines when there are no architectures at all', () => {
    expectDeclined(answerQuestion('minimum PostgreSQL for Quillstack', []));
  });

  it('builds the index once per architectures array', () => {
    expect(getFactIndex(catalogue)).toBe(getFactIndex(catalogue));
    expect(getFactIndex([...catalogue])).not.toBe(getFactIndex(catalogue));
  });
  it('says a part of a two-part question is unstated without declining the part it can answer', () => {
    const answer = ask('What does the Quillstack ledger database keep? Which load balancer product is used?');
    expect(answer.answer).toBe(
      'Quillstack (Standard): Ledger database: Keeps accounts, tenants and audit records. The sources state no load balancer product.',
    );
  });

  it('reads "it" in a second part that names a component as the product, not as the first answer\'s subject', () => {
    const answer = ask('What does the Quillstack ledger database keep, and does it need the session cache?');
    expect(answer.answer).toContain('No: it is optional. In Quillstack (Standard), Session cache is optional.');
  });
  it('does not take a capital that only opens a sentence for an unknown product name', () => {
    const answer = ask('We expect about 100 sign-ins per second on Quillstack. Roughly how much CPU does the API need?');
    expect(answer.answer).not.toBeNull();
    expect(answer.declined).toBeUndefined();
    // A name with an inner capital is still a name, wherever it stands.
    expect(expectDeclined(ask('We run Quillstack. PgBouncer in front of it: is that needed?'))).toMatch(/PgBouncer/);
  });

  it('declines "the minimum CPU and RAM" of a product stating none, however long the question', () => {
    const bare = buildChartwell({});
    // Thirteen words: longer than a short question, yet "minimum CPU" asks for a figure all the same.
    expect(expectDeclined(answerQuestion('What is the minimum CPU and RAM for a single Chartwell chart API pod?', [bare]))).toBe(
      'The vendor documents archkb holds for Chartwell state no vCPU or memory figures.',
    );
    expect(
      expectDeclined(answerQuestion('For planning purposes, what is the recommended memory for one Chartwell chart API replica?', [bare])),
    ).toBe('The vendor documents archkb holds for Chartwell state no memory figures.');
  });

  it('does not count a utilisation target as a CPU figure, nor read "CPU target" as asking for CPU', () => {
    const autoscaled = buildChartwell({
      settings: [
        {
          name: 'autoscaling.targetCPUUtilizationPercentage',
          value: '80',
          status: 'default',
          source: 'authgear-self-managed#resources-reference',
        },
      ],
    });
    expect(expectDeclined(answerQuestion('How much CPU does the Chartwell API need?', [autoscaled]))).toBe(
      'The vendor documents archkb holds for Chartwell state no vCPU figures.',
    );
    expect(answerQuestion('What is the Chartwell API CPU target?', [autoscaled]).answer).toMatch(/80/);
  });

  it('answers what a thing is for rather than decline on a silence about something else it does', () => {
    const silent = buildChartwell({
      notes: [
        {
          kind: 'info',
          text: 'The source does not say how a self-hosted instance behaves when it cannot reach the API.',
          source: 'authgear-self-managed#resources-reference',
        },
      ],
    });
    // The purpose leads, though the silence shares more of the question's words.
    expect(answerQuestion('What is the Chartwell API used for by a self-hosted instance?', [silent]).answer).toMatch(
      /^Chartwell: Chart API: Serves the charts\./,
    );
    expect(expectDeclined(answerQuestion('How does a self-hosted Chartwell instance behave when it cannot reach the API?', [silent]))).toBe(
      'The vendor documents archkb holds for Chartwell state no how a self-hosted instance behaves when it cannot reach the API.',
    );
  });

  it('reads "sets no CPU or memory" as a silence, so a memory question about that product is declined', () => {
    expect(expectDeclined(answerQuestion('How much memory should the Chartwell API get?', [chartOnly]))).toBe(
      'The vendor documents archkb holds for Chartwell state no memory figures.',
    );
  });

  it('declines a question of several parts that each ask for figures the product never states, saying so of each', () => {
    expect(expectDeclined(answerQuestion('How many vCPUs and how much memory should each Chartwell API pod get?', [chartOnly]))).toBe(
      'The vendor documents archkb holds for Chartwell state no vCPU figures. The vendor documents archkb holds for Chartwell state no memory figures.',
    );
  });

  it('answers no when a yes/no question asks whether figures are given at all, with the fact that says none are', () => {
    const answer = answerQuestion('Does the Chartwell chart set default memory requests for the API?', [chartOnly]);
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^No\. The vendor documents archkb holds for Chartwell state no memory figures\. Chart API: /);
    expect(answer.answer).toContain('the chart sets no CPU or memory');
    // Asked the other way round ("left unset?"), none set is a yes.
    expect(answerQuestion('Does the Chartwell chart leave the API memory requests unset?', [chartOnly]).answer).toMatch(
      /^Yes\. The vendor documents archkb holds for Chartwell state no memory figures\. Chart API: /,
    );
    // A figure in the question asks whether that much is needed, which the sources cannot say either way.
    expect(expectDeclined(answerQuestion('Does the Chartwell API need 4 GB of memory?', [chartOnly]))).toBe(
      'The vendor documents archkb holds for Chartwell state no memory figures.',
    );
  });
});

describe('answerQuestion: a kind of part the product does not have', () => {
  it('declines "which <role>" when no part has that role and no fact uses its words, naming the kind', () => {
    expect(answerQuestion('Which secrets manager does Quillstack recommend for the API?', [buildAskArchitecture()]).declined).toBe(
      'The vendor documents archkb holds for Quillstack name no secrets manager.',
    );
    expect(answerQuestion('What reverse proxy product does Quillstack suggest?', [buildAskArchitecture()]).declined).toBe(
      'The vendor documents archkb holds for Quillstack name no reverse proxy.',
    );
  });

  it("answers on a product's page for that product, not for another one guessed from a part's name", () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    const onPage = answerQuestion('Which message broker does it recommend?', catalogue, { architectureId: 'quillstack' });
    expect(onPage.declined).toBe('The vendor documents archkb holds for Quillstack name no message broker.');
    // A product the question names still wins over the page.
    const named = answerQuestion('Which message broker does Lanternpad recommend?', catalogue, { architectureId: 'quillstack' });
    expect(named.sources.map((source) => source.url)).toContain('/architectures/lanternpad/#component-events');
  });

  it('finds no missing kind when a part has the role or a fact uses its words (a load balancer the summary mentions)', () => {
    const index = getFactIndex([buildAskArchitecture()]);
    expect(findUnheldRole(index, 'quillstack', tokenizeText('which cache does quillstack use'))).toBeNull();
    expect(findUnheldRole(index, 'quillstack', tokenizeText('which load balancer does quillstack use'))).toBeNull();
    expect(findUnheldRole(index, 'quillstack', tokenizeText('how does quillstack use a reverse proxy'))).toBeNull();
    expect(findUnheldRole(index, 'quillstack', tokenizeText('which reverse proxy does quillstack use'))).toBe('reverse proxy');
  });
});

describe('answerQuestion: figures asked of a setting the sources write', () => {
  it('answers with the setting named exactly, though the product states no figures of the kind', () => {
    const settings = [
      {
        name: 'api.resources.limits',
        value: '{}',
        status: 'default' as const,
        text: 'No CPU or memory limits are set.',
        source: 'authgear-self-managed#resources-reference',
      },
    ];
    const catalogue = [buildAskArchitectureWith([buildQuillApiInput({ settings })])];
    expect(answerQuestion('What default CPU and memory does Quillstack set in api.resources.limits?', catalogue).answer).toBe(
      'Quillstack (Standard): Quill API: api.resources.limits = {} (default): No CPU or memory limits are set.',
    );
    expect(expectDeclined(answerQuestion('What default CPU and memory does the Quillstack API get?', catalogue))).toBe(
      'The vendor documents archkb holds for Quillstack state no vCPU or memory figures.',
    );
  });
});

describe('answerQuestion: figures one part lacks', () => {
  it('declines a figure of the one part named when that part states none, though other parts do', () => {
    const answer = answerQuestion('How much memory should the Quillstack session cache be given?', [buildAskArchitecture()]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no memory figures for Session cache.');
  });

  it("declines a figure of the named part at a load too, where a computation would give another part's figures", () => {
    const answer = answerQuestion('How much memory should the Quillstack session cache get at 40 sign-ins per second?', [
      buildAskArchitecture(),
    ]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no memory figures for Session cache.');
  });

  it('declines figures of parts one name stands for, one per site, when none of them states any', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const relay = (site: number) =>
      buildComponentInput({
        id: `relay-${site}`,
        name: `Relay cluster (site ${site})`,
        role: 'cache',
        technology: 'Infinispan',
        purpose: `Replicates sessions for site ${site}.`,
      });
    const sited = (second = relay(2)) =>
      buildAskArchitectureWith([
        buildQuillApiInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source: cite }] }),
        relay(1),
        second,
        // A shorter name the question also holds ("cluster") is not the part it names.
        buildComponentInput({
          id: 'api-cluster',
          name: 'API cluster',
          role: 'application-service',
          technology: 'Quill',
          requirements: [{ scope: 'minimum', nodes: 3, vcpu: 2, memory: '4 GB', source: cite }],
        }),
      ]);
    const question = 'How much CPU and memory do the Quillstack relay clusters need?';
    expect(answerQuestion(question, [sited()]).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no vCPU or memory figures for Relay cluster (site 1) and Relay cluster (site 2).',
    );
    // One site stating figures is an answer for the other to follow.
    const stating = relay(2);
    stating.requirements = [{ scope: 'minimum', nodes: 3, vcpu: 4, memory: '8 GB', source: cite }];
    expect(answerQuestion(question, [sited(stating)]).declined ?? '').not.toMatch(/figures for/);
  });

  it('reads "disk IOPS" as asking for IOPS alone, which the sources never give, though they give disk sizes', () => {
    const answer = answerQuestion('What disk IOPS does the Quillstack ledger database need?', [buildAskArchitecture()]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no IOPS figures.');
  });

  it('answers a part whose figures a host states for it, and a question counting nodes', () => {
    expect(answerQuestion('How much memory does the Quillstack Quill API need?', [buildAskArchitecture()]).declined ?? '').not.toMatch(
      /figures for/,
    );
    expect(
      answerQuestion('How many session cache nodes and storage nodes does Quillstack run?', [buildAskArchitecture()]).declined ?? '',
    ).not.toMatch(/figures for/);
  });
});

describe('answerQuestion: how many copies of a part to run', () => {
  const cite = 'authgear-self-managed#introduction';

  it('declines "how many X replicas" when nothing states a number for X, naming the part', () => {
    const answer = answerQuestion('How many Lanternpad event stream replicas should we run?', [buildLanternpad()]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Lanternpad state no number of Event stream instances to run.');
  });

  it('answers when the part states a figure of its own, or another fact names it beside a count', () => {
    const own = buildLanternpad({
      components: [
        buildComponentInput({ id: 'canvas', name: 'Canvas service', role: 'application-service', technology: 'Node.js' }),
        buildComponentInput({
          id: 'events',
          name: 'Event stream',
          role: 'message-broker',
          technology: 'Kafka',
          notes: [{ kind: 'high-availability', text: 'Run 3 brokers for high availability.', source: cite }],
        }),
      ],
    });
    expect(answerQuestion('How many Lanternpad event stream replicas should we run?', [own]).declined).toBeUndefined();
    const summarised = buildLanternpad({
      variants: [{ id: 'default', name: 'Default', summary: 'Runs 2 event stream nodes beside the canvas.', source: cite }],
    });
    expect(answerQuestion('How many Lanternpad event stream replicas should we run?', [summarised]).declined).toBeUndefined();
  });

  it('declines "how many X does it create" of a part no fact gives a number for, and counts only what the verb follows', () => {
    const ledger = buildAskArchitectureWith([
      buildQuillApiInput(),
      buildLedgerInput({ purpose: 'Keeps records in databases of its own.' }),
    ]);
    expect(answerQuestion('How many ledger databases does Quillstack create?', [ledger]).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of Ledger database instances to run.',
    );
    expect(answerQuestion('Exactly how many ledger databases?', [ledger]).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of Ledger database instances to run.',
    );
    // "How many ledger database tables" counts tables, not the part.
    expect(answerQuestion('How many ledger database tables does Quillstack create?', [ledger]).declined ?? '').not.toMatch(/number of/);
  });

  it('declines "how many replicas" of a product whose facts count copies of nothing, and leaves one that counts some', () => {
    const question = 'How many service replicas per zone does Lanternpad recommend?';
    expect(answerQuestion(question, [buildLanternpad()]).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no number of replicas to run.',
    );
    const counted = buildLanternpad({
      variants: [{ id: 'default', name: 'Default', summary: 'Runs one canvas instance per zone.', source: cite }],
    });
    expect(answerQuestion(question, [counted]).declined ?? '').not.toMatch(/number of replicas/);
  });

  it('leaves questions that count no copies, or name no one part, to the other answerers', () => {
    expect(answerQuestion('How many Lanternpad event stream topics are there?', [buildLanternpad()]).declined ?? '').not.toMatch(
      /number of/,
    );
    // Naming no part, it is the product's silence on copies of anything that declines it (see above), not a part's.
    expect(answerQuestion('How many Lanternpad replicas should we run?', [buildLanternpad()]).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no number of replicas to run.',
    );
  });
});

describe('answerQuestion: a version the word "version" alone does not give', () => {
  const withImage = (text: string) => [
    buildAskArchitectureWith([
      buildQuillApiInput({
        settings: [{ name: 'image.tag', value: '""', status: 'default', text, source: 'authgear-self-managed#deployment-options' }],
      }),
      buildLedgerInput(),
    ]),
  ];
  const question = 'Which Quill API version does the Quillstack chart deploy?';

  it("declines a part's version when its facts only say the word ('defaulting to the chart's own version')", () => {
    expect(answerQuestion(question, withImage("The API image's version, defaulting to the chart's own version.")).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no API version.',
    );
  });

  it('reads "release" in a sentence that only sets the scene as no question about a version', () => {
    const question =
      'We turned on autoscaling for our Quillstack release last week, but the API never goes past one replica. What are we missing?';
    expect(answerQuestion(question, [buildAskArchitecture()]).declined ?? '').not.toContain('version');
  });

  it('answers it when a fact of the part writes a version number', () => {
    expect(answerQuestion(question, withImage("The API image's version, 4.2 by default.")).answer).toContain('4.2 by default');
  });
});

describe('answerQuestion: a load given to a product sized by none', () => {
  it('declines "how many replicas for N users" of a product whose sources size nothing by load, naming the load', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    const answer = answerQuestion('How many Lanternpad canvas replicas should we run for 500 sign-ins?', catalogue);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no sizing by load: no figure in them grows with the number of sign-ins.',
    );
    // The product that sizes by that load is sized.
    expect(answerQuestion('How much CPU does the Quill API need for 500 sign-ins per second?', catalogue).answer).toContain('50 vCPU');
  });

  it('says the same to a yes/no about an amount at that load, instead of giving the question its own count back', () => {
    const answer = answerQuestion('Does Lanternpad need more canvas replicas at 500 sign-ins?', [
      buildAskArchitecture(),
      buildLanternpad(),
    ]);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no sizing by load: no figure in them grows with the number of sign-ins.',
    );
  });

  it('names a misspelt load by the word it stands for, not as "the number of load"', () => {
    const answer = answerQuestion('How many Lanternpad canvas replicas should we run for 500 sgin-ins?', [
      buildAskArchitecture(),
      buildLanternpad(),
    ]);
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no sizing by load: no figure in them grows with the number of sign-ins.',
    );
  });
});

describe('answerQuestion: a load no source rates', () => {
  it('declines "how many <load> can its minimum setup serve", however long the question, for a product sized per load but rated for none', () => {
    const answer = answerQuestion(
      'How many sign-ins per second can Quillstack serve on the minimum high-availability setup before we have to scale out?',
      [buildAskArchitecture()],
    );
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state no load it was rated or tested for: its sizing rules say what each unit of load needs, not how much load a setup serves.',
    );
  });

  it('reads "the max number of <load>" and "how many concurrent <load>" as asking for a load, however long the question', () => {
    const catalogue = [buildAskArchitecture(), buildLanternpad()];
    for (const question of [
      "What's the max number of sign-ins per second one Lanternpad canvas replica can handle before we need to scale out?",
      'How many concurrent sign-ins per second can one Lanternpad canvas replica handle before we need to scale out?',
    ])
      expect(answerQuestion(question, catalogue).declined).toBe(
        'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for, and no measure of load it is sized by.',
      );
  });

  it('does not take the small words of a product\'s load ("jobs waiting in the queue") for the load a question counts', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const queued = buildLanternpad({
      loadDrivers: [{ id: 'queued-jobs', label: 'jobs waiting in the queue', singular: 'job waiting in the queue', source: cite }],
    });
    const answer = answerQuestion('How many concurrent sign-ins per second can a Lanternpad canvas on the minimum 4 GB VM serve?', [
      buildAskArchitecture(),
      queued,
    ]);
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no load it was rated or tested for: its sizing rules say what each unit of load needs, not how much load a setup serves.',
    );
  });
});

describe('answerQuestion: a time asked with "max", which is no rated load', () => {
  it('leaves "the default max run time" and "max …, in minutes" to the answerers, and still declines a max load', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const queued = buildLanternpad({
      loadDrivers: [{ id: 'queued-jobs', label: 'jobs waiting in the queue', singular: 'job waiting in the queue', source: cite }],
    });
    const catalogue = [buildAskArchitecture(), queued];
    const rated = /rated or tested for/;
    expect(answerQuestion('Default max jobs waiting in the Lanternpad queue?', catalogue).declined ?? '').toMatch(rated);
    expect(answerQuestion('Default max run time for a job in the Lanternpad queue?', catalogue).declined ?? '').not.toMatch(rated);
    expect(answerQuestion('Default max job in the Lanternpad queue, in minutes?', catalogue).declined ?? '').not.toMatch(rated);
  });
});

describe('answerQuestion: a load counted in a unit the rules are not written in', () => {
  it('declines "how many users can one API node handle" of a product sized per sign-in per second and rated for none', () => {
    // Lanternpad sizes by users, so "users" is a load word of the catalogue; Quillstack's rules are per sign-in per second.
    const byUsers = buildLanternpad({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source: 'authgear-self-managed#resources-reference' }],
    });
    const catalogue = [buildAskArchitecture(), byUsers];
    const answer = answerQuestion('How many concurrent users can a single Quillstack API node handle?', catalogue);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state no load it was rated or tested for: its sizing rules say what each unit of load needs, not how much load a setup serves.',
    );
  });
});

describe('answerQuestion: a version of something no fact gives', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const versioned = [
    buildAskArchitectureWith([
      buildLedgerInput({ requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '14' }], source: cite }] }),
      buildComponentInput({ id: 'session-cache', name: 'Session cache', role: 'cache', technology: 'Redis' }),
    ]),
  ];
  const ask = (question: string) => answerQuestion(question, versioned);

  it('declines the version of a named technology the facts give no version of, naming it', () => {
    expect(ask('Which Redis version does Quillstack need?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no Redis version.',
    );
  });

  it('answers the version of a technology the facts give one of, however the question words it', () => {
    expect(ask('Which PostgreSQL version does Quillstack need?').answer).toContain('PostgreSQL 14');
    expect(ask('quillstack postgres min version').answer).toContain('PostgreSQL 14');
  });

  it('answers the version of a part named by its initials, which its version fact gives under the full name', () => {
    const operator = buildComponentInput({
      id: 'frob-operator',
      name: 'FrobBoard Operator',
      role: 'kubernetes-operator',
      purpose: 'Reconciles boards (the vendor calls it FBO).',
      requirements: [{ scope: 'minimum', versions: [{ product: 'FrobBoard Operator', min: '0.34.0' }], source: cite }],
    });
    const answer = answerQuestion('fbo version for the quillstack board pruner', [
      buildAskArchitectureWith([buildLedgerInput(), operator]),
    ]);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('FrobBoard Operator 0.34.0+');
  });
});

describe('answerQuestion: an instance type of a product whose documents name none', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const build = (sku?: string) => [
    buildAskArchitectureWith([
      buildLedgerInput({ managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', ...(sku ? { sku } : {}), source: cite }] }),
      buildComponentInput({ id: 'session-cache', name: 'Session cache', role: 'cache', technology: 'Redis' }),
    ]),
  ];

  it('declines, naming the component, when no fact and no managed option of the product names a size', () => {
    expect(answerQuestion('Which RDS instance type does Quillstack recommend for the ledger database?', build()).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no instance type or size for Ledger database.',
    );
  });

  it('reads "what size … instance" and "instance size" as asking for an instance type', () => {
    for (const question of ['What size session cache instance does Quillstack recommend?', 'Quillstack session cache instance size?'])
      expect(answerQuestion(question, build()).declined).toBe(
        'The vendor documents archkb holds for Quillstack state no instance type or size for Session cache.',
      );
  });

  it('answers with the size when a managed option names one, even in a form no pattern knows', () => {
    const answer = answerQuestion('Which RDS instance type does Quillstack recommend for the ledger database?', build('D2s v3'));
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('D2s v3');
  });
});

describe('declines: "how many X" of a thing the sources mention but never count', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API and caches tenant data in memory.',
        notes: [{ kind: 'info', text: 'Run 3 shards for estates of large tenants.', source: cite }],
      }),
    ]),
  ];

  it('says no number is stated rather than answering with a neighbouring fact', () => {
    const answer = answerQuestion('How many tenants can a single Quillstack API hold before it slows down?', catalogue);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no number of tenants.');
    // "The max number of X", and the product's name right after the thing, ask the same.
    expect(answerQuestion("What's the max number of tenants Quillstack recommends per API?", catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of tenants.',
    );
  });

  it('says no number is stated of a thing no fact of the product names, however long the phrase measures it', () => {
    expect(answerQuestion('How many characters long must the Quillstack signing key be?', catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of characters.',
    );
    // A misspelling of a word the facts use is left to the other rules, which read it as that word.
    expect(answerQuestion('How many shrads does Quillstack run?', catalogue).declined ?? '').not.toContain('number of shrads');
  });

  it('reads the thing counted "per" or "each" something else as the thing counted', () => {
    expect(answerQuestion('How many tenants per API does Quillstack recommend?', catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of tenants.',
    );
    expect(answerQuestion('How many shards per tenant does Quillstack run?', catalogue).answer).toContain('Run 3 shards');
  });

  it('answers when a fact counts the thing, or when the phrase is longer than one word', () => {
    expect(answerQuestion("What's the max number of shards Quillstack recommends?", catalogue).answer).toContain('Run 3 shards');
    expect(answerQuestion('How many shards does Quillstack run?', catalogue).answer).toContain('Run 3 shards');
    expect(answerQuestion('How many tenant caches does a Quillstack API keep?', catalogue).declined ?? '').not.toContain('number of');
  });
});

describe('declines: "what X does P …" of a thing the product never names', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildComponentInput({
        id: 'event-log',
        name: 'Event log',
        role: 'message-broker',
        purpose: 'Carries sign-in events.',
        notes: [{ kind: 'recommendation', text: 'Use three brokers across zones.', source: cite }],
      }),
    ]),
    // Another product names the thing, so it is a thing archkb knows, not a word of the question's frame.
    buildLanternpad({
      components: [buildComponentInput({ id: 'archive', name: 'Archive', purpose: 'Keeps events for a retention of 7 days.' })],
    }),
  ];

  it('says the thing is not stated rather than answering with a fact that shares only the verb', () => {
    const answer = answerQuestion('What retention does Quillstack recommend for its event log?', catalogue);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no retention.');
  });

  it('answers when the product names the thing, the word frames the answer, or the question asks it of something else', () => {
    expect(answerQuestion('What brokers does Quillstack recommend?', catalogue).answer).toContain('three brokers');
    expect(answerQuestion('In what situations does Quillstack recommend more brokers?', catalogue).declined ?? '').not.toContain(
      'state no situations',
    );
    expect(answerQuestion('What retention do the Quillstack brokers need?', catalogue).declined ?? '').not.toContain('state no retention');
    // A word no product's facts use is left to the other rules: it may be the question's own frame.
    expect(answerQuestion('What wisdom does Quillstack recommend?', catalogue).declined ?? '').not.toContain('state no wisdom');
  });
});

describe('declines: "how many X" of a thing the sources count only as "multiple X"', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API. The API starts multiple token signers by default.' }),
      buildComponentInput({
        id: 'event-log',
        name: 'Event log',
        role: 'message-broker',
        purpose: 'Carries sign-in events over several topics.',
        notes: [{ kind: 'recommendation', text: 'Run 3 partitions per topic.', source: cite }],
      }),
    ]),
  ];

  it('says no number is stated, quotes the sentence that says only "multiple", and cites it', () => {
    const answer = answerQuestion('How many token signers does the Quillstack API start by default?', catalogue);
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state no number of token signers; they say only (Quill API): "The API starts multiple token signers by default."',
    );
    expect(answer.sources[0]?.url).toMatch(/#component-quill-api$/);
    // In a second part the decline is that part's alone.
    const parts = answerQuestion('What does the Quillstack event log carry, and how many token signers does the API start?', catalogue);
    expect(parts.answer).toMatch(/sign-in events/);
    expect(parts.answer).toMatch(/state no number of token signers/);
  });

  it('answers when a fact gives the number, or the count asked is an amount or a resource', () => {
    // "several topics" beside "3 partitions per topic": a number of topics is still not stated, but partitions are counted.
    expect(answerQuestion('How many partitions per topic does the Quillstack event log need?', catalogue).answer).toMatch(/3 partitions/);
    expect(answerQuestion('How many topics does the Quillstack event log carry?', catalogue).declined ?? '').toMatch(
      /state no number of topics; they say only \(Event log\): "Carries sign-in events over several topics\."/,
    );
    expect(answerQuestion('How many GB of memory does the Quillstack API need?', catalogue).declined ?? '').not.toMatch(/they say only/);
    expect(answerQuestion('How many vCPUs does the Quillstack API need?', catalogue).declined ?? '').not.toMatch(/they say only/);
  });

  it('takes no "how many" in a fact for a vague count: it asks, and the fact gives the figure', () => {
    const counted = [
      buildAskArchitectureWith([
        buildQuillApiInput({ purpose: 'Serves the sign-in API; the ledger caps how many token signers it can start (about 40).' }),
      ]),
    ];
    expect(answerQuestion('How many token signers can the Quillstack API start?', counted).declined ?? '').not.toMatch(/they say only/);
  });
});

describe('answerQuestion: a setting named exactly that the documents never write', () => {
  const chartwell = [
    buildChartwell({
      settings: [{ name: 'POOL_MAX_SIZE', value: '10', status: 'default', source: 'authgear-self-managed#resources-reference' }],
    }),
  ];
  const askChartwell = (question: string) => answerQuestion(question, chartwell);

  it('declines in every part, naming the setting', () => {
    expect(expectDeclined(askChartwell("What's the default chart-cache-max-size of Chartwell, and what should we raise it to?"))).toBe(
      'The vendor documents archkb holds for Chartwell do not mention chart-cache-max-size.',
    );
    expect(expectDeclined(askChartwell('Chartwell: is CHART_CACHE_TTL_SECONDS set by default?'))).toMatch(
      /do not mention CHART_CACHE_TTL_SECONDS/,
    );
  });

  it('answers a setting the documents write, in either case or with either separator', () => {
    expect(askChartwell("What's the default POOL_MAX_SIZE of Chartwell?").answer).toMatch(/POOL_MAX_SIZE = 10/);
    expect(askChartwell("What's the default pool-max-size of Chartwell?").answer).toMatch(/POOL_MAX_SIZE = 10/);
  });

  it('reads hyphenated prose, regions and dotted cloud sizes as no setting', () => {
    for (const question of [
      'Is Chartwell an all-in-one install?',
      'Does Chartwell run in eu-central-1?',
      'Is Chartwell sized for a db.r8g-extra-large host?',
      'What is the end-of-life period of Chartwell?',
    ])
      expect(askChartwell(question).declined ?? '', question).not.toMatch(/do not mention/);
  });

  it('reads a hyphenated run ending in a describing word ("-heavy", "-based") as prose, not a setting', () => {
    for (const question of [
      'How much pool does Chartwell need for a chart-render-heavy load?',
      'Is Chartwell fine on a key-value-based store?',
    ])
      expect(askChartwell(question).declined ?? '', question).not.toMatch(/do not mention/);
    expect(expectDeclined(askChartwell('Chartwell: is chart-render-heavy-mode set by default?'))).toMatch(
      /do not mention chart-render-heavy-mode/,
    );
  });

  it("reads a name opening with a cloud's as the asker's own resource type, not a setting of the product", () => {
    for (const question of [
      'Which pool size should the Chartwell database get in my aws_db_parameter_group?',
      'Chartwell: what goes in our google_sql_database_instance?',
    ])
      expect(askChartwell(question).declined ?? '', question).not.toMatch(/do not mention/);
    // A setting that merely contains a cloud's name further in is still the product's own.
    expect(expectDeclined(askChartwell('Chartwell: is CHART_AWS_REGION_NAME set by default?'))).toMatch(
      /do not mention CHART_AWS_REGION_NAME/,
    );
  });
});

describe('answerQuestion: a kind of setting the documents never name', () => {
  it('declines "what is the default … timeout" of a product whose facts name no timeout', () => {
    const chartwell = [buildChartwell({})];
    expect(expectDeclined(answerQuestion("What's the default chart render timeout before Chartwell gives up?", chartwell))).toBe(
      'The vendor documents archkb holds for Chartwell state no timeout.',
    );
  });

  it('answers when a fact of the product names one, and reads a timeout further on as no asked kind', () => {
    const withTimeout = [
      buildChartwell({
        settings: [{ name: 'render.timeout', value: '30', status: 'default', source: 'authgear-self-managed#resources-reference' }],
      }),
    ];
    expect(answerQuestion("What's the default render timeout of Chartwell?", withTimeout).answer).toMatch(/render\.timeout = 30/);
    expect(answerQuestion('What is the Chart API for, given our proxy timeout?', [buildChartwell({})]).declined ?? '').not.toMatch(
      /state no timeout/,
    );
  });
});

describe('declines: an instance size the sources say they do not give', () => {
  it('declines "which instance type" though the layout summary names instance sizes, only to say none are given', () => {
    const cellwright = buildCellwright('Three zones; the guide names no compute service and gives no instance sizes or node counts.');
    const reason = expectDeclined(answerQuestion('Cellwright: instance type for the cell API nodes?', [cellwright]));
    expect(reason).toContain('state no instance type or size for Cell API');
  });
});

describe('declines: a count of copies asked without "how many"', () => {
  const both = [buildAskArchitecture(), buildLanternpad()];

  it('declines "node count" of a product whose sources count no copies of anything, and answers one that does', () => {
    for (const question of ['Lanternpad node count?', 'Lanternpad min node count for a self-hosted install?']) {
      expect(expectDeclined(answerQuestion(question, both)), question).toBe(
        'The vendor documents archkb holds for Lanternpad state no number of nodes to run.',
      );
    }
    expect(answerQuestion('Quillstack node count?', both).answer).toContain('replicaCount = 2');
  });

  it('names a product archkb lacks before saying what the product it holds leaves unstated', () => {
    expect(expectDeclined(answerQuestion('Daytona vs Lanternpad \u2014 node count?', both))).toBe(
      'archkb has no architecture for Daytona. The vendor documents archkb holds for Lanternpad state no number of nodes to run.',
    );
  });
});

describe('answerQuestion: a question that asks of a peer product archkb lacks', () => {
  const peers = [buildAskArchitecture(), buildLanternpad()];
  const askPeers = (question: string) => answerQuestion(question, peers);

  it('declines when the asking sentence names the missing peer first, the held one only setting the scene', () => {
    expect(expectDeclined(askPeers('We weigh Okta beside Quillstack. Which cache would Okta want?'))).toBe(
      'archkb has no architecture for Okta. Nearest in archkb: Quillstack.',
    );
    expect(expectDeclined(askPeers('Can Okta keep sessions the way Quillstack does?'))).toMatch(/^archkb has no architecture for Okta\./);
  });

  it('answers the held product when the question asks of it first or sets the two side by side', () => {
    expect(askPeers('Can Quillstack keep sessions the way Okta does?').answer).toMatch(
      /^archkb has no architecture for Okta\. .*Quillstack/,
    );
    expect(askPeers('Okta vs Quillstack: which cache?').answer).toMatch(/^archkb has no architecture for Okta\. .*Session cache/);
  });

  it('answers the held product when the missing name is a tool of another kind, not a peer of any product archkb holds', () => {
    expect(askPeers('Our GitLab is private. Can Quillstack keep its ledger dump there?').kind).not.toBe('declined');
  });
});

describe('answerQuestion: a yes/no that offers a number of copies no fact gives', () => {
  it('declines a claimed count of a part no fact counts, found by the part name or by its technology', () => {
    const reason = 'The vendor documents archkb holds for Quillstack state no number of Session cache instances to run.';
    expect(expectDeclined(ask('Does Quillstack need three Redis brokers?'))).toBe(reason);
    expect(expectDeclined(ask('Does Quillstack require 3 session cache replicas?'))).toBe(reason);
  });

  it('answers a claimed count of a part whose facts give one, and a single copy, which asks of a shape', () => {
    expect(ask('Does Quillstack need two ledger database nodes for high availability?').answer).toMatch(/^Yes\. .*2 nodes/);
    expect(ask('Can Quillstack run one Redis container?').kind).toBe('yes-no');
  });
});

describe('declines: addresses and host names, which a fact gives by writing one', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([
      buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
      buildComponentInput({
        id: 'vendor-endpoints',
        name: 'Vendor endpoints',
        role: 'application-service',
        purpose: 'Vendor-run endpoints the assistant features call.',
        notes: [{ kind: 'option', text: 'Allow https://assist.quill.example.com in your network settings.', source: cite }],
      }),
    ]),
    // Another product names host names and addresses, so the words are ones archkb knows.
    buildLanternpad({
      components: [
        buildComponentInput({
          id: 'relay',
          name: 'Relay',
          purpose: 'Relays traffic; its hostname is set by the installer and it listens on 10.0.0.0/16 addresses.',
        }),
      ],
    }),
  ];
  const ask = (question: string) => answerQuestion(question, catalogue);

  it('declines IP addresses or ranges that no fact of the answer writes, though a host name is there', () => {
    const answer = ask('What are the egress IP ranges behind the Quillstack vendor endpoints?');
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no IP addresses or ranges.');
    expect(ask('Which IP range does the Lanternpad relay listen on?').answer).toContain('10.0.0.0/16');
  });

  it('declines only a question that asks for addresses ("IP ranges"), not one naming an IP allow list', () => {
    const listed = [
      buildAskArchitectureWith([
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildComponentInput({
          id: 'edge-guard',
          name: 'Edge guard',
          role: 'application-service',
          purpose: 'Keeps an IP allow list for the sign-in API.',
        }),
      ]),
      ...catalogue.slice(1),
    ];
    const askListed = (question: string) => answerQuestion(question, listed);
    expect(askListed('Which IP ranges does the Quillstack edge guard allow?').declined).toBe(
      'The vendor documents archkb holds for Quillstack state no IP addresses or ranges.',
    );
    expect(askListed('Which Quillstack component keeps an IP allow list?').answer).toContain('Edge guard');
  });

  it('does not say host names are unstated when a fact writes one under another word', () => {
    expect(ask('Which hostnames does Quillstack call?').declined ?? '').not.toContain('state no hostnames');
    expect(ask('Which domains does Quillstack call?').declined ?? '').not.toContain('state no domains');
  });
});

describe('declines: the addresses a lookup asks for, and only a lookup', () => {
  const options = 'authgear-self-managed#deployment-options';
  const catalogue = [
    buildAskArchitectureWith([
      // Three notes speak of the vendor endpoints' egress IP ranges without writing one; the API's note is a fourth.
      buildComponentInput({
        id: 'vendor-endpoints',
        name: 'Vendor endpoints',
        role: 'application-service',
        purpose: 'Vendor-run endpoints the assistant features call over egress.',
        notes: [
          { kind: 'option', text: 'The vendor endpoints publish their egress IP ranges in the vendor portal.', source: options },
          { kind: 'option', text: 'The vendor endpoints change their egress IP ranges each quarter.', source: options },
          { kind: 'option', text: 'Allow the vendor endpoints egress IP ranges in your firewall.', source: options },
        ],
      }),
      buildQuillApiInput({
        purpose: 'Serves the sign-in API.',
        notes: [
          {
            kind: 'option',
            text: 'The API reaches the vendor endpoints egress IP ranges through a proxy.',
            source: 'authgear-self-managed#introduction',
          },
        ],
      }),
    ]),
    // Lanternpad's relay writes an address in its purpose and none in its note.
    buildLanternpad({
      components: [
        buildComponentInput({
          id: 'relay',
          name: 'Relay',
          purpose: 'Relays traffic; it listens on 10.0.0.0/16 addresses.',
          notes: [{ kind: 'option', text: 'The relay keeps its IP allow list in the relay settings.', source: options }],
        }),
      ],
    }),
  ];
  const ask = (question: string) => answerQuestion(question, catalogue);

  it('answers a lookup one of whose facts writes an address, though another fact it cites writes none', () => {
    const answer = ask('Which IP range does the Lanternpad relay listen on?');
    expect(answer.kind).toBe('lookup');
    expect(answer.answer).toContain('10.0.0.0/16');
    expect(answer.answer).toContain('The relay keeps its IP allow list in the relay settings.');
  });

  it('leaves a yes/no about addresses to the yes/no answer, even when no fact writes one', () => {
    const answer = ask('Does Lanternpad support IP allow lists?');
    expect(answer.kind).toBe('yes-no');
    expect(answer.answer).toMatch(/^Yes\. /);
  });

  it('declines as an absence, citing only the three nearest facts: the vendor endpoints and their section, not the API', () => {
    const scored = answerWithFeatures('Which egress IP ranges does Quillstack use?', catalogue);
    expect(scored.answer.declined).toBe('The vendor documents archkb holds for Quillstack state no IP addresses or ranges.');
    expect(scored.features.route).toBe('declined-absence');
    expect(scored.answer.sources.map((source) => source.url)).toEqual([
      '/architectures/quillstack/#component-vendor-endpoints',
      '/architectures/quillstack/#src-authgear-self-managed-deployment-options',
    ]);
  });
});

describe('declines: what counts as an address a fact writes', () => {
  const options = 'authgear-self-managed#deployment-options';
  /** Quillstack, whose vendor endpoints note the text given, beside a Lanternpad relay that listens on the address given. */
  const catalogueWith = (note: string, address: string) => [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'vendor-endpoints',
        name: 'Vendor endpoints',
        role: 'application-service',
        purpose: 'Vendor-run endpoints the assistant features call over egress.',
        notes: [{ kind: 'option', text: note, source: options }],
      }),
    ]),
    buildLanternpad({
      components: [buildComponentInput({ id: 'relay', name: 'Relay', purpose: `Relays traffic; it listens on ${address} addresses.` })],
    }),
  ];
  const plainNote = 'The vendor endpoints publish their egress IP ranges in the vendor portal.';

  it.each(['192.168.10.0/24', '10.0.0.5', 'fd00::/8', 'fd12:3456:789a:1:0:0:0:1'])(
    'answers from a fact writing %s rather than declining',
    (address) => {
      const answer = answerQuestion('Which IP range does the Lanternpad relay listen on?', catalogueWith(plainNote, address));
      expect(answer.kind).toBe('lookup');
      expect(answer.answer).toContain(address);
    },
  );

  it.each([
    'The vendor endpoints publish their egress IP ranges in vendor portal 2.1.',
    'Step 2: allow the vendor endpoints egress IP ranges in your firewall.',
  ])('still declines when the fact writes only a release or a numbered step: "%s"', (note) => {
    const answer = answerQuestion('Which egress IP ranges does Quillstack use?', catalogueWith(note, '10.0.0.0/16'));
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no IP addresses or ranges.');
  });
});

describe('answerQuestion: a managed service asked on a cloud the product names none for', () => {
  const cite = 'authgear-self-managed#resources-reference';
  const catalogue = [
    buildAskArchitectureWith([buildLedgerInput({ managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', source: cite }] })]),
  ];

  it('declines, naming the cloud, when no part of the product has a managed service on it', () => {
    expect(answerQuestion('Which Google Cloud managed database should hold the Quillstack ledger?', catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no Google Cloud managed service.',
    );
  });

  it('declines a yes/no on that cloud too, which a service on another cloud had answered with a yes', () => {
    expect(answerQuestion('Does the Quillstack ledger run on a Google Cloud managed database?', catalogue).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no Google Cloud managed service.',
    );
  });

  it('leaves two clouds asked together, and a question asking no managed service, to the other rules (mutation session 45)', () => {
    const onAzure = [
      buildAskArchitectureWith([buildLedgerInput({ managed: [{ cloud: 'azure', service: 'azure-database-postgresql', source: cite }] })]),
    ];
    expect(
      answerQuestion('Which AWS or Google Cloud managed database should hold the Quillstack ledger?', onAzure).declined ?? '',
    ).not.toContain('managed service.');
    expect(answerQuestion('Which port does the Quillstack ledger listen on in Google Cloud?', catalogue).declined ?? '').not.toContain(
      'managed service.',
    );
  });

  it('of two clouds named apart, asks about the one after "which" or the one a move goes to', () => {
    const declined = 'The vendor documents archkb holds for Quillstack state no Google Cloud managed service.';
    expect(
      answerQuestion('Which Google Cloud service replaces the AWS managed database of the Quillstack ledger?', catalogue).declined,
    ).toBe(declined);
    expect(
      answerQuestion('Moving Quillstack off AWS to Google Cloud: which managed database should hold the ledger?', catalogue).declined,
    ).toBe(declined);
    const back = answerQuestion('Moving Quillstack from Google Cloud to AWS: which managed database should hold the ledger?', catalogue);
    expect(back.declined).toBeUndefined();
    expect(back.answer).toContain('Amazon RDS');
  });

  it('picks no cloud from a bare "to" with no move away before it, nor from a cloud asked beside another', () => {
    const declined = 'The vendor documents archkb holds for Quillstack state no Google Cloud managed service.';
    // Two clouds, no "from"/"off" before the "to": neither is the one asked, so nothing is declined for Google Cloud.
    expect(
      answerQuestion(
        'We run on AWS today and connect Quillstack to Google Cloud: which managed database should hold the ledger?',
        catalogue,
      ).declined,
    ).not.toBe(declined);
    expect(answerQuestion('Which Google Cloud or AWS managed database should hold the Quillstack ledger?', catalogue).declined).not.toBe(
      declined,
    );
    expect(
      answerQuestion('Moving Quillstack off AWS to Google Cloud or Azure: which managed database should hold the ledger?', catalogue)
        .declined,
    ).toBe(declined);
  });

  it('reads a move written destination first, and a cloud one word after "which" (mutation session 47)', () => {
    const declined = 'The vendor documents archkb holds for Quillstack state no Google Cloud managed service.';
    expect(
      answerQuestion('Moving Quillstack to Google Cloud from AWS: which managed database should hold the ledger?', catalogue).declined,
    ).toBe(declined);
    expect(answerQuestion('Which managed Google Cloud database replaces the AWS one for the Quillstack ledger?', catalogue).declined).toBe(
      declined,
    );
    // A move opening the question, either way round, and two clouds joined with no move or "which" before them.
    expect(answerQuestion('From AWS to Google Cloud: which managed database should hold the Quillstack ledger?', catalogue).declined).toBe(
      declined,
    );
    expect(answerQuestion('To Google Cloud from AWS: which managed database should hold the Quillstack ledger?', catalogue).declined).toBe(
      declined,
    );
    expect(
      answerQuestion('Google Cloud or AWS: which managed database should hold the Quillstack ledger?', catalogue).declined,
    ).toBeUndefined();
    const back = answerQuestion('Moving Quillstack to AWS from Google Cloud: which managed database should hold the ledger?', catalogue);
    expect(back.declined).toBeUndefined();
    expect(back.answer).toContain('Amazon RDS');
  });

  it('answers two clouds asked together with the one the product names a service on (mutation session 45)', () => {
    const answer = answerQuestion('Which AWS or Google Cloud managed database should hold the Quillstack ledger?', catalogue);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('Amazon RDS');
  });

  it('answers with the service on a cloud the product names one for', () => {
    const answer = answerQuestion('Which AWS managed database should hold the Quillstack ledger?', catalogue);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toContain('Amazon RDS');
  });
});

describe('answerQuestion: a yes/no counting a thing a resource word names', () => {
  const catalogue = () => [buildAskArchitecture(), buildLanternpad()];

  it('reads "with one volume" as a count of volumes, not a storage figure to decline for', () => {
    expect(answerQuestion('Lanternpad runs as one container with one volume, right?', catalogue()).declined ?? '').not.toContain(
      'storage figures',
    );
  });

  it('reads "with a PVC" as one thing counted, as "with one volume" is, not as a request for storage figures', () => {
    const answer = answerQuestion('Does Lanternpad have to run the canvas with a PVC?', catalogue());
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/^Yes\. Lanternpad: Canvas service/);
  });

  it('reads a word in brackets as a gloss of the words before it, not a part the product lacks', () => {
    const answer = answerQuestion('Does Quillstack have to run the ledger with persistence (an event stream)?', catalogue());
    expect(answer.answer ?? '').not.toMatch(/list no (?:event|stream)/i);
    expect(answerQuestion('Does Quillstack have to run the ledger with an event stream?', catalogue()).answer).toMatch(/list no event/i);
  });

  it('still declines a question asking for the amount of storage', () => {
    expect(answerQuestion('How much storage does Lanternpad need?', catalogue()).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures.',
    );
    expect(answerQuestion('Lanternpad needs 20 GB of storage on one volume, right?', catalogue()).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no storage figures.',
    );
    // A memory figure written beside a CPU figure has no word of its own, so nothing counts it (mutation session 45).
    expect(answerQuestion('Lanternpad runs on 2 cores and 4 GB per node, right?', catalogue()).declined).toBe(
      'The vendor documents archkb holds for Lanternpad state no vCPU or memory figures.',
    );
  });
});

describe('declines: a port no fact of the answer gives', () => {
  const cite = 'authgear-self-managed#resources-reference';
  /** Quillstack's API (with a port, or none) and a ledger database with the settings given. */
  const catalogue = (ports: boolean, ledgerSettings: { name: string; value: string; status: 'default' }[] = []) => [
    buildAskArchitectureWith([
      buildQuillApiInput({
        purpose: 'Serves the sign-in API.',
        ...(ports ? { ports: [{ port: 8443, purpose: 'HTTPS for the sign-in API.', source: cite }] } : {}),
      }),
      buildComponentInput({
        id: 'ledger-db',
        name: 'Ledger database',
        role: 'relational-database',
        purpose: 'Keeps accounts.',
        source: cite,
        settings: ledgerSettings.map((setting) => ({ ...setting, source: cite })),
      }),
    ]),
  ];

  it('declines a port of a product whose sources state none, and answers one they state', () => {
    expect(answerQuestion('Which ports does the Quillstack ledger database expose?', catalogue(false)).declined).toBe(
      'The vendor documents archkb holds for Quillstack state no ports.',
    );
    expect(answerQuestion('Which port does the Quill API listen on?', catalogue(true)).answer).toContain('Port 8443/tcp');
  });

  it('answers a port that only a setting states ("ledger.port = 5432") rather than declining it', () => {
    const settingOnly = catalogue(false, [{ name: 'ledger.port', value: '5432', status: 'default' }]);
    expect(answerQuestion('What is the default ledger database port in the Quillstack chart?', settingOnly).answer).toContain('5432');
  });

  it('reads "port forwarding" as a feature asked about, not a port', () => {
    expect(answerQuestion('Which Quillstack part gives us port forwarding?', catalogue(false)).declined ?? '').not.toMatch(/no ports/);
  });
});
