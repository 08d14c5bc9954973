/**
 * 95% confidence interval for a mean, from Student's t distribution:
 * mean ± t(0.975, n−1) · s / √n. Analytic, so the same data always gives the
 * same interval. Under two values there is none (both ends NaN): one value
 * says nothing about the spread, and a "from x to x" would pass for certainty.
 */
import type { Interval } from '../types';

/** Two-sided 95% critical values of t for 1…30 degrees of freedom. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function tCritical95(degreesOfFreedom: number): number {
  if (degreesOfFreedom < 1) return NaN;
  if (degreesOfFreedom <= 30) return T95[degreesOfFreedom - 1]!;
  // Beyond 30 the t quantile approaches 1.96; this series is within 0.001 of it.
  const d = degreesOfFreedom;
  return 1.959964 + 2.37228 / d + 2.82148 / (d * d);
}

/**
 * The mean and its interval over values given one at a time, by Welford's method: no list of
 * values is kept, and the variance is as accurate as a second pass over them would make it.
 */
export class RunningInterval {
  count = 0;
  #mean = 0;
  /** Sum of squared deviations from the running mean. */
  #squares = 0;

  add(value: number) {
    this.count += 1;
    const before = value - this.#mean;
    this.#mean += before / this.count;
    this.#squares += before * (value - this.#mean);
  }

  /** The mean of the values so far (NaN before the first). */
  get mean(): number {
    return this.count === 0 ? NaN : this.#mean;
  }

  interval(): Interval {
    const n = this.count;
    if (n < 2) return { low: NaN, high: NaN };
    const half = tCritical95(n - 1) * Math.sqrt(this.#squares / (n - 1) / n);
    return { low: this.#mean - half, high: this.#mean + half };
  }
}

export function meanInterval(values: ArrayLike<number>): Interval {
  const running = new RunningInterval();
  for (let i = 0; i < values.length; i++) running.add(values[i]!);
  return running.interval();
}

/** Whether an interval was made: false for a group under two statements, whose ends are NaN. */
export function hasInterval(interval: Interval): boolean {
  return Number.isFinite(interval.low) && Number.isFinite(interval.high);
}
