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
    // Characters that matter to paths, plus any grapheme (non-ASCII, astral, combining).
    const unit = fc.oneof(
      fc.constantFrom('.', '..', '/', '%', '?', '#', '\\', ' ', '\u0000', '+', '@', ':', ';', '~'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    // Plain comparisons rather than expect() inside the property keep each run cheap on a loaded machine.
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { maxLength: 6 }), fc.boolean(), (segments, slash) => {
        const raw = `/${segments.map(encodeURIComponent).join('/')}${slash ? '/' : ''}`;
        const result = normaliseRequestTarget(raw);
        if (!result.ok) return true;
        const again = normaliseRequestTarget(result.encodedPathname);
        return (
          decodeURIComponent(result.encodedPathname) === result.pathname &&
          // decodeURI is the check Astro's adapter applies to the whole URL; it must accept the re-encoded path.
          typeof decodeURI(result.encodedPathname) === 'string' &&
          again.ok &&
          again.pathname === result.pathname &&
          again.encodedPathname === result.encodedPathname &&
          !result.pathname.split('/').includes('..')
        );
      }),
      { numRuns: 500 },
    );
  });
});
