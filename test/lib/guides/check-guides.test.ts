import { describe, expect, it } from 'vitest';
import { formatContentIssue } from '../../../src/lib/content/index.ts';
import { checkGuideFiles } from '../../../src/lib/guides/index.ts';
import { buildGuideArchitecture } from '../../fixtures/build-guide-architecture.ts';

const architectures = [buildGuideArchitecture()];
const frontmatter = '---\ntitle: Deploying Fixture\ndescription: Which variant to pick.\narchitecture: fixture\n---\n';

/** Checks one guide body (after a valid frontmatter, so body line 1 is file line 6) and prints its problems. */
function check(body: string, head = frontmatter): string[] {
  return checkGuideFiles([{ path: 'content/guides/fixture.mdx', text: `${head}${body}` }], architectures).issues.map(formatContentIssue);
}

describe('checkGuideFiles', () => {
  it('accepts a guide whose every reference exists and whose figures all come from the model or an example', () => {
    const body = [
      '## Sizing',
      '',
      'The app needs <Fact of="fixture/app" attribute="requirement" scope="minimum" figure="memory" /> <Cite source="authgear-self-managed#introduction" />.',
      '',
      '<Sizing of="fixture" loads={{ users: 2000 }} cloud="aws" />',
      '',
      '<Comparison of={["fixture/small", "fixture/ha"]} />',
      '',
      'For <Example>a team of 200 users</Example> the small variant is enough.',
      '',
      '{/* a comment is fine */}',
    ].join('\n');
    const result = checkGuideFiles([{ path: 'content/guides/fixture.mdx', text: `${frontmatter}${body}` }], architectures);
    expect(result.issues).toEqual([]);
    expect(result.guides).toEqual([
      {
        id: 'fixture',
        path: 'content/guides/fixture.mdx',
        frontmatter: { title: 'Deploying Fixture', description: 'Which variant to pick.', architecture: 'fixture' },
      },
    ]);
  });

  it('names a product, variant, component or fact that does not exist with file:line:col and a fix', () => {
    const problems = check(
      [
        '<ComponentsTable of="nope" />',
        '',
        '<Diagram of="fixture" variant="large" />',
        '',
        'Needs <Fact of="fixture/nope" attribute="technology" />.',
        '',
        'Needs <Fact of="fixture/app" attribute="requirement" scope="tested" />.',
        '',
        'See <Cite source="authgear-self-managed#nope" />.',
      ].join('\n'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:6:1: <ComponentsTable>: no product "nope" in content\/architectures\. Fix: use one of "fixture"\.$/,
      ),
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:8:1: <Diagram>: Fixture has no variant "large"\. Fix: use variant="small" or "ha"\.$/,
      ),
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:10:7: <Fact>: Fixture has no component "nope"\. Fix: use one of "app", "database" or "cache"\.$/,
      ),
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:12:7: <Fact>: no requirement of app .* matches\. Fix: the model holds scope="minimum"; scope="production"; select one of those\.$/,
      ),
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:14:5: <Cite>: authgear-self-managed has no section "nope"\. Fix: cite one of its sections/,
      ),
    ]);
  });

  it('flags a figure written as plain prose, with its line, and leaves the guide’s own example alone', () => {
    const problems = check(['The app needs 8 GB on', 'each of 3 nodes; for <Example>5,000 users</Example> that is plenty.'].join('\n'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/guides\/fixture\.mdx:6:15: prose: "8 GB" is a figure written as plain text.*Fix: print the modelled value with <Fact/,
      ),
      expect.stringMatching(/^content\/guides\/fixture\.mdx:7:9: prose: "3 nodes" is a figure/),
    ]);
  });

  it('checks headings, list items and code the same way', () => {
    expect(check('## Sizing for 500 users\n\n- about 2 vCPU\n\n```\nmemory: 4Gi\n```\n')).toHaveLength(3);
  });

  it('refuses unknown components, HTML, imports, code and props that do not fit', () => {
    const problems = check(
      [
        "import X from './x.ts';",
        '',
        '<Chart of="fixture" />',
        '',
        '<div>raw HTML</div>',
        '',
        'Text {1 + 1} here.',
        '',
        '<Sizing of="fixture" loads={{ users: count }} />',
        '',
        '<Sizing of="fixture" loads={{ logins: 5 }} />',
        '',
        '<ComponentsTable of="fixture" colour="red" />',
        '',
        'Inline <Diagram of="fixture" /> here.',
        '',
        '<Example>',
        'on its own lines',
        '</Example>',
        '',
        'Value <Fact of="fixture/app" attribute="colour" />.',
      ].join('\n'),
    );
    const expected = [
      ['6:1', 'import: guides import nothing'],
      ['8:1', '<Chart>: unknown guide component. Fix: write Markdown, or use one of the guide components'],
      ['10:1', '<div>: HTML elements are not used in guides'],
      ['12:6', '{expression}: guides hold no code'],
      ['14:1', '<Sizing> loads: {{ users: count }} is code, not data'],
      ['16:1', '<Sizing>: Fixture has no load driver "logins". Fix: use "users" as keys of loads'],
      ['18:1', '<ComponentsTable> colour: unknown attribute "colour". Fix: use "of" or "variant"'],
      ['20:8', '<Diagram>: stands inside a sentence but shows a block'],
      ['22:1', '<Example>: stands on its own lines but marks words inside a sentence'],
      ['26:7', '<Fact> attribute: "colour" is not allowed. Fix: use one of "requirement"'],
    ];
    expect(problems).toHaveLength(expected.length);
    expected.forEach(([where, text], index) => {
      expect(problems[index]).toContain(`content/guides/fixture.mdx:${where}: `);
      expect(problems[index]).toContain(text);
    });
  });

  it('refuses a second components table of one product (its row anchors would repeat)', () => {
    const problems = check('<ComponentsTable of="fixture" />\n\n<ComponentsTable of="fixture" variant="ha" />\n');
    expect(problems).toEqual([
      expect.stringContaining('fixture.mdx:8:1: <ComponentsTable>: a second components table of fixture (the first is on line 6)'),
    ]);
  });

  it('checks the frontmatter: its fields, the product it names, and figures in the title', () => {
    expect(check('Body.\n', '---\ntitle: Fixture on 3 nodes\ndescription: Short.\narchitecture: nope\ncolour: red\n---\n')).toEqual([
      expect.stringMatching(
        /fixture\.mdx:5:9: colour: unknown frontmatter field\. Fix: a guide has title, description, and architecture or category\.$/,
      ),
    ]);
    expect(check('Body.\n', '---\ntitle: Fixture on 3 nodes\ndescription: Short.\narchitecture: nope\n---\n')).toEqual([
      expect.stringMatching(/fixture\.mdx:2:8: title: "3 nodes" is a figure written as plain text\. Fix: keep figures out of the title/),
      expect.stringMatching(/fixture\.mdx:4:15: architecture: no product "nope" in content\/architectures\. Fix: use one of "fixture"\.$/),
    ]);
    expect(check('Body.\n', '---\ntitle: Fixture\ndescription: Short.\n---\n')).toEqual([
      expect.stringMatching(
        /fixture\.mdx:2:1: a guide is about one product or one category\. Fix: give exactly one of architecture or category\.$/,
      ),
    ]);
    expect(check('Body.\n', '')).toEqual([
      expect.stringMatching(/fixture\.mdx:1:1: the guide has no frontmatter\. Fix: start the file with a --- line/),
    ]);
  });

  it('reports an MDX syntax error at its line', () => {
    expect(check('Text\n\n<Fact of="fixture/app" attribute="technology"\n')).toEqual([
      expect.stringMatching(/fixture\.mdx:\d+:\d+: MDX syntax error: .*Fix: close every <Element>/),
    ]);
  });
});
