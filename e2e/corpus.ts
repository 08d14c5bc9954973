/**
 * Statements files made of real sentences for the chart's tests: the labelled
 * product, film and restaurant reviews that ship inside the `sentiment`
 * package (node_modules/sentiment/test/fixtures), drawn into stakeholder groups
 * with a seeded random. Each group leans its own way (its share of positive
 * sentences), so the groups truly differ, as stakeholders do; group sizes can
 * be uneven, and dates run over ten weeks with a short last week. The same
 * seed gives the same file. Nothing of it is committed: it is made in the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Labelled {
  text: string;
  class: 0 | 1;
}

function sentences(): { positive: string[]; negative: string[] } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('sentiment/package.json')), 'test', 'fixtures');
  const all: Labelled[] = ['amazon', 'imdb', 'yelp'].flatMap((name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Labelled[]);
  return { positive: all.filter((s) => s.class === 1).map((s) => s.text), negative: all.filter((s) => s.class === 0).map((s) => s.text) };
}

export interface CorpusGroup {
  name: string;
  /** Share of the statements. */
  weight: number;
  /** Chance that one of its statements is a positive sentence. */
  positive: number;
}

/** Ten groups of the argument over AI in film, equally large, leaning from hopeful to alarmed. */
export const TEN_GROUPS: CorpusGroup[] = [
  'Studio executives',
  'Tech companies',
  'Investors',
  'Film critics',
  'Audiences',
  'Press',
  'Talent agencies',
  'VFX artists',
  'Actors',
  'Screenwriters',
].map((name, i) => ({ name, weight: 1, positive: 0.85 - i * 0.07 }));

/** Six groups of very uneven size (40% down to 5%), for density: the smallest must stay visible. */
export const UNEVEN_GROUPS: CorpusGroup[] = [
  { name: 'Social media', weight: 0.4, positive: 0.45 },
  { name: 'Film critics', weight: 0.25, positive: 0.6 },
  { name: 'Press', weight: 0.15, positive: 0.35 },
  { name: 'Audiences', weight: 0.1, positive: 0.7 },
  { name: 'Screenwriters', weight: 0.05, positive: 0.15 },
  { name: 'Tech companies', weight: 0.05, positive: 0.9 },
];

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

export function corpusCsv(count: number, groups: readonly CorpusGroup[], seed = 11): string {
  const { positive, negative } = sentences();
  let state = seed >>> 0;
  // mulberry32: small, seeded, good enough to draw sentences.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const total = groups.reduce((n, g) => n + g.weight, 0);
  const lines = ['id,text,group,date'];
  const start = Date.UTC(2024, 1, 5); // a Monday
  for (let i = 0; i < count; i++) {
    let pick = random() * total;
    const group = groups.find((g) => (pick -= g.weight) < 0) ?? groups[groups.length - 1]!;
    const pool = random() < group.positive ? positive : negative;
    const text = pool[Math.floor(random() * pool.length)]!;
    // Ten weeks and two days: the last week is a short stub.
    const day = Math.floor(random() * 72);
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    lines.push(`c${i},${quote(text)},${group.name},${date}`);
  }
  return lines.join('\n') + '\n';
}
