/**
 * The ask engine's vocabulary: how people write things, which words signal which kind of fact or operation, and what
 * archkb never holds. The engine reads all of its language from here; its code names no product, component or question.
 */

/** Single words people write for the same thing, mapped to the canonical words the fact index uses. */
export const synonyms: Record<string, string[]> = {
  postgres: ['postgresql'],
  postgre: ['postgresql'],
  pg: ['postgresql'],
  pgsql: ['postgresql'],
  psql: ['postgresql'],
  mongo: ['mongodb'],
  couch: ['couchdb'],
  es: ['elasticsearch'],
  elastic: ['elasticsearch'],
  k8s: ['kubernetes'],
  kube: ['kubernetes'],
  ocp: ['openshift'],
  rosa: ['openshift'],
  ram: ['memory'],
  mem: ['memory'],
  memory: ['memory'],
  cpu: ['vcpu'],
  cpus: ['vcpu'],
  vcpus: ['vcpu'],
  vcore: ['vcpu'],
  vcores: ['vcpu'],
  core: ['vcpu'],
  cores: ['vcpu'],
  millicore: ['vcpu'],
  disk: ['storage'],
  db: ['database'],
  dbs: ['database'],
  lb: ['load', 'balancer'],
  lbs: ['load', 'balancer'],
  alb: ['load', 'balancer'],
  elb: ['load', 'balancer'],
  waf: ['firewall'],
  az: ['zone'],
  azs: ['zone'],
  amazon: ['aws'],
  vm: ['vm'],
  vms: ['vm'],
  config: ['setting'],
  configuration: ['setting'],
  parameter: ['setting'],
  env: ['environment'],
  min: ['minimum'],
  minimal: ['minimum'],
  max: ['maximum'],
  spec: ['requirement'],
  specs: ['requirement'],
  specification: ['requirement'],
  reqs: ['requirement'],
  prereqs: ['prerequisite'],
  ver: ['version'],
  prod: ['production'],
  ha: ['ha'],
  sso: ['sso'],
  auth: ['authentication'],
  authn: ['authentication'],
  svc: ['service'],
  svcs: ['service'],
  fe: ['frontend'],
  be: ['backend'],
  repo: ['repository'],
  repos: ['repository'],
  pw: ['password'],
  pwd: ['password'],
  algo: ['algorithm'],
  req: ['request'],
  rps: ['request', 'per', 'second'],
  qps: ['request', 'per', 'second'],
  sec: ['second'],
  secs: ['second'],
  ws: ['workspace'],
  wf: ['workflow'],
  pods: ['pod'],
  hpa: ['autoscaling'],
  autoscaler: ['autoscaling'],
  autoscale: ['autoscaling'],
  failover: ['failover'],
  redundancy: ['ha'],
  comparison: ['compare'],
  versus: ['vs'],
  datasource: ['data', 'source'],
  datasources: ['data', 'source'],
  subnets: ['subnet'],
};

/** Phrases rewritten before words are split (regular expressions over lower-cased text, replacement text). */
export const phrases: [string, string][] = [
  ['\\bhigh(?:ly)?[\\s-]*availab(?:ility|le)\\b', ' ha '],
  ['\\bgoogle\\s+cloud(?:\\s+platform)?\\b', ' gcp '],
  ['\\bamazon\\s+web\\s+services\\b', ' aws '],
  ['\\belastic\\s*search\\b', ' elasticsearch '],
  ['\\bpostgres\\s*sql\\b', ' postgresql '],
  ['\\bmongo\\s*db\\b', ' mongodb '],
  ['\\bnode\\s*\\.?\\s*js\\b', ' nodejs '],
  ['\\bci\\s*/\\s*cd\\b', ' ci cd '],
  ['\\bmulti[\\s-]*az\\b', ' multi zone '],
  ['\\bavailability[\\s-]+zones?\\b', ' zone '],
  ['\\bsingle\\s+sign[\\s-]*on\\b', ' sso '],
  ['\\bvirtual\\s+cpus?\\b', ' vcpu '],
  ['\\bper\\s+sec(?:ond)?\\b', ' per second '],
  ['/\\s*s(?:ec|econd)?\\b', ' per second '],
  ['\\brequests?\\s*/\\s*s\\b', ' request per second '],
  ['\\breq\\s*/\\s*s\\b', ' request per second '],
  ['\\bk8s\\b', ' kubernetes '],
  ['\\bhead[\\s-]*room\\b', ' headroom '],
  ['\\bup[\\s-]*time\\b', ' uptime '],
  ['\\bdocker[\\s-]*compose\\b', ' docker compose '],
  ['\\bplug[\\s-]*in\\b', ' plugin '],
  ['\\bon[\\s-]*prem(?:ises?)?\\b', ' self managed '],
  ['\\bself[\\s-]*managed\\b', ' self managed '],
  ['\\bself[\\s-]*host(?:ed|ing)?\\b', ' self hosted '],
  ['\\bmonthly\\s+active\\s+users?\\b', ' mau '],
];

