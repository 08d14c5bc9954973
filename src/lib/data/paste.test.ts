import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linesFile, readPaste } from './paste';
import { readAll } from './reader';

describe('readPaste', () => {
  it.each([
    ['', null],
    [' \n\t\n', null],
    ['text\tgroup\r\nGreat\tStudios\r\n', { kind: 'table', tsv: 'text\tgroup\nGreat\tStudios\n', rows: 1 }],
    ['One statement', { kind: 'lines', lines: ['One statement'] }],
    ['first\n\n  second  \n', { kind: 'lines', lines: ['first', 'second'] }],
    ['a\tb', { kind: 'lines', lines: ['a\tb'] }],
  ])('reads %j', (text, expected) => {
    expect(readPaste(text)).toEqual(expected);
  });

  it('gives a table the reader loads, quoted cells with line breaks included', () => {
    const pasted = readPaste('Statement\tStakeholder\tReach\n"Two\nlines, great"\tStudios\t5000\nWe worry\tWriters\t12\n');
    expect(pasted?.kind).toBe('table');
    const { statements } = readAll(pasted!.kind === 'table' ? pasted!.tsv : '', { format: 'tsv' });
    expect(statements.map((s) => [s.text, s.group, s.extra])).toEqual([
      ['Two\nlines, great', 'Studios', ['5000']],
      ['We worry', 'Writers', ['12']],
    ]);
  });

  it('makes every pasted line one statement of the group given, whatever it holds', () => {
    const line = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/[\r\n]/.test(s) && s.trim() !== '' && /[^\s\p{Cf}\p{Cc}]/u.test(s));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.constantFrom('Pasted', 'Writers, "the guild"'), (lines, group) => {
        const pasted = readPaste(lines.join('\n'));
        fc.pre(pasted?.kind === 'lines');
        const { statements } = readAll(linesFile(pasted.kind === 'lines' ? pasted.lines : [], group), { format: 'ndjson' });
        expect(statements.map((s) => [s.text, s.group])).toEqual(lines.map((l) => [l.trim().toWellFormed(), group]));
      }),
    );
  });
});
