// What it takes: how many Strength ratings next quarter's reviews need for an item to reach
// its goal in the next window. The next window keeps the findings of the current one that
// fall inside it (the oldest quarter leaves), and adds the cases scheduled next quarter, of
// which an expected number will be applicable for the item.

export interface WhatItTakesInput {
  goal: number;
  /** Findings already in the next window (the current window minus the quarter that leaves). */
  stayingApplicable: number;
  stayingStrengths: number;
  /** Applicable cases expected among next quarter's scheduled reviews. */
  expectedApplicable: number;
  /** The -2% minimum the next window must reach. */
  minimumCases: number;
}

export interface WhatItTakes {
  strengthsNeeded: number | null;
  reachable: boolean;
  reason: string;
}

export function whatItTakes(input: WhatItTakesInput): WhatItTakes {
  const newApplicable = Math.round(input.expectedApplicable);
  const applicable = input.stayingApplicable + newApplicable;
  if (applicable === 0) return { strengthsNeeded: null, reachable: false, reason: "no applicable case is expected in the next window" };
  // The smallest k with (staying Strengths + k) / applicable >= goal; slack so that an exact goal is not rounded up.
  const needed = Math.max(0, Math.ceil(input.goal * applicable - input.stayingStrengths - 1e-9));
  const short = applicable < input.minimumCases - 1e-9;
  if (needed > newApplicable) {
    return {
      strengthsNeeded: needed,
      reachable: false,
      reason: `cannot be reached next quarter: it would take ${needed} Strengths among about ${newApplicable} applicable cases expected`,
    };
  }
  const minimumNote = short ? `; but about ${applicable} applicable cases would be fewer than the ${Math.ceil(input.minimumCases - 1e-9)} the -2% tolerance requires` : "";
  return {
    strengthsNeeded: needed,
    reachable: !short,
    reason: `${needed} Strength${needed === 1 ? "" : "s"} among about ${newApplicable} applicable cases expected next quarter${minimumNote}`,
  };
}
