/**
 * 95% confidence interval for a mean, from Student's t distribution:
 * mean ± t(0.975, n−1) · s / √n. Analytic, so the same data always gives the
 * same interval. With one value the interval is the value itself.
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

export function meanInterval(values: ArrayLike<number>): Interval {
  const n = values.length;
  if (n === 0) return { low: NaN, high: NaN };
  // Plain loops in this order (sum, then squared deviations) give the same figures as before, faster.
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  if (n === 1) return { low: mean, high: mean };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  const variance = squares / (n - 1);
  const half = tCritical95(n - 1) * Math.sqrt(variance / n);
  return { low: mean - half, high: mean + half };
}
