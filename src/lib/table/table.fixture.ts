/**
 * For tests: a statement table holding these statements, built the way the page builds one (packed
 * as the worker packs, appended as the page appends). Fields a test leaves out take plain defaults:
 * an id by position, '' for text fields, 0 for numbers, net = enthusiasm − concern.
 */
import type { Scored } from '../types';
import { quadrantOf } from '../scoring/polarity';
import { TableBuilder } from './builder';
import { packScored } from './pack.fixture';
import { Selected } from './selected';
import type { StatementTable } from './table';

export function tableOf(rows: readonly Partial<Scored>[]): StatementTable {
  const builder = new TableBuilder();
  const full = rows.map(complete);
  if (full.length) builder.append(packScored(full, full));
  return builder.finish();
}

/** Every row of tableOf(rows), selected. */
export function selectedOf(rows: readonly Partial<Scored>[]): Selected {
  return new Selected(tableOf(rows));
}

function complete(row: Partial<Scored>, i: number): Scored {
  const enthusiasm = row.enthusiasm ?? 0;
  const concern = row.concern ?? 0;
  const contributions = row.contributions ?? [];
  return {
    id: `s${i}`,
    text: '',
    group: '',
    speaker: '',
    source: '',
    date: '',
    url: '',
    provenance: '',
    label: '',
    words: 0,
    enthusiasmPerWord: 0,
    concernPerWord: 0,
    netPerWord: 0,
    polarity: 0,
    ...row,
    enthusiasm,
    concern,
    net: row.net ?? enthusiasm - concern,
    quadrant: quadrantOf(enthusiasm, concern),
    scoredWords: contributions.length,
    contributions,
  };
}
