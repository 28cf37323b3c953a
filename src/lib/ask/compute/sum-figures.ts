import type { Figure, Interval } from '../../../schemas/quantity.ts';
import type { CopyKind, Requirement, RequirementScope } from '../../../schemas/requirement.ts';
import {
  copyKindNouns,
  findCloudLabel,
  formatCopies,
  formatScope,
  hasSizingFigures,
  selectRequirements,
  type SizingResource,
} from '../../model/index.ts';
import type { CloudId } from '../../../schemas/cloud-ref.ts';
import { isCounted } from '../../sizing/index.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';
import { formatExact, formatInStatedUnit, writesCores } from './format-exact.ts';

/** One addend of a sum: a component's (or host's) figure, as count × per node or as a whole. */
interface Term {
  name: string;
  count: number;
  perNode: Interval | null;
  total: Interval;
  /** Component ids the term stands for. */
  components: string[];
  /** The per-node (or whole) figure as the vendor wrote it, when one entry states it ("512MB", "4 cores"). */
  stated?: string | undefined;
  /** What a count of copies counts, in the vendor's word ("pods", "replicas"); only for node counts. */
  copies?: CopyKind;
}

/** A sum over one resource on one side (request or limit). */
export interface ResourceSum {
  resource: SizingResource;
  side: 'request' | 'limit';
  terms: Term[];
  total: Interval;
}

/** What a sum of stated figures found: the sums, the scopes used and which named things state nothing. */
export interface FigureSums {
  sums: ResourceSum[];
  scopes: RequirementScope[];
  /** Ids of the components whose figures were used. */
  used: string[];
  /** Names of named components or hosts that state none of the asked figures. */
  unstated: string[];
}

/** What to sum: the resources, the side, the scopes the question names and the counts it sets. */
export interface SumRequest {
  resources: readonly SizingResource[];
  side: 'request' | 'limit' | null;
  scopes: readonly RequirementScope[];
  /** Count overrides by component or host id ("2 worker replicas"). */
  counts: ReadonlyMap<string, number>;
}

const add = (a: Interval, b: Interval): Interval => ({ low: a.low + b.low, high: a.high + b.high });
const scale = (a: Interval, by: number): Interval => ({ low: a.low * by, high: a.high * by });

/** Scopes tried when the question names none and the entry has no sizing scope: examples, then test setups. */
const fallbackScopes: readonly RequirementScope[] = ['example', 'tested'];

/**
 * The requirement entries to sum for one component or host: every part of the first scope the question names that
 * it states, else the scope sizing prefers, else (only when it was named) its example or tested figures.
 */
export function selectEntries(
  requirements: readonly Requirement[] | undefined,
  scopes: readonly RequirementScope[],
  named: boolean,
): Requirement[] {
  const withFigures = (requirements ?? []).filter(hasSizingFigures);
  for (const scope of scopes) {
    const entries = withFigures.filter((entry) => entry.scope === scope);
    if (entries.length > 0) return entries;
  }
  if (scopes.length > 0 && !named) return [];
  const preferred = selectRequirements({ requirements: withFigures });
  if (preferred.length > 0 || !named) return preferred;
  for (const scope of fallbackScopes) {
    const entries = withFigures.filter((entry) => entry.scope === scope);
    if (entries.length > 0) return entries;
  }
  return [];
}

/**
 * The entries of the other scopes the question names ("minimum and production"), in its order: where the chosen scope
 * states no figure for a resource (a production memory figure with no CPU), the next named scope's figure counts.
 */
function listOtherNamedEntries(
  requirements: readonly Requirement[] | undefined,
  scopes: readonly RequirementScope[],
  chosen: readonly Requirement[],
) {
  const used = new Set(chosen.map((entry) => entry.scope));
  return scopes
    .filter((scope) => !used.has(scope))
    .map((scope) => (requirements ?? []).filter((entry) => entry.scope === scope && hasSizingFigures(entry)))
    .filter((entries) => entries.length > 0);
}

/** The figure of an entry for a resource, on the asked side; null when it states none. */
export function readFigure(entry: Requirement, resource: SizingResource, side: 'request' | 'limit'): (Interval & { text: string }) | null {
  const figure: Figure | undefined =
    resource === 'vcpu'
      ? entry.vcpu
      : resource === 'memoryGiB'
        ? entry.memory
        : resource === 'storageGiB'
          ? entry.storage
          : resource === 'iops'
            ? entry.iops
            : undefined;
  if (!figure) return null;
  const value = side === 'limit' ? figure.limit : (figure.request ?? figure.amount);
  return value ? { low: value.low, high: value.high, text: value.text } : null;
}

