import type { GuideComponentName } from '../../lib/guides/index.ts';
import Cite from './Cite.astro';
import Example from './Example.astro';
import Fact from './Fact.astro';
import GuideCloudMapping from './GuideCloudMapping.astro';
import GuideComparison from './GuideComparison.astro';
import GuideComponentsTable from './GuideComponentsTable.astro';
import GuideDiagram from './GuideDiagram.astro';
import GuideSizing from './GuideSizing.astro';

/**
 * The components a guide's MDX is rendered with, by the names guides write. Keyed by the guide check's registry, so a
 * component the check accepts always has a view here (and the other way round).
 */
export const guideComponentMap = {
  Fact,
  Cite,
  Example,
  ComponentsTable: GuideComponentsTable,
  Diagram: GuideDiagram,
  CloudMapping: GuideCloudMapping,
  Sizing: GuideSizing,
  Comparison: GuideComparison,
} satisfies Record<GuideComponentName, unknown>;
