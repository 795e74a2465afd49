// Newcombe's hybrid score interval for the difference of two independent proportions
// (Newcombe 1998, "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Statistics in Medicine 17:873-890, method 10). It combines
// the two Wilson intervals and, unlike the Wald interval, behaves with samples of 12 cases.
import { wilsonInterval, Z_95, type Interval } from "./wilson.ts";

export interface Difference extends Interval {
  /** p2 - p1: the second proportion minus the first (the later review minus the earlier). */
  difference: number;
  /** The interval excludes zero: a change, not noise. */
  excludesZero: boolean;
}

export function newcombeDifference(successes1: number, n1: number, successes2: number, n2: number, z = Z_95): Difference | null {
  const w1 = wilsonInterval(successes1, n1, z);
  const w2 = wilsonInterval(successes2, n2, z);
  if (!w1 || !w2) return null;
  const p1 = successes1 / n1;
  const p2 = successes2 / n2;
  const difference = p2 - p1;
  const low = difference - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2);
  const high = difference + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2);
  return { difference, low, high, excludesZero: low > 0 || high < 0 };
}
