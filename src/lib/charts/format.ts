/** Number formats shared by the views. */
import { hasInterval } from '../aggregate/interval';

/** A score to at most one decimal (or `digits`): "3", "2.3", "0". */
export function formatScore(value: number, digits = 1): string {
  // Halves round away from zero on both sides, so −2.25 and 2.25 read alike.
  const scale = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * scale)) / scale;
  return (rounded === 0 ? 0 : rounded).toString();
}

/** A signed score: "+3", "−2.3" (a true minus sign), "0". */
export function formatSigned(value: number, digits = 1): string {
  const text = formatScore(Math.abs(value), digits);
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : `\u2212${text}`;
}

/**
 * Decimals an axis needs so that ticks this far apart read apart: 1 for steps of 0.1 to 0.9,
 * 2 for 0.01 to 0.09 (ticks 0.02 apart at one decimal would read "0, 0, 0, +0.1…").
 */
export function tickDigits(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 0;
  // The small margin keeps a step of 0.1 held as 0.09999… at one decimal.
  return step > 0 ? Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) : 0;
}

/**
 * An axis tick: signed, with every label of the axis at the same decimals ("+0.08, +0.10, +0.12"),
 * which formatSigned's dropped zeros would mix ("+0.08, +0.1, +0.12"). Zero stays "0".
 */
export function formatTick(value: number, ticks: readonly number[]): string {
  const digits = tickDigits(ticks);
  const text = formatSigned(value, digits);
  if (text === '0') return text;
  return `${text.slice(0, 1)}${Math.abs(value).toFixed(digits)}`;
}

/** "1 statement", "1,234 statements". */
export function formatCount(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** "17 KB", "4.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** What stands for the interval of a group too small to have one (fewer than two statements). */
export const NO_INTERVAL = 'n too small';

/** "(1.1 to 3.5)", or "(n too small)" when there is no interval to give. */
function intervalText(low: number, high: number, format: (value: number) => string): string {
  return hasInterval({ low, high }) ? `(${format(low)} to ${format(high)})` : `(${NO_INTERVAL})`;
}

/** "2.3 (1.1 to 3.5)": a mean with its 95% interval; "2.3 (n too small)" for a group of one statement. */
export function formatInterval(mean: number, low: number, high: number): string {
  return `${formatScore(mean)} ${intervalText(low, high, formatScore)}`;
}

/** "+0.42 (+0.31 to +0.53)": a signed mean with its 95% interval, at `digits` decimals; "+0.71 (n too small)" without one. */
export function formatSignedInterval(mean: number, low: number, high: number, digits = 2): string {
  return `${formatSigned(mean, digits)} ${intervalText(low, high, (v) => formatSigned(v, digits))}`;
}
