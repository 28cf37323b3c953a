import { describe, expect, it } from 'vitest';
import { escapeXml, necessityDash, outlinePath } from '../../../src/lib/diagram/index.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters, the ampersand first so references are not escaped twice', () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('escapes every occurrence, not only the first', () => {
    expect(escapeXml(`&&<<>>""''`)).toBe('&amp;&amp;&lt;&lt;&gt;&gt;&quot;&quot;&#39;&#39;');
  });
});

describe('necessityDash', () => {
  it('draws required and recommended solid, optional dashed and conditional dotted', () => {
    expect(necessityDash('required')).toBeNull();
    expect(necessityDash('recommended')).toBeNull();
    expect(necessityDash('optional')).toBe('7 4');
    expect(necessityDash('conditional')).toBe('2 3');
  });
});

// A box at x 10, y 20, 100 wide and 40 high: right edge 110, bottom 60; the paths below are worked out by hand from
// each shape's corner, notch or arc size (application 10, data 7, security 14, network h/2 = 20, delivery 14,
// compute 8, external 12).
describe('outlinePath', () => {
  it.each([
    ['application', 'M20 20H100Q110 20 110 30V50Q110 60 100 60H20Q10 60 10 50V30Q10 20 20 20Z'],
    ['data', 'M10 27A50 7 0 0 1 110 27V53A50 7 0 0 1 10 53ZM10 27A50 7 0 0 0 110 27'],
    ['security', 'M24 20H96L110 40L96 60H24L10 40Z'],
    ['network', 'M30 20H90A20 20 0 0 1 90 60H30A20 20 0 0 1 30 20Z'],
    ['delivery', 'M24 20H96L110 60H10Z'],
    ['compute', 'M10 20H110V60H10ZM18 20V60M102 20V60'],
    ['operations', 'M10 20H110V60H10Z'],
    ['external', 'M10 20H110V60H10L22 40Z'],
  ] as const)('outlines a %s box', (shape, path) => {
    expect(outlinePath(shape, 10, 20, 100, 40)).toBe(path);
  });

  it('rounds each coordinate to one decimal', () => {
    // right = 0.25 + 10 = 10.25 rounds to 10.3; y = 0.04 rounds to 0; bottom = 10.04 rounds to 10.
    expect(outlinePath('operations', 0.25, 0.04, 10, 10)).toBe('M0.3 0H10.3V10H0.3Z');
  });
});
