/**
 * The theme's text colors against the backgrounds they sit on, in both the
 * light and the dark theme, read from app.css: every pair must meet WCAG AA
 * for normal text (4.5:1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

/** Both themes' value of a custom property: [light, dark]. */
function colors(name: string): [string, string] {
  const value = new RegExp(`${name}:\\s*([^;]+);`).exec(root)?.[1]?.trim() ?? '';
  const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value);
  if (pair) return [pair[1]!, pair[2]!];
  return [value, value];
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('theme contrast', () => {
  it.each([
    ['--text', '--bg'],
    ['--text', '--panel'],
    ['--text', '--notice'],
    ['--muted', '--bg'],
    ['--muted', '--panel'],
    ['--axis', '--bg'],
    ['--up', '--up-bg'],
    ['--down', '--down-bg'],
    ['--error-text', '--error'],
  ])('%s on %s meets 4.5:1 in both themes', (text, background) => {
    const [lightText, darkText] = colors(text);
    const [lightBackground, darkBackground] = colors(background);
    expect(lightText).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrast(lightText, lightBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(darkText, darkBackground)).toBeGreaterThanOrEqual(4.5);
  });
});