/** One term for a set of entries (the parts of one scope): per-node figures times the count, plus whole figures. */
function buildTerm(
  name: string,
  components: string[],
  entries: readonly Requirement[],
  resource: SizingResource,
  side: 'request' | 'limit',
  override: number | undefined,
): Term | null {
  const counting = entries.find((entry) => entry.nodes !== undefined);
  const count = override ?? counting?.nodes ?? 1;
  // A count stated for one named part (a tested cluster's nodes) says nothing of how many copies another part has.
  const sharesCount = (entry: Requirement) =>
    override !== undefined || entry.part === undefined || counting?.part === undefined || entry.part === counting.part;
  if (resource === 'nodes') {
    if (override === undefined && counting === undefined) return null;
    // The machine types the vendor names for these nodes say what each node is ("3 nodes (X, D2 v3 on Azure)").
    const machines = [
      ...new Set(
        entries.flatMap((entry) =>
          Object.entries(entry.instances ?? {}).map(([cloud, type]) => `${type} on ${findCloudLabel(cloud as CloudId)}`),
        ),
      ),
    ];
    const described = machines.length > 0 ? `${name}, ${machines.join(', ')}` : name;
    const copies = entries.find((entry) => entry.nodes !== undefined)?.counts ?? 'nodes';
    return { name: described, count, perNode: null, total: { low: count, high: count }, components, copies };
  }
  let perNode: Interval | null = null;
  let whole: Interval | null = null;
  const texts: string[] = [];
  for (const entry of entries) {
    const value = readFigure(entry, resource, side);
    if (!value) continue;
    texts.push(value.text);
    const interval = { low: value.low, high: value.high };
    if (entry.perNode && sharesCount(entry)) perNode = perNode ? add(perNode, interval) : interval;
    else whole = whole ? add(whole, interval) : interval;
  }
  if (!perNode && !whole) return null;
  const total = add(perNode ? scale(perNode, count) : { low: 0, high: 0 }, whole ?? { low: 0, high: 0 });
  return {
    name,
    count: perNode ? count : 1,
    perNode: whole ? null : perNode,
    total,
    components,
    ...(texts.length === 1 ? { stated: texts[0] } : {}),
  };
}

/** The things to sum: the named targets, or every counted component and host (or, with a scope named, every one stating it). */
function listSummands(subject: ComputeSubject, targets: readonly Target[], scopes: readonly RequirementScope[]) {
  const { resolved } = subject;
  const hostOf = new Map(resolved.hosts.flatMap((host) => host.components.map((id) => [id, host] as const)));
  const summands: {
    id: string;
    name: string;
    components: string[];
    entries: Requirement[];
    named: boolean;
    others: Requirement[][];
  }[] = [];
  const covered = new Set<string>();
  const named = targets.length > 0;
  const hosts = named ? resolved.hosts.filter((host) => targets.some((t) => t.kind === 'host' && t.id === host.id)) : resolved.hosts;
  for (const host of hosts) {
    const entries = selectEntries(host.requirements, scopes, named);
    const members = resolved.components.filter((c) => host.components.includes(c.id));
    if (entries.length > 0) {
      const others = listOtherNamedEntries(host.requirements, scopes, entries);
      summands.push({ id: host.id, name: host.name, components: members.map((c) => c.id), entries, named, others });
      for (const member of members) covered.add(member.id);
    } else if (named) {
      // A host without figures of its own is the sum of its members.
      for (const member of members) {
        const entries = selectEntries(member.requirements, scopes, true);
        summands.push({
          id: member.id,
          name: member.name,
          components: [member.id],
          entries,
          named: false,
          others: listOtherNamedEntries(member.requirements, scopes, entries),
        });
        covered.add(member.id);
      }
    }
  }
  const wanted = named ? new Set(targets.filter((t) => t.kind !== 'host').flatMap((t) => t.components)) : null;
  for (const component of resolved.components) {
    if (covered.has(component.id)) continue;
    if (wanted && !wanted.has(component.id)) continue;
    // Members of a host with its own figures count there; unnamed optional parts do not count toward a total.
    const host = hostOf.get(component.id);
    if (!wanted && host && selectEntries(host.requirements, scopes, false).length > 0) continue;
    if (!wanted && scopes.length === 0 && !isCounted(component.necessity.level)) continue;
    const direct = targets.some((t) => t.kind === 'component' && t.id === component.id);
    const entries = selectEntries(component.requirements, scopes, direct);
    summands.push({
      id: component.id,
      name: component.name,
      components: [component.id],
      entries,
      named: direct,
      others: listOtherNamedEntries(component.requirements, scopes, entries),
    });
  }
  return summands;
}

/**
 * Sums stated figures over what the question names (or the whole variant): per node times the node count (or the count
 * the question sets), parts of one scope added, hosts counted once. The scope is the one the question names when a
 * component states it, else the one sizing prefers.
 */
