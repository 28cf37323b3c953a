import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion } from '../../src/lib/ask/index.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

const baseUrl = inject('baseUrl');

interface AskBody {
  question: string;
  answer: string | null;
  confidence: number;
  sources: { title: string; url: string; excerpt: string }[];
  error?: { parameter: string; message: string };
}

// A sample of the development set: the front must give exactly the engine's answer. (The held-out set is evaluated once,
// by npm run ask:evaluate, and never run as tests.)
const devSample = (parse(readFileSync(path.resolve(import.meta.dirname, '../ask/dev-set.yaml'), 'utf8')) as { question: string }[])
  .filter((_, i) => i % 10 === 0)
  .map((entry) => entry.question);
const architectures = loadContentArchitectures();

/** GETs /api/ask with one question and returns status and body. */
async function ask(question: string): Promise<{ status: number; body: AskBody; type: string }> {
  const response = await fetch(`${baseUrl}/api/ask?q=${encodeURIComponent(question)}`);
  return { status: response.status, body: (await response.json()) as AskBody, type: response.headers.get('content-type') ?? '' };
}

describe('GET /api/ask: the same answers as the engine', () => {
  it('answers a sample of the development set exactly as answerQuestion does in process', async () => {
    expect(devSample.length).toBeGreaterThanOrEqual(25);
    for (const question of devSample) {
      const { status, body, type } = await ask(question);
      expect(status, question).toBe(200);
      expect(type).toMatch(/^application\/json/);
      const local = answerQuestion(question, architectures);
      expect({ answer: body.answer, confidence: body.confidence, sources: body.sources }, question).toEqual({
        answer: local.answer,
        confidence: local.confidence,
        sources: local.sources,
      });
    }
  });

  it('declines with the reason and no answer', async () => {
    const { status, body } = await ask('What does Okta need to self-host?');
    expect(status).toBe(200);
    expect(body.answer).toBeNull();
    expect(JSON.stringify(body)).toContain('archkb has no architecture for Okta');
  });
});

describe('GET /api/ask: input', () => {
  it('answers 400 with a JSON error naming q for a missing, empty, blank, repeated or over-long question', async () => {
    for (const query of ['', '?q=', '?q=%20%09', '?q=a&q=b', `?q=${'a'.repeat(501)}`, `?q=${encodeURIComponent('é'.repeat(501))}`]) {
      const response = await fetch(`${baseUrl}/api/ask${query}`);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as AskBody;
      expect(body.error?.parameter).toBe('q');
      expect(body.error?.message.length).toBeGreaterThan(10);
    }
  });

  it('accepts exactly 500 characters, counting characters rather than bytes or UTF-16 units', async () => {
    expect((await ask('a'.repeat(500))).status).toBe(200);
    expect((await ask('🦄'.repeat(500))).status).toBe(200);
    expect((await ask('🦄'.repeat(501))).status).toBe(400);
  });

  it('strips control characters and never reflects them', async () => {
    const { status, body } = await ask('minimum\u0000 PostgreSQL\u001b[31m for\u202e Authgear');
    expect(status).toBe(200);
    expect([...body.question].some((char) => (char.codePointAt(0) ?? 0) < 0x20 || char === '\u202e')).toBe(false);
    expect(body.answer).toContain('500 GB');
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await fetch(`${baseUrl}/api/ask?q=redis`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('scopes to an architecture given as a parameter and rejects an unknown one', async () => {
    const scoped = (await (
      await fetch(`${baseUrl}/api/ask?q=${encodeURIComponent('is postgres required?')}&architecture=coder`)
    ).json()) as AskBody;
    expect(scoped.sources[0]?.url).toContain('/architectures/coder/');
    expect((await fetch(`${baseUrl}/api/ask?q=redis&architecture=nope`)).status).toBe(400);
  });
});

describe('Markdown pages and <page>.md?ask=', () => {
  it('lists every Markdown page in /llms.txt, and each is served as text/markdown', async () => {
    const llms = await (await fetch(`${baseUrl}/llms.txt`)).text();
    const links = [...llms.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => new URL(m[1] ?? '', 'http://any.example').pathname);
    expect(links).toContain('/index.md');
    expect(links).toContain('/architectures/authgear.md');
    expect(links).toContain('/architectures/authgear/azure.md');
    for (const link of links) {
      const response = await fetch(`${baseUrl}${link}`);
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toMatch(/^text\/markdown/);
    }
  });

  it('renders a variant page with a GFM components table, notes and sources', async () => {
    const markdown = await (await fetch(`${baseUrl}/architectures/authgear.md`)).text();
    expect(markdown).toMatch(/^# Authgear/);
    expect(markdown).toMatch(/^\| Component \|/m);
    expect(markdown).toMatch(/^\| PostgreSQL \|/m);
    expect(markdown).toContain('## Sources');
  });

  it('holds the whole knowledge base in /llms-full.txt', async () => {
    const full = await (await fetch(`${baseUrl}/llms-full.txt`)).text();
    for (const product of ['Authgear', 'Appsmith', 'Coder', 'Inrupt']) expect(full).toContain(`# ${product}`);
  });

  it('answers ?ask= as Markdown scoped to the page, and escapes the question', async () => {
    const response = await fetch(`${baseUrl}/architectures/coder.md?ask=${encodeURIComponent('which postgres version? <b>now</b>')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/);
    const markdown = await response.text();
    expect(markdown).toContain('13');
    expect(markdown).toContain('/architectures/coder/#component-postgresql');
    expect(markdown).not.toContain('<b>');
  });

  it('answers an empty ?ask= with a JSON 400 and an unknown page with 404', async () => {
    expect((await fetch(`${baseUrl}/architectures/authgear.md?ask=`)).status).toBe(400);
    expect((await fetch(`${baseUrl}/architectures/nope.md`)).status).toBe(404);
  });
});

describe('/ask page', () => {
  it('renders the answer on the server from ?q=, with no script of its own (only the external shell scripts)', async () => {
    const response = await fetch(`${baseUrl}/ask/?q=${encodeURIComponent('does coder need kafka')}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('list no kafka component');
    // The answer is in the HTML; the scripts there are the shell's (theme, menu, scroll cues), all external files.
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="/);
    expect(scripts.length).toBeLessThanOrEqual(2);
    expect(html).not.toMatch(/ask-island/);
  });

  it('shows the form alone without a question, and a 400 message for an empty one', async () => {
    const plain = await fetch(`${baseUrl}/ask/`);
    expect(plain.status).toBe(200);
    expect(await plain.text()).toContain('name="q"');
    expect((await fetch(`${baseUrl}/ask/?q=`)).status).toBe(400);
  });
});
