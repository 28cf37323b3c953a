import { describe, expect, it } from 'vitest';
import { findCloudService } from '../../../src/lib/model/index.ts';
import { findCloudCell, findComponent, findRequirement, findSized, findSizedHost, mebibytes, sizeVariant } from '../content-helpers.ts';

// Figures from tooljet-self-hosted-deployment.txt (content/sources/tooljet-self-hosted.yaml): PART 1 "System
// Requirements", PART 2 "Deploying ToolJet on Amazon ECS", PART 3 "Migrating Workflows from Temporal to BullMQ" with
// "Scaling Workflows with Dedicated Workers". GB is read as GiB (archkb's binary convention).

const QUEUE = 'queued-jobs';

describe('ToolJet: minimum figures ("System Requirements")', () => {
  it('runs the server on a VM of 1 vCPU, 4GB and at least 8GiB, Ubuntu 22.04 or later on x86 ("VM deployments")', () => {
    const minimum = findRequirement(findComponent('tooljet', 'vm', 'tooljet-server'), 'minimum');
    expect([minimum.vcpu?.amount.low, minimum.memory?.amount.low, minimum.storage?.amount.low]).toEqual([1, 4, 8]);
    expect(minimum.os).toMatch(/Ubuntu 22\.04/);
    expect(findComponent('tooljet', 'vm', 'tooljet-server').incompatible?.map((item) => item.with)).toContain('arm64');
  });

  it('asks PostgreSQL for 2 vCPU, 8GB and 20GB, with 16.x recommended ("PostgreSQL")', () => {
    const postgresql = findComponent('tooljet', 'vm', 'postgresql');
    const minimum = findRequirement(postgresql, 'minimum');
    expect([minimum.vcpu?.amount.low, minimum.memory?.amount.low, minimum.storage?.amount.low]).toEqual([2, 8, 20]);
    expect(findRequirement(postgresql, 'recommended').versions).toContainEqual(expect.objectContaining({ product: 'PostgreSQL', min: '16.x' }));
  });

  it('asks Redis for 1 vCPU, 512MB and 1GB of storage, 1GB of memory for production, version 7.x ("Redis")', () => {
    const redis = findComponent('tooljet', 'vm', 'redis');
    const minimum = findRequirement(redis, 'minimum', (r) => r.vcpu !== undefined);
    expect([minimum.vcpu?.amount.low, minimum.memory?.amount.low, minimum.storage?.amount.low]).toEqual([1, mebibytes(512), 1]);
    expect(minimum.versions).toContainEqual(expect.objectContaining({ product: 'Redis', min: '7.x' }));
    expect(findRequirement(redis, 'production').memory?.amount.low).toBe(1);
  });

  it('sizes the VM variant from those figures: one VM for the container, PostgreSQL apart', () => {
    const result = sizeVariant('tooljet', 'vm', {});
    const vm = findSizedHost(result, 'linux-vm');
    expect([vm.amounts.nodes?.low, vm.amounts.vcpu?.low, vm.amounts.memoryGiB?.low, vm.amounts.storageGiB?.low]).toEqual([1, 1, 4, 8]);
    const postgresql = findSized(result, 'postgresql');
    expect([postgresql.amounts.vcpu?.low, postgresql.amounts.memoryGiB?.low, postgresql.amounts.storageGiB?.low]).toEqual([2, 8, 20]);
    // A single instance uses the built-in Redis, so the external Redis is not counted here.
    expect(findSized(result, 'redis').counted).toBe(false);
  });

  it('asks a Kubernetes cluster for at least one node with the VM figures ("Orchestrated Deployments")', () => {
    const minimum = findRequirement(findComponent('tooljet', 'kubernetes', 'kubernetes-cluster'), 'minimum');
    expect([minimum.nodes, minimum.vcpu?.amount.low, minimum.memory?.amount.low, minimum.storage?.amount.low]).toEqual([1, 1, 4, 8]);
  });
});