/** Words that carry no meaning for lookup. */
export const stopwords: string[] = [
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'but', 'is', 'are', 'was', 'be',
  'been', 'it', 'its', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'whom', 'how', 'why', 'when', 'where',
  'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'i', 'we', 'you', 'they',
  'me', 'my', 'our', 'your', 'their', 'there', 'here', 'about', 'tell', 'please', 'much', 'many', 'any', 'some', 'each',
  'from', 'into', 'than', 'then', 'so', 'if', 'as', 'also', 'get', 'give', 'show', 'list', 'know', 'want', 'have', 'has',
  'had', 'am', 'doesn', 'isn', 't', 's', 'd', 'll', 're', 've', 'exactly', 'really', 'actually', 'just', 'kind',
  'sort', 'thing', 'stuff', 'anything', 'something', 'whether', 'vendor', 'say', 'says', 'said', 'docs', 'doc',
  'documentation', 'guide', 'page', 'like', 'need', 'needs', 'needed', 'use', 'uses', 'used', 'using', 'go', 'going',
  'put', 'let', 'make', 'still', 'even', 'only', 'just', 'right', 'now', 'ok', 'okay', 'currently', 'think',
  'someone', 'team', 'folks', 'us', 'them', 'it', 'thing', 'one', 'etc', 'e', 'g', 'eg', 'ie', 'archkb',
];

