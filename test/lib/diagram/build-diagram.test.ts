import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDiagram, buildStandaloneDiagramSvg, generateMermaid } from '../../../src/lib/diagram/index.ts';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

let cacheDir = '';
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'archkb-build-diagram-'));
  vi.stubEnv('ARCHKB_DIAGRAM_CACHE_DIR', cacheDir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

const source = 'authgear-self-managed#resources-reference';

describe('buildDiagram', () => {
  it('gives the Mermaid text, an accessible SVG, the caption and both export paths', async () => {
    const resolved = resolveVariant(
      buildArchitecture({
        groups: [{ id: 'data', label: 'Data' }],
        components: [
          buildComponentInput({ id: 'db', group: 'data' }),
          buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', necessity: { level: 'optional', source } }),
        ],
        connections: [{ from: 'cache', to: 'db', label: 'reads', basis: 'stated', source }],
      }),
      'default',
    );
    const diagram = await buildDiagram(resolved);
    expect(diagram.mermaid).toBe(generateMermaid(resolved));
    expect(diagram.title).toBe('Fixture architecture diagram: Default');
    expect(diagram.description).toBe(
      '2 components, 1 group, 1 connection. Dashed borders mark optional components, dotted borders conditional ones.',
    );
    expect(diagram.caption).toBe(
      'Boxes are components, grouped by tier from where requests enter down to data, with shared services last; arrows show what flows between them.',
    );
    expect(diagram.mermaidPath).toBe('/architectures/fixture/default/diagram.mmd');
    expect(diagram.svgPath).toBe('/architectures/fixture/default/diagram.svg');
    expect(diagram.svg).toContain('Fixture architecture diagram: Default</title>');
    expect(diagram.svg).toContain('2 components, 1 group, 1 connection.');
  });

  it('counts in the plural for none or several', async () => {
    const resolved = resolveVariant(buildArchitecture(), 'default');
    expect((await buildDiagram(resolved)).description).toBe(
      '1 component, 0 groups, 0 connections. Dashed borders mark optional components, dotted borders conditional ones.',
    );
  });
});

describe('buildStandaloneDiagramSvg', () => {
  it('is an XML file with the palette and the same title', async () => {
    const svg = await buildStandaloneDiagramSvg(resolveVariant(buildArchitecture(), 'default'));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg).toContain('Fixture architecture diagram: Default</title>');
    expect(svg).toMatch(/--bg: #ffffff;/);
  });
});
