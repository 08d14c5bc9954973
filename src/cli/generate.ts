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
