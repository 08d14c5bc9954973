import { describe, expect, it } from 'vitest';
import { readAll } from '../data/reader';
import { createScorer } from '../scoring/score';
import { fileStem, selectionCsv, selectionJson } from './data-files';

const score = createScorer();
const statements = readAll('id,text,group\n1,"=SUM(A1) great",Actors\n2,"Worried, truly",Writers\n', { name: 'a.csv' }).statements.map(
  (s) => ({ ...s, ...score(s.text) }),
);

describe('selection files', () => {
  it('writes CSV with a header row, neutralised formulas, that loads back', () => {
    const csv = selectionCsv(statements);
    expect(csv.split('\r\n')[0]).toBe(
      'id,group,speaker,source,date,url,provenance,text,enthusiasm,concern,net,words,enthusiasmPerWord,concernPerWord,netPerWord,explanation',
    );
    expect(csv).toContain(`"'=SUM(A1) great"`);
    const back = readAll(csv, { name: 'export.csv' }).statements;
    expect(back.map((s) => [s.id, s.group])).toEqual([
      ['1', 'Actors'],
      ['2', 'Writers'],
    ]);
  });

  it('writes JSON that says where it came from and loads back', () => {
    const json = selectionJson(statements, { dataset: 'a.csv', selection: 'All groups', exported: '2026-01-01T00:00:00Z' });
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ dataset: 'a.csv', count: 2 });
    expect(parsed.statements[1]).toMatchObject({ id: '2', group: 'Writers', concern: 3 });
    expect(readAll(json, { name: 'export.json' }).statements).toHaveLength(2);
  });

  it('makes safe file names', () => {
    expect(fileStem('Sora in Hollywood (demo data)')).toBe('sora-in-hollywood-demo-data');
    expect(fileStem('../../etc/passwd.csv')).toBe('etc-passwd');
    expect(fileStem('***')).toBe('statements');
  });
});
