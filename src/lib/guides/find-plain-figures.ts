/** A number with a unit written as plain text in a guide: what was written and where in the text it starts. */
export interface PlainFigure {
  text: string;
  offset: number;
}

/** Units as vendors abbreviate them; matched case-sensitively so "MB" is a unit and "mb" is not. */
const abbreviations = [
  'kB',
  'KB',
  'MB',
  'GB',
  'TB',
  'PB',
  'KiB',
  'MiB',
  'GiB',
  'TiB',
  'Ki',
  'Mi',
  'Gi',
  'Ti',
  'Kbps',
  'Mbps',
  'Gbps',
  'IOPS',
  'vCPUs?',
  'CPUs?',
  'VMs?',
  'ms',
  'rps',
  'RPS',
  'QPS',
];

/** Units as words, singular or plural, in any case: what deployments are measured and counted in. */
const words = [
  'cores?',
  'millicores?',
  'nodes?',
  'pods?',
  'replicas?',
  'instances?',
  '(?:availability[\\s-]+)?zones?',
  'regions?',
  'sites?',
  'data[\\s-]?cent(?:er|re)s?',
  'clusters?',
  'servers?',
  'machines?',
  'containers?',
  'workers?',
  'brokers?',
  'partitions?',
  'users?',
  'workspaces?',
  'developers?',
  'logins?',
  'requests?',
  'grants?',
  'refreshes',
  'connections?',
  'sessions?',
  'seconds?',
  'minutes?',
  'hours?',
  'days?',
  'percent',
  'kilobytes?',
  'megabytes?',
  'gigabytes?',
  'terabytes?',
];

const number = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[kKM]?`;
// A word may stand between the number and its unit: "1,400 write IOPS", "45 concurrent users", "10,000 cached sessions".
const separator = String.raw`[\s\u00a0-]*(?:(?:read|write|total|concurrent|active|cached|extra|additional|more)\s+)?`;
const end = String.raw`(?![A-Za-z0-9_])`;

/** Digits followed by a unit: "8 GB", "3 nodes", "100,000 users", "3-node", "150%", "500m" (millicores). */
const digitPattern = new RegExp(
  String.raw`(?<![\w.,])${number}(?:${separator}(?:${abbreviations.join('|')})${end}|${separator}(?i:${words.join('|')})${end}|\s?%|m${end})`,
  'g',
);

/**
 * Finds every number with a unit in a piece of guide prose (GB, vCPU, nodes, users, %, ms, ...). A guide prints such
 * figures with <Fact> or a component so they follow the model; one written by hand can drift from it, so the guide
 * check reports each one unless it sits inside <Example>, the guide's own example. Numerals only: a number spelled out
 * ("two sites") names a layout far more often than it states a figure.
 */
export function findPlainFigures(text: string): PlainFigure[] {
  return [...text.matchAll(digitPattern)].map((match) => ({ text: match[0].trim().replace(/\s+/g, ' '), offset: match.index }));
}
