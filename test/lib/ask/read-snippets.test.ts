import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { flattenCode, readSnippets } from '../../../src/lib/ask/read-snippets.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

describe('flattenCode', () => {
  it('writes each nested setting with its full dotted path and its value', () => {
    expect(flattenCode('services:\n  apps:\n    replicas: 2\n    image: quill\n  worker:\n    replicas: 1\n')).toEqual([
      'services.apps.replicas = 2',
      'services.apps.image = quill',
      'services.worker.replicas = 1',
    ]);
  });

  it('reads list items and assignments, and keeps a line that sets nothing as it is', () => {
    expect(flattenCode('volumes:\n  - spec:\n      size: 10Gi\n')).toEqual(['volumes.spec.size = 10Gi']);
    expect(flattenCode('QUILL_DB_URL=postgres://db:5432/quill\nWORKERS=3')).toEqual([
      'QUILL_DB_URL = postgres://db:5432/quill',
      'WORKERS = 3',
    ]);
    expect(flattenCode('quill-api-0\nquill-worker-0')).toEqual(['quill-api-0', 'quill-worker-0']);
  });

  it('drops lone brackets and the bracket that opens a block, and a value left to fill in', () => {
    expect(flattenCode('resource "box" "main" {\n  size = "large"\n}\n')).toEqual(['resource "box" "main"', 'size = "large"']);
    expect(flattenCode('storage: ???\nclass: <your class>\nmode: TBD\nzone: a')).toEqual(['zone = a']);
  });
});

describe('flattenCode: the edges of a line', () => {
  it('drops only the dash of a list item, with all the space after it, and keeps a dash inside a value', () => {
    expect(flattenCode('-   size: 1')).toEqual(['size = 1']);
    expect(flattenCode('range: 1 - 5')).toEqual(['range = 1 - 5']);
  });

  it('drops a line of brackets alone, however many, and keeps a line that only starts or ends with one', () => {
    expect(flattenCode('if ready {\n} else {\n});\n}')).toEqual(['if ready', '} else']);
  });

  it('drops the bracket that opens a block only at the end of a line', () => {
    expect(flattenCode('print(x)')).toEqual(['print(x)']);
    expect(flattenCode('server  {')).toEqual(['server']);
  });

  it('reads a JSON object: quoted keys, and a key whose value opens an object as the parent of what follows', () => {
    expect(flattenCode('{\n  "api": {\n    "replicas": 3\n  }\n}')).toEqual(['api.replicas = 3']);
  });

  it('starts with no parent, so an indented first setting is written alone', () => {
    expect(flattenCode('    replicas: 3')).toEqual(['replicas = 3']);
  });

  it('closes every deeper parent when a line steps back by fewer spaces than it went in', () => {
    expect(flattenCode('a:\n  b:\n    c:\n      d: 1\n   x: 2')).toEqual(['a.b.c.d = 1', 'a.b.x = 2']);
  });

  it('keeps an opening bracket that words follow', () => {
    expect(flattenCode('open(file')).toEqual(['open(file']);
  });

  it('keeps a sibling at the same depth out of the path of the one before it', () => {
    expect(flattenCode('a:\n  b:\n    c: 1\n  d: 2\ne: 3')).toEqual(['a.b.c = 1', 'a.d = 2', 'e = 3']);
  });
});

describe('readSnippets', () => {
  it('returns text without backticks as it is', () => {
    const text = 'Which port does the Quillstack API listen on?\nWe use the defaults.';
    expect(readSnippets(text)).toBe(text);
  });

  it('returns text without backticks as it is, even with doubled full stops and space around it', () => {
    expect(readSnippets('  Is that all..  ')).toBe('  Is that all..  ');
  });

  it('joins the settings of one block with semicolons and trims the text', () => {
    expect(readSnippets('```\napi:\n  replicas: 3\n  image: quill\n```\nIs that enough?')).toBe(
      'api.replicas = 3; api.image = quill.\n\nIs that enough?',
    );
  });

  it('writes one full stop, not two, after a span on its own line that ends in one, mid-text or at its end', () => {
    expect(readSnippets('Plan:\n`run it.`\nIs that right?')).toBe('Plan:\nrun it.\nIs that right?');
    expect(readSnippets('Is this right?\n`done.`')).toBe('Is this right?\ndone.');
  });

  it('makes a fenced block one statement of its settings, apart from the question around it', () => {
    expect(readSnippets('Our values:\n```yaml\napi:\n  replicas: 3\n```\nIs that enough for Quillstack?')).toBe(
      'Our values:\n\napi.replicas = 3.\n\nIs that enough for Quillstack?',
    );
    expect(readSnippets('Output:\n```\n```\nWhat now?')).toBe('Output:\n\n\nWhat now?');
  });

  it('makes a code span on a line of its own, or one a dash or arrow follows, a statement of its own', () => {
    expect(readSnippets('Plan:\n`zones: [a, b]`\nIs that supported?')).toBe('Plan:\nzones: [a, b].\nIs that supported?');
    expect(readSnippets('`QUILL_DB=ledger` — is the ledger required?')).toBe('QUILL_DB=ledger. is the ledger required?');
    expect(readSnippets('`quill version` -> 2.1. Is it supported?')).toBe('quill version. 2.1. Is it supported?');
  });

  it('unwraps a code span inside a sentence', () => {
    expect(readSnippets('What is the default of `api.replicas` in Quillstack?')).toBe('What is the default of api.replicas in Quillstack?');
  });
});

describe('answerQuestion: a question with code pasted into it', () => {
  it('reads the names in the code as its scene, so a variable the product never mentions declines nothing', () => {
    const architectures = [buildAskArchitecture()];
    const answer = answerQuestion('`QUILLSTACK_LEDGER_URL=postgres://db:5432/quill` — what does the Quillstack worker do?', architectures);
    expect(answer.declined).toBeUndefined();
    expect(answer.answer).toMatch(/Quill worker: Runs background jobs/);
  });
});
