// The pipeline's layering as data: which folder may import which. One table, read by the `archkb/layers` rule.
// A table rather than eslint-plugin-boundaries: its v7 policy API is young and this layering fits in a screen.

/** Areas of src/lib and the areas each may import (through their index.ts). Lower areas never import higher ones. */
export const libAreas = {
  model: [],
  formats: [],
  cloud: ['model'],
  sizing: ['model', 'cloud'],
  diagram: ['model'],
  content: ['model'],
  authoring: ['model', 'content'],
  guides: ['model', 'content'],
  catalogue: ['model', 'formats', 'cloud', 'sizing'],
  compare: ['model', 'formats', 'cloud', 'sizing', 'catalogue'],
  ask: ['model', 'cloud', 'sizing', 'catalogue', 'compare'],
  markdown: ['model', 'formats', 'cloud', 'sizing', 'catalogue', 'compare', 'ask', 'diagram', 'guides'],
  http: ['model', 'formats', 'cloud', 'sizing', 'catalogue', 'compare', 'ask', 'markdown', 'guides'],
};

/** Folders outside src/lib and what they may import: `lib` means any area's index.ts. */
export const outerLayers = {
  'src/schemas': ['src/schemas'],
  'src/site': ['src/schemas', 'lib', 'src/site'],
  'src/loaders': ['src/schemas', 'lib'],
  'src/scripts': ['src/schemas', 'lib', 'src/scripts'],
  'src/server': ['src/schemas', 'lib', 'src/server'],
  'src/components': ['src/schemas', 'lib', 'src/site', 'src/components', 'src/scripts'],
  'src/layouts': ['src/schemas', 'lib', 'src/site', 'src/components', 'src/layouts', 'src/styles', 'src/scripts'],
  'src/pages': ['src/schemas', 'lib', 'src/site', 'src/components', 'src/layouts', 'src/styles', 'src/scripts'],
};

/** The only file that may read the data/ registries; everything else asks it. */
export const registryReader = 'src/schemas/registries.ts';
