// Every service catalogue, in one list the registry validates; see README.md for where each figure comes from.
import awsAuroraPostgresql from './aws-aurora-postgresql.json' with { type: 'json' };
import awsEc2 from './aws-ec2.json' with { type: 'json' };
import awsEks from './aws-eks.json' with { type: 'json' };
import awsElasticacheRedis from './aws-elasticache-redis.json' with { type: 'json' };
import awsMemorydb from './aws-memorydb.json' with { type: 'json' };
import awsMsk from './aws-msk.json' with { type: 'json' };
import awsOpensearch from './aws-opensearch.json' with { type: 'json' };
import awsRdsPostgresql from './aws-rds-postgresql.json' with { type: 'json' };
import azureAks from './azure-aks.json' with { type: 'json' };
import azureCacheRedis from './azure-cache-redis.json' with { type: 'json' };
import azureManagedRedis from './azure-managed-redis.json' with { type: 'json' };
import azurePostgresqlFlexible from './azure-postgresql-flexible.json' with { type: 'json' };
import azureVirtualMachines from './azure-virtual-machines.json' with { type: 'json' };
import gcpAlloydb from './gcp-alloydb.json' with { type: 'json' };
import gcpCloudSqlPostgresql from './gcp-cloud-sql-postgresql.json' with { type: 'json' };
import gcpComputeEngine from './gcp-compute-engine.json' with { type: 'json' };
import gcpGke from './gcp-gke.json' with { type: 'json' };
import gcpMemorystoreRedis from './gcp-memorystore-redis.json' with { type: 'json' };

/** The sizes each managed service and VM family sells, per cloud. */
export const serviceCatalogues = [
  awsAuroraPostgresql,
  awsEc2,
  awsEks,
  awsElasticacheRedis,
  awsMemorydb,
  awsMsk,
  awsOpensearch,
  awsRdsPostgresql,
  azureAks,
  azureCacheRedis,
  azureManagedRedis,
  azurePostgresqlFlexible,
  azureVirtualMachines,
  gcpAlloydb,
  gcpCloudSqlPostgresql,
  gcpComputeEngine,
  gcpGke,
  gcpMemorystoreRedis,
];

/**
 * The families and tiers archkb proposes from each catalogue, best first: current general-purpose and memory-optimised
 * generations, no burstable or shared-core sizes (a production component should not depend on CPU credits), and the
 * replicated cache tiers. Ties between equal sizes go to the earlier family in the list.
 */
export const catalogueProposals = {
  'aws-ec2': { families: ['m7i', 'r7i', 'm6i', 'r6i', 'm7g', 'r7g', 'm8g', 'r8g'] },
  'aws-rds-postgresql': { families: ['m7g', 'r7g', 'm6g', 'r6g', 'm6i', 'r6i'] },
  'aws-aurora-postgresql': { families: ['r7g', 'r6g', 'r6i'] },
  'aws-elasticache-redis': { families: ['m7g', 'r7g'] },
  'aws-memorydb': { families: ['r7g'] },
  'aws-opensearch': { families: ['m7g', 'r7g', 'm6g', 'r6g'] },
  'aws-msk': { families: ['kafka.m7g', 'express.m7g'] },
  'azure-virtual-machines': { families: ['Dsv5', 'Esv5', 'Dv5', 'Ev5', 'Dsv3', 'Dv3'] },
  'azure-postgresql-flexible': { families: ['Ddsv5', 'Edsv5'] },
  'azure-cache-redis': { families: ['C', 'P'], tiers: ['Standard', 'Premium'] },
  'azure-managed-redis': { families: ['Balanced', 'MemoryOptimized', 'ComputeOptimized'] },
  'gcp-compute-engine': { families: ['n2-standard', 'n2-highmem', 'n4-standard', 'n4-highmem', 'e2-standard', 'e2-highmem'] },
  'gcp-cloud-sql-postgresql': { families: ['custom'] },
  'gcp-alloydb': { families: ['N2'] },
  'gcp-memorystore-redis': { families: ['STANDARD_HA'], tiers: ['Standard'] },
} as const;
