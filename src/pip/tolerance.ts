// The two tolerance checks of seed 004, each returning the numbers it compared so that a page
// can show why a window passed or failed. A value exactly at its limit passes.

/** Floating-point slack, so that 0.98 * 50 = 49 is met by 49 cases. */
const SLACK = 1e-9;

export interface MinimumCasesCheck {
  ok: boolean;
  applicable: number;
  minimum: number;
}

/** -2% tolerance: the window's applicable cases must be at least (1 - tolerance) * n0. */
export function minimumCasesCheck(applicable: number, baselineApplicable: number, tolerance: number): MinimumCasesCheck {
  const minimum = (1 - tolerance) * baselineApplicable;
  return { ok: applicable >= minimum - SLACK, applicable, minimum };
}

export interface ShareCheck {
  ok: boolean;
  share: number | null;
  baselineShare: number | null;
  /** Window share minus baseline share, in the measure the check uses (points or relative). */
  difference: number | null;
  reason?: string;
}

/**
 * +/-5% tolerance on a share (metropolitan-area cases, or a case type). In "points" the
 * shares may differ by at most `tolerance` (0.05 = five percentage points); in "relative" the
 * window share may differ from the baseline share by at most that fraction of it.
 */
export function distributionCheck(
  share: number | null,
  baselineShare: number | null,
  tolerance: number,
  measure: "points" | "relative",
  what: string,
): ShareCheck {
  if (share === null) return { ok: false, share, baselineShare, difference: null, reason: `no case was reviewed in the window, so the ${what} share cannot be compared` };
  if (baselineShare === null) return { ok: false, share, baselineShare, difference: null, reason: `no case was reviewed in the baseline period, so the ${what} share has nothing to compare with` };
  if (measure === "relative") {
    if (baselineShare === 0) {
      return { ok: share === 0, share, baselineShare, difference: share === 0 ? 0 : null, reason: share === 0 ? undefined : `the baseline has no ${what} cases, so a relative change cannot be computed` };
    }
    const difference = share / baselineShare - 1;
    return { ok: Math.abs(difference) <= tolerance + SLACK, share, baselineShare, difference };
  }
  const difference = share - baselineShare;
  return { ok: Math.abs(difference) <= tolerance + SLACK, share, baselineShare, difference };
}
