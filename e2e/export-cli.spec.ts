import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness';

const root = new URL('..', import.meta.url).pathname;
const exportChart = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'export', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 170_000 });

test('npm run export writes the chart as SVG and as PNG, through the browser', async () => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  const svg = exportChart(
    '--view', 'quadrant', '--groups', 'Actors,Screenwriters', '--fit', 'statements', '--title', 'Who worries?', '--byline', 'Chart: The Desk',
    '--out', join(dir, 'chart.svg'),
  );
  expect(svg.status, svg.stderr).toBe(0);
  expect(svg.stderr).toContain('20 statements');
  const text = readFileSync(join(dir, 'chart.svg'), 'utf8');
  expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(text.match(/<circle /g)).toHaveLength(20);
  expect(text).toContain('>Who worries?</text>');
  expect(text).toContain('>Chart: The Desk</text>');
  // Fitted to every statement, as the dashboard's All statements: its axes are on a square-root scale.
  expect(text).toMatch(/>Concern \([^<]*√ scale\) →<\/text>/);
  expect(text).not.toContain('>Mean concern');

  const png = exportChart('--view', 'quadrant', '--data', 'e2e/fixtures/formats/statements.tsv', '--out', join(dir, 'chart.png'));
  expect(png.status, png.stderr).toBe(0);
  const bytes = readFileSync(join(dir, 'chart.png'));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(2000);

  const bad = exportChart('--view', 'timeline', '--out', join(dir, 'x.svg'));
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain('--view timeline is not available');
  const badFit = exportChart('--fit', 'wide', '--out', join(dir, 'x.svg'));
  expect(badFit.status).toBe(1);
  expect(badFit.stderr).toContain('--fit must be groups or statements, not wide');
});

test('npm run export lists its options for --help, and names an output folder that does not exist before it builds anything', async () => {
  test.setTimeout(180_000);
  const help = exportChart('--help');
  const missing = join(tmpdir(), 'no-such-folder-for-export', 'chart.svg');
  const bad = exportChart('--out', missing);
  expect([help.status, help.stdout.includes("--width W         the chart's width"), bad.status, bad.stderr.split('\n')[0]]).toEqual([
    0,
    true,
    1,
    `export failed: --out ${missing}: its folder does not exist`,
  ]);
});
