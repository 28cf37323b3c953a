import { describe, expect, it } from 'vitest';
import { describePairCategories } from '../../../src/lib/compare/index.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';

describe('describePairCategories', () => {
  it('calls two products of one category peers and links that category once', () => {
    const pair = {
      slug: 'left-vs-right',
      left: buildArchitecture({ id: 'left', product: 'Left', category: 'identity' }),
      right: buildArchitecture({ id: 'right', product: 'Right', category: 'identity' }),
    };
    expect(describePairCategories(pair)).toEqual({
      same: true,
      text: 'Both are identity servers, so the rows compare the same job done two ways.',
      links: [{ label: 'All identity servers compared', href: '/compare/#identity' }],
    });
  });

  it('says products of two categories do different jobs and links both categories, left first', () => {
    const pair = {
      slug: 'left-vs-right',
      left: buildArchitecture({ id: 'left', product: 'Left', category: 'identity' }),
      right: buildArchitecture({ id: 'right', product: 'Right', category: 'internal-tools' }),
    };
    expect(describePairCategories(pair)).toEqual({
      same: false,
      text: 'Left is one of the identity servers and Right one of the internal-tool builders: they do different jobs, so most rows differ for that reason alone.',
      links: [
        { label: 'Identity and access management compared', href: '/compare/#identity' },
        { label: 'Internal-tool builders compared', href: '/compare/#internal-tools' },
      ],
    });
  });
});
