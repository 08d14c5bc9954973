/**
 * A generated statements file for benchmarks and scale tests: statements of
 * 2 to 9 words drawn from a small vocabulary (some scored, some not), spread
 * over six groups and March 2024. The same seed gives the same file.
 */
const WORDS = [
  'great', 'worried', 'jobs', 'partnership', 'not', 'very', 'fear', 'tools', 'amazing', 'replace', 'the', 'demo',
  'but', 'love', 'risk', 'studio', 'writers', 'consent', 'future', 'slop',
];

export function generateStatementsCsv(count: number, seed = 7): string {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['id,text,group,date'];
  for (let i = 0; i < count; i++) {
    const length = 2 + Math.floor(random() * 8);
    const text = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`s${i},${text},Group ${String.fromCharCode(65 + (i % 6))},2024-03-${day}`);
  }
  return lines.join('\n') + '\n';
}

/** Stakeholder groups of the realistic file: twelve, as a large real export might have. */
const GROUPS = [
  'Screenwriters', 'Actors', 'VFX artists', 'Studios', 'AI company', 'Talent agencies', 'News organisations',
  'Film critics', 'Customers', 'Unions', 'Investors', 'Social media',
];

/**
 * A statements file of real sentences: the 3,000 labelled review sentences
 * that ship inside `sentiment` (passed in as `sentences`), drawn at random
 * with repeats into twelve groups of unequal size and dates over a year, so
 * lengths and vocabulary are a user's, not a generator's. Quoted as CSV needs.
 */
export function generateRealisticCsv(count: number, sentences: readonly string[], seed = 11): string {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['id,text,group,date'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < count; i++) {
    const text = sentences[Math.floor(random() * sentences.length)]!.replace(/"/g, '""');
    // Group k is drawn about (k + 1) times as often as group 0: sizes from 1.3% to 15% of the file.
    const g = Math.floor(Math.sqrt(random()) * GROUPS.length);
    const date = new Date(start + Math.floor(random() * 366) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`r${i},"${text}",${GROUPS[g]},${date}`);
  }
  return lines.join('\n') + '\n';
}