/** Words that ask for a kind of fact (attribute cues); the engine prefers facts of the attributes a question names. */
export const attributeCues: Record<string, string[]> = {
  purpose: ['purpose', 'why', 'role', 'used', 'job', 'function', 'responsible', 'used', 'for', 'store', 'stores', 'keep', 'keeps', 'hold', 'holds', 'handle', 'handles', 'doing', 'do', 'does', 'what'],
  necessity: ['required', 'require', 'requires', 'optional', 'mandatory', 'necessary', 'need', 'needs', 'skip', 'without', 'essential', 'conditional', 'when', 'always'],
  requirement: ['requirement', 'minimum', 'size', 'sizing', 'specs', 'memory', 'vcpu', 'storage', 'node', 'nodes', 'iops', 'disk', 'instance', 'sku', 'footprint', 'capacity', 'version', 'versions', 'os', 'linux', 'prerequisite', 'resources', 'request', 'limit'],
  'sizing-rule': ['per', 'each', 'for', 'sizing', 'rule', 'allocate', 'scale', 'grow', 'load', 'second'],
  'limit-rule': ['limit', 'headroom', 'heap', 'non', 'spike', 'peak'],
  threshold: ['above', 'threshold', 'more', 'beyond', 'exceed', 'over', 'expecting', 'when', 'queue'],
  'rated-load': ['tested', 'test', 'load', 'scaled', 'maximum', 'maximums', 'limit', 'limits', 'up'],
  examples: ['example', 'examples', 'which', 'such', 'supported', 'support', 'options', 'choice', 'products'],
  'managed-service': ['managed', 'service', 'cloud', 'aws', 'azure', 'gcp', 'sku', 'tier', 'rds', 'elasticache', 'memorystore'],
  incompatibility: ['supported', 'support', 'unsupported', 'compatible', 'incompatible', 'work', 'works', 'cluster', 'sentinel'],
  placement: ['subnet', 'public', 'private', 'internet', 'where', 'placement', 'face', 'exposed'],
  runtime: ['down', 'outage', 'restart', 'startup', 'start', 'survive', 'keep', 'running', 'unavailable', 'time'],
  port: ['port', 'ports', 'listen', 'listens', 'expose', 'exposes'],
  setting: ['setting', 'set', 'enable', 'enabled', 'disable', 'variable', 'environment', 'value', 'values', 'configure', 'flag', 'default', 'policy', 'timeout', 'period', 'helm'],
  dns: ['dns', 'cname', 'record', 'records', 'domain', 'subdomain'],
  note: ['recommend', 'recommends', 'recommendation', 'should', 'must', 'warning', 'never', 'advice', 'tip', 'best', 'practice', 'limitation', 'caveat'],
  edition: ['edition', 'enterprise', 'licence', 'license', 'plan', 'paid'],
  'load-driver': ['measure', 'metric', 'sizes', 'driver'],
  zones: ['zone', 'zones', 'az'],
  regions: ['region', 'regions'],
  host: ['bundled', 'together', 'same', 'one', 'single', 'box', 'co', 'located'],
  conflict: ['conflict', 'contradict', 'disagree', 'differ'],
  connection: ['connect', 'connects', 'talk', 'talks', 'communicate', 'communicates', 'flow', 'between', 'access', 'reach', 'calls', 'protocol', 'protocols'],
  technology: ['technology', 'built', 'written', 'language', 'kind', 'type'],
  summary: ['overview', 'what', 'describe', 'variant', 'deploy', 'deployed', 'layout'],
  role: ['kind'],
  group: ['components', 'pieces', 'parts', 'services', 'layer', 'group', 'tier', 'pods', 'list', 'stack', 'networking'],
  components: ['components', 'pieces', 'parts', 'stack', 'services', 'consist', 'consists', 'made', 'deploys', 'runs'],
  variants: ['variant', 'variants', 'edition', 'editions', 'deployments', 'options', 'topologies', 'layouts'],
};

/** Words that ask about a component in general ("features", "details") rather than for one of its facts. */
export const overviewCues: string[] = ['feature', 'features', 'capability', 'capabilities', 'detail', 'details', 'info', 'information', 'overview', 'about', 'purpose', 'role', 'job', 'function'];

/** Words that ask a yes/no question when they open it. */
export const yesNoOpeners: string[] = ['is', 'are', 'does', 'do', 'did', 'can', 'could', 'should', 'must', 'will', 'would', 'has', 'have', 'may', 'shall', 'need', 'isn', 'doesn', 'don'];

/** Words asking for the absence or optionality of something ("can I skip X" is answered yes when X is optional). */
export const negativeNecessityCues: string[] = ['optional', 'skip', 'without', 'omit', 'avoid', 'leave', 'drop', 'disable', 'unnecessary', 'not'];

/** Words asking whether something is needed ("is X required"). */
export const positiveNecessityCues: string[] = ['required', 'require', 'requires', 'need', 'needs', 'mandatory', 'necessary', 'essential', 'must', 'always', 'part', 'use', 'uses', 'include'];

/** Words that ask for a computation over facts. */
export const computeCues: string[] = ['total', 'sum', 'altogether', 'combined', 'overall', 'aggregate', 'together', 'add', 'across', 'all', 'whole'];

/** Words that ask to compare subjects. */
export const compareCues: string[] = ['vs', 'compare', 'compared', 'versus', 'difference', 'differences', 'between', 'more', 'less', 'larger', 'smaller', 'bigger', 'higher', 'lower', 'which'];

