import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generateEmbedJsxSnippet, generateEmbedSnippet, generateHeightListenerSnippet } from '../../../src/lib/formats/index.ts';

describe('generateEmbedSnippet', () => {
  it('is one iframe pointing at the embed with autoheight on, titled, lazy and borderless', () => {
    const html = generateEmbedSnippet(new URL('https://kb.example/embed/authgear/'), 'Authgear (archkb)');
    const frames = new JSDOM(html).window.document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('src')).toBe('https://kb.example/embed/authgear/?autoheight=1');
    expect(frames[0]?.getAttribute('title')).toBe('Authgear (archkb)');
    expect(frames[0]?.getAttribute('loading')).toBe('lazy');
  });

  it('cannot be broken out of by a hostile title', () => {
    const title = '"><script>alert(1)</script>&amp;';
    const document = new JSDOM(generateEmbedSnippet(new URL('https://kb.example/embed/x/'), title)).window.document;
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('iframe')?.getAttribute('title')).toBe(title);
  });
});

describe('generateEmbedSnippet options, byte for byte', () => {
  const embed = new URL('https://kb.example/embed/x/');

  it('fills the column at 600 px high by default', () => {
    expect(generateEmbedSnippet(embed, 'T')).toBe(
      '<iframe src="https://kb.example/embed/x/?autoheight=1" title="T" width="100%" height="600" loading="lazy" style="border:0"></iframe>',
    );
  });

  it('rounds a given width and height to whole pixels and leaves autoheight off when asked', () => {
    expect(generateEmbedSnippet(embed, 'T', { width: 640.4, height: 480.6, autoHeight: false })).toBe(
      '<iframe src="https://kb.example/embed/x/" title="T" width="640" height="481" loading="lazy" style="border:0"></iframe>',
    );
  });
});

describe('generateEmbedJsxSnippet', () => {
  it('writes the iframe as JSX: string literals with "<" escaped, a style object, autoheight on', () => {
    expect(generateEmbedJsxSnippet(new URL('https://kb.example/embed/x/'), 'A <b> "q"')).toBe(
      '<iframe src={"https://kb.example/embed/x/?autoheight=1"} title={"A \\u003cb> \\"q\\""} width="100%" height="600" loading="lazy" style={{ border: 0 }} />',
    );
  });
});

describe('generateHeightListenerSnippet', () => {
  /** Runs the snippet in a DOM holding one iframe and returns the iframe and a way to post a message from it. */
  function setUp(origin: string) {
    const dom = new JSDOM('<iframe></iframe>', { runScripts: 'outside-only' });
    const code = generateHeightListenerSnippet(origin).replace(/^<script>\n|\n<\/script>$/g, '');
    dom.window.eval(code);
    const frame = dom.window.document.querySelector('iframe') as HTMLIFrameElement;
    const post = (data: unknown, from: string) =>
      dom.window.dispatchEvent(new dom.window.MessageEvent('message', { data, origin: from, source: frame.contentWindow }));
    return { frame, post };
  }

  it('sizes the iframe that sent an archkb:height message from the trusted origin', () => {
    const { frame, post } = setUp('https://kb.example');
    post({ type: 'archkb:height', height: 321.2 }, 'https://kb.example');
    expect(frame.style.height).toBe('322px');
  });

  it('ignores other origins, other message types and non-numbers', () => {
    const { frame, post } = setUp('https://kb.example');
    post({ type: 'archkb:height', height: 300 }, 'https://evil.example');
    post({ type: 'other', height: 300 }, 'https://kb.example');
    post({ type: 'archkb:height', height: '100px; background: red' }, 'https://kb.example');
    expect(frame.style.height).toBe('');
  });
});

describe('generateHeightListenerSnippet text', () => {
  it('is one script element holding the listener', () => {
    const snippet = generateHeightListenerSnippet('https://kb.example');
    expect(snippet.startsWith('<script>\n')).toBe(true);
    expect(snippet.endsWith('\n</script>')).toBe(true);
    const scripts = new JSDOM(snippet).window.document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.textContent).toContain("window.addEventListener('message'");
  });

  it('writes the trusted origin as a JS string that cannot close the script element', () => {
    const snippet = generateHeightListenerSnippet('https://kb.example</script><script>alert(1)//');
    expect(snippet).toContain('"https://kb.example\\u003c/script>\\u003cscript>alert(1)//"');
    expect(new JSDOM(snippet).window.document.querySelectorAll('script')).toHaveLength(1);
  });

  it('ignores zero, negative and non-finite heights', () => {
    const dom = new JSDOM('<iframe></iframe>', { runScripts: 'outside-only' });
    dom.window.eval(generateHeightListenerSnippet('https://kb.example').replace(/^<script>\n|\n<\/script>$/g, ''));
    const frame = dom.window.document.querySelector('iframe') as HTMLIFrameElement;
    for (const height of [0, -5, Number.POSITIVE_INFINITY, Number.NaN]) {
      dom.window.dispatchEvent(
        new dom.window.MessageEvent('message', {
          data: { type: 'archkb:height', height },
          origin: 'https://kb.example',
          source: frame.contentWindow,
        }),
      );
    }
    expect(frame.style.height).toBe('');
  });
});
