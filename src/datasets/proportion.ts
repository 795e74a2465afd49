// A share with its n and interval, as every percentage in this product is shown. A share
// that cannot be computed (n = 0) is null with the reason, never NaN.
import { wilsonInterval, zForConfidence } from "../stats/wilson.ts";

export interface Proportion {
  share: number | null;
  low: number | null;
  high: number | null;
  reason?: string;
}

export function proportion(successes: number, n: number, confidence: number, emptyReason: string): Proportion {
  const interval = wilsonInterval(successes, n, zForConfidence(confidence));
  if (!interval) return { share: null, low: null, high: null, reason: emptyReason };
  return { share: successes / n, low: interval.low, high: interval.high };
}
