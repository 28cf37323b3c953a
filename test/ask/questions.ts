import type { QuestionKind } from '../../src/lib/ask/index.ts';

/**
 * The ask engine's question set, written against the vendor documents in /work/shared/sources. Each case names the
 * facts the answer must contain (case-insensitive substrings) and the anchors at least one source URL must carry.
 */
export interface AnsweredCase {
  question: string;
  kind: QuestionKind;
  /** Facts the answer must state. */
  facts: string[];
  /** URL substrings (page + #component-<id> or #src-<doc>-<section>) every one of which a source must carry. */
  cites: string[];
  /** Page the question is asked from (GET <page>.md?ask=), when not the whole site. */
  architectureId?: string;
}

/** A question archkb cannot answer: the engine must decline, never guess. */
export interface DeclinedCase {
  question: string;
  declined: true;
  architectureId?: string;
}

export type QuestionCase = AnsweredCase | DeclinedCase;

const authgear = '/architectures/authgear/';
const authgearAzure = '/architectures/authgear/azure/';
const appsmith = '/architectures/appsmith/';
const ess = '/architectures/inrupt-ess/';
const coder = '/architectures/coder/';

export const questionSet: QuestionCase[] = [
  // Authgear: requirement lookups
  {
    question: 'minimum PostgreSQL for Authgear',
    kind: 'requirement',
    facts: ['2 nodes', '2 vCPU', '8 GB', '500 GB'],
    cites: [`${authgear}#component-postgresql`],
  },
  {
    question: 'How many Kubernetes nodes does Authgear need for high availability?',
    kind: 'requirement',
    facts: ['3 nodes', '2 vCPU', '8 GB'],
    cites: [`${authgear}#component-kubernetes`],
  },
  {
    question: 'What RAM does Authgear Redis need per user?',
    kind: 'requirement',
    facts: ['30 kB'],
    cites: [`${authgear}#component-redis`, '#src-authgear-self-managed-resources-reference'],
  },
  {
    question: 'Which VM SKU does the Authgear Azure architecture use for AKS?',
    kind: 'requirement',
    facts: ['D2 v3', '3 nodes'],
    cites: [`${authgearAzure}#component-kubernetes`],
  },
  {
    question: 'Azure Database for PostgreSQL size in the Authgear Azure reference',
    kind: 'requirement',
    facts: ['D2s v3', '2 nodes'],
    cites: [`${authgearAzure}#component-postgresql`],
  },
  { question: 'k8s nodes for authgear ha', kind: 'requirement', facts: ['3 nodes'], cites: [`${authgear}#component-kubernetes`] },
  { question: 'minimum postgres for authgaer', kind: 'requirement', facts: ['500 GB'], cites: [`${authgear}#component-postgresql`] },
  {
    question: 'What are the minimum requirements for Authgear?',
    kind: 'requirement',
    facts: ['3 nodes', '2 nodes', '30 kB'],
    cites: [`${authgear}#component-kubernetes`, `${authgear}#component-postgresql`],
  },
  // Authgear: purpose and dependency
  {
    question: 'What is PostgreSQL used for in Authgear?',
    kind: 'purpose',
    facts: ['settings', 'profiles', 'audit logs'],
    cites: [`${authgear}#component-postgresql`],
  },
  {
    question: 'what does authgear use redis for',
    kind: 'purpose',
    facts: ['sessions', 'rate-limit'],
    cites: [`${authgear}#component-redis`],
  },
  {
    question: 'What does Authgear use for search?',
    kind: 'purpose',
    facts: ['Elasticsearch', 'admin portal'],
    cites: [`${authgear}#component-elasticsearch`],
  },
  {
    question: 'What happens to Authgear search without Elasticsearch?',
    kind: 'purpose',
    facts: ['total count'],
    cites: [`${authgear}#component-elasticsearch`, '#src-authgear-azure-search-hint'],
  },
  {
    question: 'Does Authgear need Elasticsearch?',
    kind: 'dependency',
    facts: ['optional', 'admin portal'],
    cites: [`${authgear}#component-elasticsearch`],
  },
  {
    question: 'Is ES required for Authgear?',
    kind: 'dependency',
    facts: ['optional', '10,000'],
    cites: [`${authgear}#component-elasticsearch`, '#src-authgear-azure-search-hint'],
  },
  {
    question: 'Is object storage required by Authgear?',
    kind: 'dependency',
    facts: ['profile images'],
    cites: [`${authgear}#component-object-storage`],
  },
  { question: 'Does Authgear need Kafka?', kind: 'dependency', facts: ['No', 'Kafka'], cites: [authgear] },
  {
    question: 'Is the Authgear Resolver needed?',
    kind: 'dependency',
    facts: ['validate'],
    cites: [`${authgear}#component-authgear-resolver`],
  },
  {
    question: 'Is Redis persistence optional for Authgear?',
    kind: 'dependency',
    facts: ['persistence is optional'],
    cites: [`${authgear}#component-redis`, '#src-authgear-self-managed-deployment-options'],
  },
  // Authgear: totals, sizing, HA, managed
  {
    question: 'total vCPU for HA Authgear',
    kind: 'total',
    facts: ['10 vCPU', '3 × 2 vCPU', '2 × 2 vCPU'],
    cites: [`${authgear}#component-kubernetes`, `${authgear}#component-postgresql`],
  },
  {
    question: 'total memory for a highly available Authgear deployment',
    kind: 'total',
    facts: ['40 GiB'],
    cites: [`${authgear}#component-postgresql`],
  },
  {
    question: 'How much Redis memory does Authgear need for 100,000 users?',
    kind: 'sizing',
    facts: ['100,000', '30 kB', '2.86 GiB'],
    cites: [`${authgear}#component-redis`],
  },
  { question: 'authgear sizing for 50k users', kind: 'sizing', facts: ['50,000', '1.43 GiB'], cites: [`${authgear}#component-redis`] },
  {
    question: 'How much ram does Authgear Redis need for 1.5k users?',
    kind: 'sizing',
    facts: ['1,500', '43.9 MiB'],
    cites: [`${authgear}#component-redis`],
  },
  {
    question: 'Is Elasticsearch recommended for Authgear with 20000 users?',
    kind: 'sizing',
    facts: ['10,000', 'recommended'],
    cites: [`${authgear}#component-elasticsearch`, '#src-authgear-azure-search-hint'],
  },
  {
    question: 'What does Authgear need for high availability?',
    kind: 'high-availability',
    facts: ['3 nodes', '2 nodes'],
    cites: [`${authgear}#component-kubernetes`],
  },
  {
    question: 'Which managed service would run Authgear Redis on Azure?',
    kind: 'managed',
    facts: ['Azure Cache for Redis'],
    cites: [`${authgearAzure}#component-redis`],
  },
  { question: 'Authgear managed Postgres on GCP', kind: 'managed', facts: ['Cloud SQL'], cites: [`${authgear}#component-postgresql`] },
  // Appsmith
  { question: 'What does Appsmith use Temporal for?', kind: 'purpose', facts: ['workflows'], cites: [`${appsmith}#component-temporal`] },
  {
    question: "What is Keycloak's role in Appsmith?",
    kind: 'purpose',
    facts: ['authentication', 'SAML'],
    cites: [`${appsmith}#component-keycloak`],
  },
  { question: 'What does MongoDB store for Appsmith?', kind: 'purpose', facts: ['permissions'], cites: [`${appsmith}#component-mongodb`] },
  { question: 'What does Caddy do in appsmith', kind: 'purpose', facts: ['TLS', 'reverse proxy'], cites: [`${appsmith}#component-caddy`] },
  {
    question: 'What does the Appsmith Node.js backend do?',
    kind: 'purpose',
    facts: ['reference'],
    cites: [`${appsmith}#component-nodejs-backend`],
  },
  {
    question: 'What is cs.appsmith.com used for in Appsmith?',
    kind: 'purpose',
    facts: ['licen'],
    cites: [`${appsmith}#component-appsmith-cloud`],
  },
  {
    question: 'Does Appsmith require PostgreSQL?',
    kind: 'dependency',
    facts: ['SAML', 'single sign-on'],
    cites: [`${appsmith}#component-postgresql`],
  },
  { question: 'Does Appsmith need MongoDB?', kind: 'dependency', facts: ['Yes'], cites: [`${appsmith}#component-mongodb`] },
  { question: 'Is Redis mandatory for Appsmith?', kind: 'dependency', facts: ['requires Redis'], cites: [`${appsmith}#component-redis`] },
  {
    question: 'Can Appsmith run as a single Docker container?',
    kind: 'dependency',
    facts: ['Single Docker container', 'one of its variants'],
    cites: [`${appsmith}single-container/`],
  },
  {
    question: 'minimum memory for Appsmith MongoDB',
    kind: 'requirement',
    facts: ['no minimum figures'],
    cites: [`${appsmith}#component-mongodb`],
  },
  { question: 'Appsmith sizing for 500 users', kind: 'sizing', facts: ['no per-user sizing figures', '500'], cites: [appsmith] },
  {
    question: "Which managed service on AWS can replace Appsmith's MongoDB?",
    kind: 'managed',
    facts: ['DocumentDB'],
    cites: [`${appsmith}#component-mongodb`],
  },
  // Inrupt ESS
  {
    question: 'which Kafka setting must ESS enable',
    kind: 'setting',
    facts: ['auto.create.topics.enable', 'true'],
    cites: [`${ess}#component-kafka`, '#src-inrupt-ess-high-availability-messaging-system'],
  },
  {
    question: 'How many availability zones does Inrupt ESS recommend?',
    kind: 'high-availability',
    facts: ['3 availability zones'],
    cites: ['#src-inrupt-ess-high-availability-availability-zones'],
  },
  {
    question: 'Which ESS component sits in the public subnet?',
    kind: 'network',
    facts: ['Load balancers'],
    cites: [`${ess}#component-load-balancer`],
  },
  { question: 'What DNS records does ESS need?', kind: 'network', facts: ['CNAME', '*.<DOMAIN>'], cites: [`${ess}#component-dns`] },
  {
    question: 'Does ESS keep running if the container registry is down?',
    kind: 'dependency',
    facts: ['keeps running'],
    cites: [`${ess}#component-container-registry`],
  },
  {
    question: 'Should ESS pull images from a public registry?',
    kind: 'dependency',
    facts: ['public registry'],
    cites: [`${ess}#component-container-registry`],
  },
  { question: 'What does ESS use Kafka for?', kind: 'purpose', facts: ['asynchronous'], cites: [`${ess}#component-kafka`] },
  { question: 'Which database does Inrupt use?', kind: 'purpose', facts: ['PostgreSQL'], cites: [`${ess}#component-postgresql`] },
  {
    question: 'Where does ESS store resource content?',
    kind: 'purpose',
    facts: ['Object storage'],
    cites: [`${ess}#component-object-storage`],
  },
  {
    question: 'Should RDS Multi-AZ be enabled for ESS?',
    kind: 'setting',
    facts: ['Multi-AZ'],
    cites: ['#src-inrupt-ess-high-availability-postgresql'],
  },
  { question: 'Which managed Kafka does ESS use on AWS?', kind: 'managed', facts: ['Amazon MSK'], cites: [`${ess}#component-kafka`] },
  {
    question: 'Is the secrets manager needed all the time by ESS?',
    kind: 'dependency',
    facts: ['start'],
    cites: [`${ess}#component-secrets-manager`],
  },
  // Coder
  {
    question: 'PostgreSQL version for Coder',
    kind: 'version',
    facts: ['PostgreSQL 13'],
    cites: [`${coder}#component-postgresql`, '#src-coder-architecture-postgresql'],
  },
  { question: 'Does Coder need Kafka?', kind: 'dependency', facts: ['No'], cites: [coder] },
  { question: 'does coder need elastic search', kind: 'dependency', facts: ['No', 'Elasticsearch'], cites: [coder] },
  {
    question: 'Is an external Postgres required for Coder?',
    kind: 'dependency',
    facts: ['recommended'],
    cites: [`${coder}#component-postgresql`],
  },
  { question: 'What does provisionerd do in Coder?', kind: 'purpose', facts: ['Terraform'], cites: [`${coder}#component-provisionerd`] },
  { question: 'What does the Coder agent provide?', kind: 'purpose', facts: ['SSH'], cites: [`${coder}#component-agent`] },
  {
    question: 'Which managed PostgreSQL does Coder recommend on GCP?',
    kind: 'managed',
    facts: ['Cloud SQL', 'named by the vendor'],
    cites: [`${coder}#component-postgresql`],
  },
  { question: 'Does Coder need a git provider?', kind: 'dependency', facts: ['recommended'], cites: [`${coder}#component-git-provider`] },
  {
    question: 'Is an artifact manager required for Coder?',
    kind: 'dependency',
    facts: ['optional'],
    cites: [`${coder}#component-artifact-manager`],
  },
  { question: 'Total vCPU for Coder', kind: 'total', facts: ['states no'], cites: [coder] },
  // Across vendors and comparisons
  {
    question: 'Which architectures use Redis?',
    kind: 'cross-vendor',
    facts: ['Appsmith', 'Authgear', '2 of 4'],
    cites: [`${appsmith}#component-redis`, `${authgear}#component-redis`],
  },
  {
    question: 'Which products need PostgreSQL?',
    kind: 'cross-vendor',
    facts: ['Appsmith', 'Authgear', 'Coder', 'Inrupt'],
    cites: [`${coder}#component-postgresql`, `${ess}#component-postgresql`],
  },
  { question: 'who uses Kafka', kind: 'cross-vendor', facts: ['1 of 4', 'Inrupt'], cites: [`${ess}#component-kafka`] },
  { question: 'Which architectures use a message broker?', kind: 'cross-vendor', facts: ['Inrupt'], cites: [`${ess}#component-kafka`] },
  { question: 'Which vendors use MongoDB?', kind: 'cross-vendor', facts: ['Appsmith'], cites: [`${appsmith}#component-mongodb`] },
  { question: 'Compare Authgear and Coder', kind: 'compare', facts: ['Authgear', 'Coder', 'requires'], cites: [authgear, coder] },
  {
    question: 'Authgear vs Appsmith: Redis',
    kind: 'compare',
    facts: ['Authgear', 'Appsmith', 'Redis'],
    cites: [`${authgear}#component-redis`, `${appsmith}#component-redis`],
  },
  {
    question: 'Do Coder and ESS both use PostgreSQL?',
    kind: 'compare',
    facts: ['recommended', 'required'],
    cites: [`${coder}#component-postgresql`, `${ess}#component-postgresql`],
  },
  // Asked from a page: the page's architecture comes first
  {
    question: 'What is Redis for?',
    kind: 'purpose',
    facts: ['sessions'],
    cites: [`${appsmith}#component-redis`],
    architectureId: 'appsmith',
  },
  {
    question: 'which postgres version?',
    kind: 'version',
    facts: ['13'],
    cites: [`${coder}#component-postgresql`],
    architectureId: 'coder',
  },
  // Variants, clouds and facts without a product named
  {
    question: 'Does Appsmith single container need Redis?',
    kind: 'dependency',
    facts: ['not in', 'Single Docker container'],
    cites: [`${appsmith}#component-redis`],
  },
  { question: 'Does Authgear on Azure need a CDN?', kind: 'dependency', facts: ['not in', 'Azure'], cites: [`${authgear}#component-cdn`] },
  { question: 'Which architectures are on AWS?', kind: 'cross-vendor', facts: ['Inrupt', 'Coder'], cites: [ess] },
  {
    question: 'Which architectures need Kubernetes?',
    kind: 'cross-vendor',
    facts: ['Authgear', 'Appsmith'],
    cites: [`${authgear}#component-kubernetes`],
  },
  { question: 'minimum postgres version', kind: 'version', facts: ['13'], cites: [`${coder}#component-postgresql`] },
  { question: 'Redis memory per user?', kind: 'requirement', facts: ['30 kB'], cites: [`${authgear}#component-redis`] },
  {
    question: 'What should I never commit for ESS?',
    kind: 'overview',
    facts: ['.gitignore'],
    cites: ['#src-inrupt-ess-high-availability-secrets-management'],
  },
  {
    question: 'Which Azure database does Coder recommend?',
    kind: 'managed',
    facts: ['Azure Database for PostgreSQL'],
    cites: [`${coder}#component-postgresql`],
  },
  {
    question: 'Redis for 100k users on AWS for Authgear',
    kind: 'sizing',
    facts: ['2.86 GiB', 'ElastiCache'],
    cites: [`${authgear}#component-redis`],
  },
  // Declines
  { question: 'What is the capital of France?', declined: true },
  { question: 'How much does Authgear cost per month?', declined: true },
  { question: 'Does Coder support Windows workspaces?', declined: true },
  { question: 'Does Authgear need Cassandra?', declined: true },
  { question: 'Who won the 2022 world cup?', declined: true },
];