describe('ToolJet on Amazon ECS ("Deploying ToolJet on Amazon ECS")', () => {
  const result = sizeVariant('tooljet', 'ecs', {});

  it('runs two Fargate tasks of 1 vCPU and 3GB: 2 vCPU and 6GB in all', () => {
    // "Select task size to have 3GB of memory and 1vCpu" ... "You can set the number of tasks to start with as two".
    const reference = findRequirement(findComponent('tooljet', 'ecs', 'tooljet-server'), 'reference');
    expect([reference.nodes, reference.vcpu?.amount.low, reference.memory?.amount.low]).toEqual([2, 1, 3]);
    const server = findSized(result, 'tooljet-server');
    expect([server.amounts.nodes?.low, server.amounts.vcpu?.low, server.amounts.memoryGiB?.low]).toEqual([2, 2 * 1, 2 * 3]);
  });

  it('names RDS PostgreSQL, ElastiCache for Redis on cache.t3.medium or higher, the ALB and ECS in the cloud mapping', () => {
    // "We recommend using an RDS PostgreSQL database"; "Amazon ElastiCache for Redis" ... "Node type: cache.t3.medium or
    // higher"; "an application load balancer"; the ECS service.
    const expected = {
      postgresql: 'amazon-rds-postgresql',
      redis: 'amazon-elasticache-redis',
      'ecs-alb': 'elastic-load-balancing',
      'ecs-service': 'amazon-ecs',
    } as const;
    for (const [component, service] of Object.entries(expected)) {
      const cell = findCloudCell('tooljet', 'ecs', component, 'aws');
      expect(cell.vendorNamed, component).toBe(true);
      expect(cell.service, component).toBe(findCloudService(service).name);
    }
    expect(findSized(result, 'redis').instance).toMatchObject({ name: 'cache.t3.medium', vendorNamed: true });
  });
});

describe('ToolJet: dedicated workers ("Scaling Workflows with Dedicated Workers")', () => {
  it('runs the Kubernetes example with 1 app pod and 2 workers, each requesting 1000m and 1000Mi, limited to 2000m and 2000Mi', () => {
    for (const [component, replicas] of [
      ['tooljet-server', 1],
      ['tooljet-worker', 2],
    ] as const) {
      const example = findRequirement(findComponent('tooljet', 'kubernetes', component), 'example');
      expect([example.nodes, example.vcpu?.request?.low, example.vcpu?.limit?.low], component).toEqual([replicas, 1, 2]);
      expect([example.memory?.request?.low, example.memory?.limit?.low], component).toEqual([mebibytes(1000), mebibytes(2000)]);
    }
  });

  it('recommends more workers once the queue stays above 100 jobs ("Worker Scaling Considerations")', () => {
    expect(findSized(sizeVariant('tooljet', 'kubernetes', { [QUEUE]: 100 }), 'tooljet-worker')).toMatchObject({ necessity: 'conditional', counted: false });
    expect(findSized(sizeVariant('tooljet', 'kubernetes', { [QUEUE]: 101 }), 'tooljet-worker')).toMatchObject({ necessity: 'recommended', counted: true });
  });

  it('processes 5 workflow jobs at once per worker by default (TOOLJET_WORKFLOW_CONCURRENCY)', () => {
    expect(findComponent('tooljet', 'kubernetes', 'tooljet-worker').settings).toContainEqual(
      expect.objectContaining({ name: 'TOOLJET_WORKFLOW_CONCURRENCY', value: '5', status: 'default' }),
    );
  });

  it('requires noeviction and AOF persistence on the external Redis (BullMQ)', () => {
    expect(findComponent('tooljet', 'ecs', 'redis').settings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'maxmemory-policy', value: 'noeviction', status: 'required' }),
        expect.objectContaining({ name: 'appendonly', value: 'yes', status: 'required' }),
      ]),
    );
  });
});
