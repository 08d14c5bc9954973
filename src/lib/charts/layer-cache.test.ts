import { describe, expect, it } from 'vitest';
import type { Contribution, Scored } from '../types';
import { Selected } from '../table/selected';
import { selectedOf } from '../table/table.fixture';
import { geometryKey, LayerCache, layerGroups, type LayerGeometry, type LayerGroup } from './layer-cache';
import { planePoints } from './points';
import { quadrantLayout } from './quadrant';

const word: Contribution = { token: 'good', start: 0, end: 4, weight: 3, reasons: [] };
/** A statement of ten words, three of them scored, or none when `hollow` (insufficient evidence). */
const statement = (id: string, group: string, hollow = false): Partial<Scored> => ({
  id,
  group,
  enthusiasm: 2,
  concern: 1,
  words: 10,
  contributions: hollow ? [] : [word, word, word],
});

const colors = new Map([
  ['Actors', '#0072b2'],
  ['Screenwriters', '#e69f00'],
]);
const layout = quadrantLayout(60, 40, [0, 4], { top: 2, right: 2, bottom: 2, left: 2 });
const geometry: LayerGeometry = { layout, radius: 2, ratio: 1, dim: false, faint: false };
const ids = (selected: Selected, group: LayerGroup) => Array.from(group.rows, (i) => selected.table.id[i]);

describe('layerGroups', () => {
  it('splits the selection by colour and by filled or hollow, the largest group first', () => {
    const selected = selectedOf([
      statement('a1', 'Actors'),
      statement('s1', 'Screenwriters'),
      statement('s2', 'Screenwriters'),
      statement('a2', 'Actors', true),
      statement('x1', 'Unlisted'),
    ]);
    expect(layerGroups(selected, colors).map((g) => [g.color, g.hollow, ids(selected, g)])).toEqual([
      ['#e69f00', false, ['s1', 's2']],
      ['#0072b2', false, ['a1']],
      ['#0072b2', true, ['a2']],
      ['#666666', false, ['x1']],
    ]);
  });
});

describe('LayerCache', () => {
  const selected = selectedOf([statement('a1', 'Actors'), statement('a2', 'Actors'), statement('a3', 'Actors')]);
  const twoRows = new Selected(selected.table, Uint32Array.from([0, 1]));
  const [actors] = layerGroups(twoRows, colors);

  it('counts a group once and keeps its layer while its rows and geometry stay the same', () => {
    const cache = new LayerCache();
    const first = cache.layer(actors!, geometry);
    expect(cache.layer({ ...actors!, rows: actors!.rows.slice() }, geometry)).toBe(first);
  });

  it.each([
    ['another statement', layerGroups(selected, colors)[0]!, geometry],
    ['another table', layerGroups(selectedOf([statement('a1', 'Actors'), statement('a2', 'Actors')]), colors)[0]!, geometry],
    ['another radius', actors!, { ...geometry, radius: 3 }],
    ['another size', actors!, { ...geometry, layout: quadrantLayout(80, 40, [0, 4], layout.margin) }],
    ['faded marks', actors!, { ...geometry, faint: true }],
    ['another enthusiasm axis alone', actors!, { ...geometry, layout: quadrantLayout(60, 40, { x: [0, 4], y: [0, 8] }, layout.margin) }],
    ['linear scales', actors!, { ...geometry, layout: quadrantLayout(60, 40, [0, 4], layout.margin, 1) }],
  ] as [string, LayerGroup, LayerGeometry][])('counts the layer again for %s', (_, group, changed) => {
    const cache = new LayerCache();
    cache.build(actors!, geometry);
    expect(cache.isStale(group, geometryKey(changed))).toBe(true);
  });

  it('counts the layer again when the groups move to other places, as many as before', () => {
    const cache = new LayerCache();
    cache.build(actors!, { ...geometry, offsets: new Map([['Actors', [5, 0]]]) });
    expect(cache.isStale(actors!, geometryKey({ ...geometry, offsets: new Map([['Actors', [0, 5]]]) }))).toBe(true);
  });

  it('keeps a filled and a hollow layer of one colour apart', () => {
    const cache = new LayerCache();
    const filled = cache.build(actors!, geometry);
    expect(cache.layer({ ...actors!, hollow: true }, geometry)).not.toBe(filled);
    expect(cache.size).toBe(2);
  });

  it('forgets the layers of groups no longer drawn', () => {
    const cache = new LayerCache();
    const [screenwriters] = layerGroups(selectedOf([statement('s1', 'Screenwriters')]), colors);
    cache.build(actors!, geometry);
    cache.build(screenwriters!, geometry);
    cache.keepOnly([screenwriters!]);
    expect([cache.size, cache.isStale(actors!, geometryKey(geometry)), cache.isStale(screenwriters!, geometryKey(geometry))]).toEqual([1, true, false]);
  });

  it('counts a hollow mark as a ring: its centre stays clear', () => {
    const cache = new LayerCache();
    const one = selectedOf([statement('h', 'Actors', true)]);
    const [ring] = layerGroups(one, colors);
    const { counts } = cache.build(ring!, { ...geometry, radius: 6 });
    // Where the mark's centre lands, nudged as every mark is (points.ts).
    const [cx, cy] = planePoints(one.table, one.rows, layout, 6, 1);
    const total = counts.reduce((n, c) => n + c, 0);
    expect([ring!.hollow, total > 0, counts[Math.floor(cy!) * layout.width + Math.floor(cx!)]]).toEqual([true, true, 0]);
  });
});
