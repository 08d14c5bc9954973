import { describe, expect, it } from 'vitest';
import { isFull, keepProblem } from './problems';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('keepProblem', () => {
  it.each([
    [named('QuotaExceededError'), true],
    [named('AbortError', 'Transaction aborted: quota exceeded'), true],
    [named('AbortError', 'The transaction was aborted'), false],
    [named('InvalidStateError'), false],
    [named('SecurityError'), false],
    [new ReferenceError('indexedDB is not defined'), false],
    [null, false],
    ['a string', false],
  ])('reads %s as full: %s', (error, full) => {
    expect(isFull(error)).toBe(full);
  });

  it('says the store is full and that what is on screen stays', () => {
    const text = keepProblem(named('QuotaExceededError'), 'your file');
    expect(text).toContain('storage for this site is full, so your file could not be kept');
    expect(text).toContain('stays on screen');
  });

  it('says a blocked store will lose the data at a reload', () => {
    expect(keepProblem(named('InvalidStateError'), 'your labels')).toContain('so your labels will be gone after a reload');
  });
});
