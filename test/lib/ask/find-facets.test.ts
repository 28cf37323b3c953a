import { describe, expect, it } from 'vitest';
import { findFacets } from '../../../src/lib/ask/find-facets.ts';

describe('findFacets', () => {
  it('lists the items after a colon, the last one joined by ", and"', () => {
    expect(findFacets('Deploying on the container service: task size, container port, health-check path, and grace period?')).toEqual([
      'task size',
      'container port',
      'health-check path',
      'grace period',
    ]);
  });

  it('lists the items after a dash between spaces, joined by "and"', () => {
    expect(findFacets('What cache settings does it want - eviction policy and node type?')).toEqual(['eviction policy', 'node type']);
  });

  it('does not take a hyphen inside a word for a dash', () => {
    expect(findFacets('What is the health-check path and the grace period?')).toEqual([]);
  });

  it('finds three or more short comma-separated items without a colon or dash', () => {
    expect(findFacets('Which port, which protocol, and which path does the probe use?')).toEqual([
      'Which port',
      'which protocol',
      'which path does the probe use',
    ]);
  });

  it('keeps "10,000" whole rather than reading its comma as a separator', () => {
    expect(findFacets('Sizing for 10,000 users: CPU, memory')).toEqual(['CPU', 'memory']);
    expect(findFacets('Is 10,000 users, 20,000 users or more the tested load?')).toEqual([]);
  });

  it('is empty when what follows the colon is a clause rather than a list of short items', () => {
    expect(findFacets('Background: we run three clusters across two regions and want to know what the database needs?')).toEqual([]);
  });

  it('is empty when only one item follows the colon', () => {
    expect(findFacets('Question: the database version?')).toEqual([]);
  });

  it('reads semicolons and slashes between words as separators', () => {
    expect(findFacets('Worker pods: replica count; CPU request / memory request')).toEqual([
      'replica count',
      'CPU request',
      'memory request',
    ]);
  });

  it('reads a terse question with no question word as items joined by "and"', () => {
    expect(findFacets('quillstack orbit task size and container port?')).toEqual(['quillstack orbit task size', 'container port']);
  });

  it('does not split a question that opens with a question word, or a long one, at "and"', () => {
    expect(findFacets('What is the task size and container port?')).toEqual([]);
    expect(findFacets('quillstack orbit task size and container port and worker replica count today')).toEqual([]);
  });

  it('drops every trailing question mark, full stop, exclamation mark and space before reading the list', () => {
    expect(findFacets('Quillstack sizing: CPU, memory?!. ')).toEqual(['CPU', 'memory']);
  });

  it('trims the items and drops empty ones between doubled separators', () => {
    expect(findFacets('Quillstack cache -  eviction policy ,  node type')).toEqual(['eviction policy', 'node type']);
    expect(findFacets('Quillstack sizing: CPU, , memory')).toEqual(['CPU', 'memory']);
  });

  it('reads only what follows the marker', () => {
    expect(findFacets('Quillstack and Lanternpad: CPU and memory')).toEqual(['CPU', 'memory']);
  });

  it('takes an item of up to five words, not six', () => {
    expect(findFacets('Quillstack: one two three four five, memory')).toEqual(['one two three four five', 'memory']);
    expect(findFacets('Quillstack: one two three four five six, memory')).toEqual([]);
  });

  it('falls back to a comma list when what follows the colon is one item', () => {
    expect(findFacets('Which port, which protocol, and which path: the probe?')).toEqual([
      'Which port',
      'which protocol',
      'which path: the probe',
    ]);
  });

  it('needs three comma-separated items without a marker, the middle ones short', () => {
    expect(findFacets('Which port, and which protocol does the Quillstack probe use?')).toEqual([]);
    expect(findFacets('Which port, which protocol does the Quillstack health probe use today, and which path?')).toEqual([]);
    expect(findFacets('Which port, which protocol OR which path does the probe use')).toEqual([]);
    expect(findFacets('Which port, which protocol, OR which path does the probe use')).toEqual([
      'Which port',
      'which protocol',
      'which path does the probe use',
    ]);
  });

  it('reads a terse question of up to ten words, and only when it joins two or more short items', () => {
    expect(findFacets('quillstack orbit task size and container port and worker count')).toEqual([
      'quillstack orbit task size',
      'container port',
      'worker count',
    ]);
    // Ten words with a doubled space between two of them are still ten words.
    expect(findFacets('quillstack orbit task size and container port and worker  count')).toEqual([
      'quillstack orbit task size',
      'container port',
      'worker  count',
    ]);
    expect(findFacets('quillstack orbit task size?')).toEqual([]);
    expect(findFacets('quillstack orbit worker task size limit and port')).toEqual([]);
  });

  it('counts words, not gaps, and splits commas with or without spaces around them', () => {
    expect(findFacets('Quillstack: one two three  four five, memory')).toEqual(['one two three  four five', 'memory']);
    expect(findFacets('  Which port,which protocol,and which path does the probe use')).toEqual([
      'Which port',
      'which protocol',
      'which path does the probe use',
    ]);
  });
});