/** Words that ask which products (or components) share a property. */
export const filterCues: string[] = ['which', 'what', 'who', 'list'];

/** Words naming products in general, so "which products use X" is read as a filter over the catalogue. */
export const productNouns: string[] = ['product', 'products', 'architecture', 'architectures', 'vendor', 'vendors', 'tool', 'tools', 'platform', 'platforms'];

/** Words that ask for the smallest or largest. */
export const extremeCues: Record<'min' | 'max', string[]> = {
  min: ['smallest', 'least', 'lowest', 'minimum', 'fewest', 'leanest', 'lightest', 'cheapest'],
  max: ['largest', 'biggest', 'most', 'highest', 'maximum', 'heaviest'],
};

/** Words that name a resource sizing can total, mapped to the sizing resource. */
export const resourceWords: Record<string, 'nodes' | 'vcpu' | 'memoryGiB' | 'storageGiB' | 'iops'> = {
  node: 'nodes',
  nodes: 'nodes',
  pod: 'nodes',
  pods: 'nodes',
  replica: 'nodes',
  replicas: 'nodes',
  instance: 'nodes',
  instances: 'nodes',
  vcpu: 'vcpu',
  memory: 'memoryGiB',
  storage: 'storageGiB',
  iops: 'iops',
};

/** Words for the request and limit sides of a Kubernetes figure. */
export const requestLimitCues: Record<'request' | 'limit', string[]> = {
  request: ['request', 'requests', 'requested', 'reserve'],
  limit: ['limit', 'limits', 'cap', 'ceiling', 'headroom'],
};

/** Topics no vendor document here states, with the reason archkb gives when declining them. */
export const unanswerableTopics: { words: string[]; reason: string }[] = [
  {
    words: ['price', 'pricing', 'cost', 'costs', 'costing', 'cheap', 'expensive', 'dollar', 'dollars', 'usd', 'eur', 'bill', 'billing', 'month', 'monthly', 'mau', 'fee', 'fees', 'subscription'],
    reason: 'archkb holds no prices: none of the vendor documents it draws on states a cost, and cloud prices change by region and over time.',
  },
  {
    words: ['sla', 'slas', 'uptime', 'guarantee', 'guarantees', 'guaranteed', 'nines'],
    reason: 'archkb holds no service-level guarantees: the vendor documents it draws on state no uptime commitment.',
  },
];

/**
 * Well-known self-hostable products that archkb has no architecture for, so a question about them is declined by
 * name instead of being answered about a neighbour. Names are lower-case, one or two words.
 */
export const knownOtherProducts: string[] = [
  'okta', 'auth0', 'fusionauth', 'ory', 'kratos', 'hydra', 'authelia', 'authentik', 'casdoor', 'logto', 'supertokens',
  'gluu', 'wso2', 'cognito', 'ping', 'pingfederate', 'forgerock', 'clerk', 'stytch', 'dex', 'lldap', 'freeipa',
  'retool', 'windmill', 'appwrite', 'supabase', 'nocodb', 'baserow', 'directus', 'strapi', 'illa', 'lowdefy', 'refine',
  'n8n', 'airtable', 'appian', 'outsystems', 'mendix', 'openblocks', 'lowcoder', 'jet admin',
  'gitpod', 'codespaces', 'daytona', 'devpod', 'code server', 'code-server', 'theia', 'jupyterhub', 'devzero',
  'gitlab', 'gitea', 'forgejo', 'mattermost', 'rocket chat', 'nextcloud', 'sentry', 'grafana', 'keystone', 'zulip',
  'discourse', 'wordpress', 'ghost', 'confluence', 'jira', 'artifactory', 'nexus', 'harbor', 'vault', 'consul',
  'solid community server', 'nextjs', 'plausible', 'posthog', 'metabase', 'superset', 'redash', 'airflow', 'temporal cloud',
];

/** Words that say the asker wants every match, not one: "all", "every", "list". */
export const everyCues: string[] = ['all', 'every', 'each', 'list', 'components', 'pieces', 'parts', 'services'];
