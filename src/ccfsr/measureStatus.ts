// A SIP measure's status each quarter (domain.md section 3), written on the pages as:
//   target met  — the latest value is at or beyond the target in the better direction;
//   improving   — otherwise, better than the baseline by more than a quarter of the planned
//                 improvement (|target - baseline|);
//   worsening   — worse than the baseline by more than that;
//   flat        — in between.
// The quarter of the planned improvement is a setting (flatBand).

export type MeasureStatus = "target met" | "improving" | "flat" | "worsening";

export const DEFAULT_FLAT_BAND = 0.25;

export interface StatusInput {
  baseline: number;
  target: number;
  latest: number | null;
  direction: "higher" | "lower";
  flatBand?: number;
}

export interface StatusResult {
  status: MeasureStatus | null;
  /** Latest minus baseline, signed so that positive is better. */
  changeInBetterDirection: number | null;
  reason?: string;
}

export function measureStatus({ baseline, target, latest, direction, flatBand = DEFAULT_FLAT_BAND }: StatusInput): StatusResult {
  if (latest === null) return { status: null, changeInBetterDirection: null, reason: "no quarterly value yet" };
  const better = direction === "higher" ? 1 : -1;
  const change = (latest - baseline) * better;
  // Slack so that a value equal to its target on paper is not missed by a rounding error.
  if ((latest - target) * better >= -1e-12) return { status: "target met", changeInBetterDirection: change };
  const band = flatBand * Math.abs(target - baseline);
  if (change > band) return { status: "improving", changeInBetterDirection: change };
  if (change < -band) return { status: "worsening", changeInBetterDirection: change };
  return { status: "flat", changeInBetterDirection: change };
}

export const STATUS_RULE =
  "Target met: the latest value is at or beyond the target in the better direction. Improving: better than the baseline by more than a quarter of the planned improvement (the distance from baseline to target). Worsening: worse than the baseline by more than that. Flat: in between.";
