import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseRequestTarget } from '../../../src/lib/http/index.ts';

describe('normaliseRequestTarget', () => {
  it('decodes the path once and keeps the raw query', () => {
    expect(normaliseRequestTarget('/embed%2fauthgear/?autoheight=1')).toEqual({
      ok: true,
      pathname: '/embed/authgear/',
      encodedPathname: '/embed/authgear/',
      search: '?autoheight=1',
    });
    expect(normaliseRequestTarget('/architectures/caf%C3%A9/')).toMatchObject({
      pathname: '/architectures/café/',
      encodedPathname: '/architectures/caf%C3%A9/',
    });
  });

  it('refuses "." and ".." segments however they are written', () => {
    for (const target of ['/embed/..%2fsearch/', '/embed/../search/', '/embed/%2e%2e/search/', '/embed/%2E%2E%2Fcompare/', '/./', '/a/.']) {
      const result = normaliseRequestTarget(target);
      expect(result.ok, target).toBe(false);
      if (!result.ok) expect(result.message, target).toContain('".."');
    }
  });

  it('refuses malformed percent-encoding, control characters and targets that are not paths', () => {
    expect(normaliseRequestTarget('/%E0%A4%A')).toEqual({ ok: false, message: expect.stringContaining('percent-encoding') });
    expect(normaliseRequestTarget('/a%00b')).toEqual({ ok: false, message: 'The path contains a control character.' });
    expect(normaliseRequestTarget('*').ok).toBe(false);
  });

  it('collapses repeated slashes, drops a fragment and the authority of an absolute-form target', () => {
    expect(normaliseRequestTarget('//evil.example//search/#top')).toMatchObject({ pathname: '/evil.example/search/', search: '' });
    expect(normaliseRequestTarget('http://evil.example/api/ask?q=x')).toMatchObject({ pathname: '/api/ask', search: '?q=x' });
    expect(normaliseRequestTarget('/')).toMatchObject({ pathname: '/', encodedPathname: '/' });
  });

  it('re-encodes so that decoding gives the normalised path back, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 6 }), fc.boolean(), (segments, slash) => {
        const raw = `/${segments.map(encodeURIComponent).join('/')}${slash ? '/' : ''}`;
        const result = normaliseRequestTarget(raw);
        if (!result.ok) return;
        expect(decodeURIComponent(result.encodedPathname)).toBe(result.pathname);
        expect(normaliseRequestTarget(result.encodedPathname)).toEqual(result);
        expect(result.pathname.split('/')).not.toContain('..');
        // decodeURI (Astro's check) accepts it too.
        expect(() => decodeURI(result.encodedPathname)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
