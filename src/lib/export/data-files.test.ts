import { describe, expect, it } from 'vitest';
import { readAll } from '../data/reader';
import { createScorer } from '../scoring/score';
import { fileStem, selectionCsv, selectionJson } from './data-files';
import { methodCard } from './method-card';

const CSV_SCORES = ['enthusiasm', 'concern', 'net', 'polarity', 'quadrant', 'words', 'enthusiasmPerWord', 'concernPerWord', 'netPerWord', 'explanation'];

const score = createScorer();
const statements = readAll('id,text,group\n1,"=SUM(A1) great",Actors\n2,"Worried, truly",Writers\n', { name: 'a.csv' }).statements.map(
  (s) => ({ ...s, ...score(s.text) }),
);

const card = methodCard({
  edits: new Map([['sora', 2]]),
  filters: { groups: ['=cmd|evil', 'Writers, "the guild"\nnext'] },
  statements: 2,
  dataset: 'a.csv',
  date: new Date('2026-11-25T12:00:00Z'),
});

describe('selection files', () => {
  it('writes CSV with the method card as one comment cell, a header row, neutralised formulas, that loads back', () => {
    const csv = selectionCsv(statements, card, new Map([['2', 'concerned']]));
    const [comment, header, first, second] = csv.split('\r\n');
    expect(comment).toMatch(/^# Stakeholder Sentiment method card \| Model: Stakeholder Sentiment scorer 2\.1/);
    expect(comment).toContain('Lexicon: edited domain lexicon (1 word changed');
    expect(comment).toContain('Date: 2026-11-25');
    // No separator, quote or line break from the data can split the comment into cells.
    expect(comment).not.toMatch(/[,;"\n]/);
    expect(header).toBe(
      'id,group,speaker,source,date,url,provenance,label,text,enthusiasm,concern,net,polarity,quadrant,words,enthusiasmPerWord,concernPerWord,netPerWord,explanation',
    );
    expect(first).toContain(`"'=SUM(A1) great"`);
    expect(second).toContain(',concerned,');
    const back = readAll(csv, { name: 'export.csv' }).statements;
    expect(back.map((s) => [s.id, s.group, s.label])).toEqual([
      ['1', 'Actors', ''],
      ['2', 'Writers', 'concerned'],
    ]);
  });

  it('writes JSON that says where it came from and loads back', () => {
    const about = { dataset: 'a.csv', selection: 'All groups', exported: '2026-01-01T00:00:00Z' };
    const json = selectionJson(statements, about, card, new Map([['1', 'enthusiastic']]));
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ dataset: 'a.csv', count: 2, method: { statements: 2, date: '2026-11-25' } });
    expect(parsed.method.lexicon).toMatch(/^edited domain lexicon/);
    expect(parsed.statements[0]).toMatchObject({ id: '1', label: 'enthusiastic' });
    expect(parsed.statements[1]).toMatchObject({ id: '2', group: 'Writers', concern: score('Worried, truly').concern, label: '' });
    expect(readAll(json, { name: 'export.json' }).statements).toHaveLength(2);
  });

  it('gives back every column of the file, after ours, in CSV and JSON, and loads back with them', () => {
    const file =
      'Headline,Mention Content,Author,Reach,text,__proto__,net\n' +
      'Big news,"Studios love it, truly",Ann,"5,000",second text,x,9\n' +
      'Other,Writers worry,Bob,=1+1,,,\n';
    const read = readAll(file, { name: 'monitoring.csv', columns: { text: 'Mention Content', group: 'Author' } });
    const extra = read.reader.extraColumns;
    expect(extra).toEqual(['Headline', 'Reach', 'text', '__proto__', 'net']);
    const scored = read.statements.map((s) => ({ ...s, ...score(s.text) }));
    const csv = selectionCsv(scored, card, new Map(), extra).split('\r\n');
    // A name ours already uses gets a suffix; a score column from an earlier download is scored anew, not kept.
    expect(csv[1]).toMatch(/,explanation,Headline,Reach,text \(2\),__proto__$/);
    expect(csv[2]).toMatch(/,Big news,"5,000",second text,x$/);
    expect(csv[3]).toMatch(/,Other,"'=1\+1",,$/);
    const back = readAll(csv.join('\r\n'), { name: 'again.csv' });
    expect(back.reader.extraColumns).toEqual([...CSV_SCORES, 'Headline', 'Reach', 'text (2)', '__proto__']);
    expect(back.statements[0]!.extra!.slice(-4)).toEqual(['Big news', '5,000', 'second text', 'x']);

    const json = JSON.parse(selectionJson(scored, { dataset: 'm', selection: 'All', exported: '' }, card, new Map(), extra));
    const keys = Object.keys(json.statements[0]);
    expect(keys.slice(-4)).toEqual(['Headline', 'Reach', 'text (2)', '__proto__']);
    expect(json.statements[0]).toMatchObject({ Headline: 'Big news', Reach: '5,000', text: 'Studios love it, truly' });
    expect(Object.getPrototypeOf(json.statements[0])).toBe(Object.prototype);
  });

  it('makes safe file names', () => {
    expect(fileStem('Sora in Hollywood (demo data)')).toBe('sora-in-hollywood-demo-data');
    expect(fileStem('../../etc/passwd.csv')).toBe('etc-passwd');
    expect(fileStem('***')).toBe('statements');
  });
});
