import { describe, expect, it } from 'vitest';
import { buildCatalogueJson, buildComponentSearchRecords } from '../../../src/lib/catalogue/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

describe('buildComponentSearchRecords', () => {
  const architecture = buildArchitecture({
    id: 'shop',
    product: 'Shop',
    vendor: 'Shop Inc.',
    variants: [
      { id: 'single', name: 'Single node', summary: 'One node.', source: 'authgear-self-managed#introduction' },
      { id: 'ha', name: 'High availability', summary: 'Many nodes.', source: 'authgear-self-managed#introduction' },
    ],
    components: [
      buildComponentInput({ id: 'db', name: 'PostgreSQL' }),
      buildComponentInput({ id: 'broker', name: 'Kafka', role: 'message-broker', technology: 'Apache Kafka', variants: ['ha'] }),
    ],
  });
  const records = buildComponentSearchRecords(buildCatalogueJson([architecture]));

  it('makes one record per component, linking to its row on the first variant page that shows it', () => {
    expect(records.map((r) => r.url)).toEqual(['/architectures/shop/#component-db', '/architectures/shop/ha/#component-broker']);
  });

  it('titles the record with product and component and files it under vendor, role label and necessity', () => {
    const broker = records[1];
    expect(broker?.meta).toEqual({ title: 'Shop: Kafka', kind: 'Component' });
    expect(broker?.filters).toEqual({ vendor: ['Shop Inc.'], role: ['Message broker'], necessity: ['Required'] });
    expect(broker?.content).toContain('Apache Kafka');
    expect(broker?.content).toContain('High availability');
  });
});
