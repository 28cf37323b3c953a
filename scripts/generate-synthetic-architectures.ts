// Writes N deterministic synthetic architectures (about ten components, groups and connections each, citing
// registered source sections) into a folder, for build-scaling and page-weight benchmarks.
// Usage: node scripts/generate-synthetic-architectures.ts <count> <folder>
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** Source sections every synthetic fact cites; they exist in content/sources/, so the content validates. */
const CITE = { intro: 'authgear-self-managed#introduction', resources: 'authgear-self-managed#resources-reference' } as const;

/** The component line-up each synthetic architecture draws from: id, role, group, technology. */
const lineUp = [
  { id: 'load-balancer', name: 'Load balancer', role: 'load-balancer', group: 'edge', technology: 'HAProxy' },
  { id: 'gateway', name: 'API gateway', role: 'gateway-waf', group: 'edge', technology: 'Envoy' },
  { id: 'web', name: 'Web frontend', role: 'frontend', group: 'platform', technology: 'React' },
  { id: 'api', name: 'API server', role: 'application-service', group: 'platform', technology: 'Go' },
  { id: 'worker', name: 'Background worker', role: 'application-service', group: 'platform', technology: 'Go' },
  { id: 'postgresql', name: 'PostgreSQL', role: 'relational-database', group: 'data', technology: 'PostgreSQL' },
  { id: 'redis', name: 'Redis', role: 'cache', group: 'data', technology: 'Redis' },
  { id: 'object-storage', name: 'Object storage', role: 'object-storage', group: 'data', technology: 'S3-compatible' },
  { id: 'broker', name: 'Message broker', role: 'message-broker', group: 'data', technology: 'Kafka' },
  { id: 'search', name: 'Search engine', role: 'search-engine', group: 'data', technology: 'OpenSearch' },
  { id: 'monitoring', name: 'Monitoring', role: 'logging-monitoring', group: 'operations', technology: 'Prometheus' },
  { id: 'secrets', name: 'Secrets manager', role: 'secrets-manager', group: 'operations', technology: 'Vault' },
] as const;

const levels = ['required', 'recommended', 'optional'] as const;

/** Synthetic products spread over the registered categories, so category pages and comparisons grow with them. */
const syntheticCategories = ['identity', 'internal-tools', 'cloud-development-environments', 'solid-servers'] as const;

/** A small deterministic pseudo-random sequence (LCG), so every run writes the same files. */
function createRandom(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Syllables for product names: real catalogues name products distinctively, so synthetic ones must too. */
const syllables = [
  'ka',
  'lo',
  'mi',
  'ven',
  'tor',
  'za',
  'ru',
  'pel',
  'dax',
  'no',
  'shi',
  'bre',
  'qua',
  'fen',
  'li',
  'ost',
  'ga',
  'ne',
  'vi',
  'mar',
] as const;

/** A distinctive one-word product name for `index`: three syllables below 8,000, four from there on, e.g. "Lokaven". */
export function buildSyntheticProductName(index: number): string {
  const n = syllables.length;
  const digits: number[] = [];
  for (let rest = index; rest > 0 || digits.length < 3; rest = Math.floor(rest / n)) digits.unshift(rest % n);
  const word = digits.map((i) => syllables[i]).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Builds the YAML-ready object of synthetic architecture number `index` (1-based). */
export function buildSyntheticArchitecture(index: number): Record<string, unknown> {
  const random = createRandom(index);
  const id = `synthetic-${String(index).padStart(4, '0')}`;
  const count = 9 + Math.floor(random() * 3); // 9 to 11 components
  const start = Math.floor(random() * lineUp.length);
  const picked = Array.from({ length: count }, (_, i) => lineUp[(start + i) % lineUp.length]!);
  const components = picked.map((entry, i) => {
    const level = i < 4 ? 'required' : levels[Math.floor(random() * levels.length)]!;
    const withFigures = random() < 0.6;
    return {
      id: entry.id,
      name: entry.name,
      role: entry.role,
      technology: entry.technology,
      purpose: `${entry.name} for synthetic product ${index}: handles part ${i + 1} of the request path.`,
      source: CITE.resources,
      necessity: { level, source: CITE.resources },
      group: entry.group,
      ...(withFigures
        ? {
            requirements: [
              {
                scope: 'minimum',
                nodes: 1 + Math.floor(random() * 3),
                vcpu: 2 ** Math.floor(random() * 3),
                memory: `${2 ** (1 + Math.floor(random() * 4))} GB`,
                ...(entry.group === 'data' ? { storage: `${50 * (1 + Math.floor(random() * 10))} GB` } : {}),
                source: CITE.resources,
              },
            ],
          }
        : {}),
      ...(i === count - 1 ? { variants: ['high-availability'] } : {}),
    };
  });
  const connections = components.slice(1).map((component, i) => ({
    from: components[i]!.id,
    to: component.id,
    label: `call ${i + 1}`,
    basis: i % 4 === 3 ? 'inferred' : 'stated',
    source: CITE.resources,
    ...(i === count - 2 ? { variants: ['high-availability'] } : {}),
  }));
  const groups = [...new Set(components.map((c) => c.group))].map((group) => ({
    id: group,
    label: `${group[0]!.toUpperCase()}${group.slice(1)}`,
  }));
  return {
    id,
    product: buildSyntheticProductName(index),
    vendor: `Synthetic Vendor ${(index % 25) + 1}`,
    category: syntheticCategories[index % syntheticCategories.length],
    summary: `Synthetic architecture ${index}, generated for benchmarks: ${count} components over ${groups.length} groups.`,
    sources: ['authgear-self-managed'],
    variants: [
      { id: 'default', name: 'Default', summary: 'The smallest layout.', source: CITE.intro },
      { id: 'high-availability', name: 'High availability', summary: 'Adds redundancy.', production: true, source: CITE.intro },
    ],
    groups,
    components,
    connections,
  };
}

/** Empties `folder` of YAML and writes `count` synthetic architectures into it. */
export function writeSyntheticArchitectures(count: number, folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(folder)) if (name.endsWith('.yaml')) rmSync(path.join(folder, name));
  return Array.from({ length: count }, (_, i) => {
    const architecture = buildSyntheticArchitecture(i + 1);
    const file = path.join(folder, `${String(architecture.id)}.yaml`);
    writeFileSync(file, `# Synthetic benchmark data, not a real product.\n${stringify(architecture, { lineWidth: 0 })}`);
    return file;
  });
}

if (import.meta.main) {
  const [countText, folder] = process.argv.slice(2);
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || !folder) {
    console.error('Usage: node scripts/generate-synthetic-architectures.ts <count> <folder>');
    process.exit(1);
  }
  console.log(`wrote ${writeSyntheticArchitectures(count, path.resolve(folder)).length} architectures to ${folder}`);
}