export function sumFigures(subject: ComputeSubject, targets: readonly Target[], request: SumRequest): FigureSums {
  const summands = listSummands(subject, targets, request.scopes);
  const sides: ('request' | 'limit')[] =
    request.side === 'limit' ? ['limit'] : request.side === 'request' ? ['request'] : ['request', 'limit'];
  const sums: ResourceSum[] = [];
  for (const resource of request.resources) {
    for (const side of resource === 'vcpu' || resource === 'memoryGiB' ? sides : ['request' as const]) {
      const terms = summands.flatMap((summand) => {
        const count = request.counts.get(summand.id);
        const term = [summand.entries, ...summand.others].reduce<Term | null>(
          (found, entries) => found ?? buildTerm(summand.name, summand.components, entries, resource, side, count),
          null,
        );
        return term ? [term] : [];
      });
      if (terms.length === 0) continue;
      sums.push({ resource, side, terms, total: terms.reduce((sum, term) => add(sum, term.total), { low: 0, high: 0 }) });
    }
  }
  const used = new Set(sums.flatMap((sum) => sum.terms.flatMap((term) => term.components)));
  const scopes = [
    ...new Set(
      summands.filter((summand) => summand.components.some((id) => used.has(id))).flatMap((summand) => summand.entries.map((e) => e.scope)),
    ),
  ];
  const unstated = summands
    .filter((summand) => summand.named && !summand.components.some((id) => used.has(id)))
    .map((summand) => summand.name);
  return { sums, scopes, used: [...used], unstated };
}

/**
 * A sum's total, in the vendor's unit when every term states its size in one unit ("3 × 16GB = 48 GB", read as archkb
 * reads GB), else in GiB; a reader checks the sum against the figures as written.
 */
export function writeTotal(sum: ResourceSum): string {
  return formatInStatedUnit(
    sum.resource,
    sum.total,
    sum.terms.map((term) => term.stated ?? ''),
  );
}

/** A sum as a sentence: "CPU: 3 × 2 vCPU (A) + 2 vCPU (B) = 8 vCPU", the side named when the sums hold both. */
export function writeSum(sum: ResourceSum, bothSides: boolean): string {
  const terms = sum.terms.map((term) => {
    // The vendor's own wording of a figure ("512MB") reads better than its conversion; sums are converted.
    // CPU is written as the vendor wrote it only in cores ("4 CPU cores"), which the total then counts too.
    const written = term.stated && (sum.resource !== 'vcpu' || writesCores([term.stated])) ? term.stated : undefined;
    const amount =
      term.perNode && term.count !== 1
        ? `${term.count} × ${written ?? formatExact(sum.resource, term.perNode)}`
        : (written ?? formatExact(sum.resource, term.total));
    return `${amount} (${term.name})`;
  });
  const noun =
    sum.resource === 'nodes'
      ? 'nodes'
      : sum.resource === 'vcpu'
        ? 'CPU'
        : sum.resource === 'memoryGiB'
          ? 'memory'
          : sum.resource === 'storageGiB'
            ? 'storage'
            : 'IOPS';
  // Node counts and storage have no request or limit side, so only CPU and memory name theirs.
  const sided = sum.resource === 'vcpu' || sum.resource === 'memoryGiB';
  const side = !sided ? '' : sum.side === 'limit' ? ' limits' : bothSides ? ' requests' : '';
  const single = sum.terms[0];
  if (sum.resource === 'nodes') return writeCopies(sum);
  const equation =
    terms.length > 1 || (single && single.count !== 1 && single.perNode) ? `${terms.join(' + ')} = ${writeTotal(sum)}` : (terms[0] ?? '');
  return `${noun}${side}: ${equation}`;
}

/**
 * A sum of counts in the vendor's words ("pods: 3 pods (A) + 2 pods (B) = 5 pods"); counts of unlike copies (pods, worker
 * nodes, database instances) are listed, never added.
 */
function writeCopies(sum: ResourceSum): string {
  const kinds = [...new Set(sum.terms.map((term) => term.copies ?? 'nodes'))];
  const terms = sum.terms.map((term) => `${formatCopies(term.count, term.copies ?? 'nodes')} (${term.name})`);
  const [kind] = kinds;
  if (kinds.length > 1 || !kind) return `counts: ${terms.join(', ')}`;
  const noun = copyKindNouns[kind].many;
  return terms.length > 1 ? `${noun}: ${terms.join(' + ')} = ${formatCopies(sum.total.low, kind)}` : `${noun}: ${terms[0] ?? ''}`;
}

/** The scopes of a sum as words ("minimum", "for high availability"), for the answer's opening. */
export function describeScopes(scopes: readonly RequirementScope[]): string {
  return scopes.map(formatScope).join(' and ');
}
