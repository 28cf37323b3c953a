import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/lib/guides/index.ts';
import { renderGuideMarkdown, renderGuidesIndexMarkdown, renderLlmsFullTxt, renderLlmsTxt } from '../../../src/lib/markdown/index.ts';
import { buildGuideArchitecture } from '../../fixtures/build-guide-architecture.ts';
import { parseMarkdownTables } from '../../support/parse-markdown-table.ts';

const site = new URL('https://archkb.example');
const guide: Guide = {
  id: 'fixture',
  title: 'Deploying Fixture',
  description: 'Which variant to pick.',
  architecture: 'fixture',
  body: [
    'Intro paragraph.',
    '',
    '## Sizing',
    '',
    'The app needs <Fact of="fixture/app" attribute="requirement" scope="minimum" figure="memory" /> at least <Cite source="authgear-self-managed#introduction" />.',
    '',
    '<ComponentsTable of="fixture" />',
    '',
    '<Diagram of="fixture" variant="ha" />',
    '',
    '### For a small team',
    '',
    'A team of <Example>200 users</Example> fits the small variant.',
    '',
    '<Sizing of="fixture" loads={{ users: 2000 }} cloud="aws" />',
    '',
    '## Managed services',
    '',
    '<CloudMapping of="fixture" />',
    '',
    '<Comparison of={["fixture/small", "fixture/ha"]} />',
    '',
    '{/* an author note */}',
  ].join('\n'),
};

describe('renderGuideMarkdown', () => {
  const markdown = renderGuideMarkdown(guide, [buildGuideArchitecture()], site);

  it('leaves nothing of MDX: every component is rendered, comments are dropped', () => {
    expect(markdown).not.toMatch(/<(Fact|Cite|Example|ComponentsTable|Diagram|Sizing|CloudMapping|Comparison)\b/);
    expect(markdown).not.toContain('an author note');
    expect(markdown).toContain('A team of 200 users fits the small variant.');
  });

  it('prints facts as text with numbered citations, listed under Sources in order of first citation', () => {
    expect(markdown).toContain('The app needs 4 GB \\[1] at least \\[2].');
    expect(markdown).toMatch(
      /## Sources\n\n1\. .*section “Resources Reference”\. Cited in: Sizing\.\n2\. .*section “Architecture Guides \(introduction\)”\. Cited in: Sizing\./,
    );
  });

  it('renders the components table, sizing, cloud mapping and comparison as GFM tables, and the diagram as Mermaid', () => {
    const tables = parseMarkdownTables(markdown);
    expect(tables).toHaveLength(4);
    expect(tables[0]?.[0]).toContain('Component');
    expect(tables[0]?.map((row) => row[0])).toEqual(['Component', 'App server', 'Database']);
    expect(tables[1]?.at(-1)?.[0]).toBe('Total of stated figures');
    expect(tables[2]?.[0]).toEqual(['Component', 'AWS', 'Azure', 'Google Cloud']);
    expect(markdown).toMatch(/```mermaid\nflowchart/);
    expect(markdown).toContain('**Fixture, Small: 2,000 users on AWS**');
  });

  it('says what the guide is about and ends with the provenance line', () => {
    expect(markdown.startsWith('# Deploying Fixture\n\nGuide to [Fixture](/architectures/fixture.md) · HTML page: /guides/fixture/')).toBe(
      true,
    );
    expect(markdown.trimEnd().split('\n').at(-1)).toMatch(
      /^Source: \[Deploying Fixture\]\(https:\/\/archkb\.example\/guides\/fixture\/\) on archkb · export schema 1 · content [0-9a-f]{12}, sources read by \d{4}-\d{2}-\d{2}$/,
    );
  });

  it('follows the model: a changed value changes the guide, in the prose and in its tables', () => {
    const changed = renderGuideMarkdown(guide, [buildGuideArchitecture({ memory: '6 GB' })], site);
    expect(changed).not.toBe(markdown);
    expect(changed).toContain('The app needs 6 GB \\[1]');
    expect(changed).not.toContain('The app needs 4 GB');
    expect(parseMarkdownTables(changed)[0]?.[1]?.join(' ')).toContain('6 GB memory');
  });

  it('fails loudly on a reference the model lacks (the guide check reports it with file and line first)', () => {
    expect(() => renderGuideMarkdown({ ...guide, body: '<Diagram of="nope" />' }, [buildGuideArchitecture()], site)).toThrow(
      /<Diagram>: no product "nope"/,
    );
  });
});

describe('guides in the Markdown indexes', () => {
  const architectures = [buildGuideArchitecture()];

  it('lists every guide in /guides.md, /llms.txt and /llms-full.txt', () => {
    expect(renderGuidesIndexMarkdown([guide], architectures)).toContain(
      '- [Deploying Fixture](/guides/fixture.md): Which variant to pick.',
    );
    expect(renderLlmsTxt(architectures, 'https://archkb.example', [guide])).toContain(
      '## Guides\n\n- [Deploying Fixture](https://archkb.example/guides/fixture.md): Which variant to pick.',
    );
    expect(renderLlmsFullTxt(architectures, site, [guide])).toContain('\n---\n\n# Deploying Fixture\n');
  });

  it('leaves llms.txt without a Guides section when there are none', () => {
    expect(renderLlmsTxt(architectures, '')).not.toContain('## Guides');
  });
});
