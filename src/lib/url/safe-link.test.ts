import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeHttpUrl } from './safe-link';

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['  HTTP://example.org  ', 'http://example.org/'],
  ])('links %j', (input, href) => {
    expect(safeHttpUrl(input)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/x',
    '/relative/path',
    'https://',
    'ftp://example.org',
    'https:\\\\evil',
  ])('keeps %j as text', (input) => {
    expect(safeHttpUrl(input)).toBeNull();
  });

  it('only ever returns http or https links', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (input) => {
        const href = safeHttpUrl(input);
        if (href !== null) expect(new URL(href).protocol).toMatch(/^https?:$/);
      }),
    );
  });
});
