import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { madeOnNotice, madeOnValue, readMadeOn } from './made-on';

describe('readMadeOn', () => {
  it.each([
    ['', null],
    ['?dataset=my%20file.csv~1a2b3c4d', { name: 'my file.csv', fingerprint: '1a2b3c4d' }],
    ['?dataset=a~b.csv~00000000', { name: 'a~b.csv', fingerprint: '00000000' }],
  ])('reads %j', (search, made) => {
    expect(readMadeOn(search)).toEqual(made);
  });

  it.each(['?dataset=', '?dataset=file.csv', '?dataset=file.csv~XYZ', '?dataset=~1a2b3c4d', '?dataset=%0A~1a2b3c4d'])(
    'gives a notice for %j',
    (search) => {
      expect(readMadeOn(search)).toHaveProperty('error');
    },
  );

  it('cuts a long name and removes control characters', () => {
    const made = readMadeOn(`?dataset=${'x'.repeat(500)}%0Ay~1a2b3c4d`);
    expect(made).toMatchObject({ fingerprint: '1a2b3c4d' });
    expect((made as { name: string }).name.length).toBeLessThanOrEqual(120);
    expect((made as { name: string }).name).not.toContain('\n');
  });

  it('removes bidi controls, so a link cannot name data that reads as other data', () => {
    expect(readMadeOn(`?dataset=${encodeURIComponent('report\u202Evsc.exe')}~1a2b3c4d`)).toEqual({ name: 'reportvsc.exe', fingerprint: '1a2b3c4d' });
  });

  it('round-trips any name through madeOnValue', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 100 }).filter((s) => /[^\s\u0000-\u001f\u007f\u2028\u2029]/.test(s)), (name) => {
        const read = readMadeOn(`?dataset=${madeOnValue({ name, fingerprint: 'abcdef01' })}`);
        expect(read).toEqual({ name: name.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').trim(), fingerprint: 'abcdef01' });
      }),
    );
  });
});

describe('madeOnNotice', () => {
  const made = { name: 'survey.csv', fingerprint: '1a2b3c4d' };
  it('says nothing when the data is the one the link was made on', () => {
    expect(madeOnNotice(made, { name: 'renamed.csv', fingerprint: '1a2b3c4d', isDefault: false })).toBe('');
  });

  it('names the data and says the demo is shown instead', () => {
    expect(madeOnNotice(made, { name: 'Demo', fingerprint: 'ffffffff', isDefault: true })).toBe(
      'This link was made on "survey.csv" (fingerprint 1a2b3c4d), which is not loaded in this browser: showing the demo ' +
        'data instead, and only the filters that fit it. Load "survey.csv" to see the view as it was shared.',
    );
  });

  it('names both datasets when other data is loaded', () => {
    const text = madeOnNotice(made, { name: 'other.csv', fingerprint: 'ffffffff', isDefault: false });
    expect(text).toContain('the data here is "other.csv" (fingerprint ffffffff)');
  });
});
