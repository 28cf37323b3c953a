import { describe, expect, it } from 'vitest';
import { formatVariantTitle } from '../../../src/lib/model/index.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';

describe('formatVariantTitle', () => {
  it('is the product alone for a single-variant architecture', () => {
    expect(formatVariantTitle(buildArchitecture({ product: 'Solo' }), 'Default')).toBe('Solo');
  });

  it('names the variant when the architecture has several', () => {
    const architecture = buildArchitecture({
      product: 'Duo',
      variants: [
        { id: 'a', name: 'A', summary: 'A.', source: 'authgear-self-managed#introduction' },
        { id: 'b', name: 'B', summary: 'B.', source: 'authgear-self-managed#introduction' },
      ],
    });
    expect(formatVariantTitle(architecture, 'B')).toBe('Duo: B');
  });
});
