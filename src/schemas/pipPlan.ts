// The Program Improvement Plan's measurement settings, `pip-plan.json` (contract.md).
// Every reading of seed 004 that domain.md calls a setting lives here with its default.
import { z } from "zod";
import { isIsoDate } from "../calendar/isoDate.ts";

const date = z.string().refine(isIsoDate, { error: (issue) => `${JSON.stringify(issue.input)} is not a calendar date written YYYY-MM-DD` });
const period = z.object({ start: date, end: date });
const fraction = (what: string) => z.number().min(0, `${what} must be 0 or more`).max(1, `${what} is a fraction from 0 to 1 (write 0.05, not 5)`);

export const pipPlanSchema = z
  .object({
    baseline: period,
    implementation: period,
    nonOverlappingEnd: date,
    /** Windows ending after it are not judged; default from CRD_AS_OF (pip/windows.ts). */
    dataCompleteThrough: date.optional(),
    items: z
      .array(z.number().int().min(1).max(18))
      .min(1, "names no item to measure")
      .refine((items) => new Set(items).size === items.length, "names an item twice"),
    z: z.number().positive("must be above 0").default(1.28),
    /** null: derive from the dates (whole months of overlap, at most `adjustment.fullAtMonths`). */
    overlapMonths: z.number().int().min(0).nullable().default(null),
    tolerance: z
      .object({
        applicableCases: fraction("tolerance.applicableCases").default(0.02),
        distributionPoints: fraction("tolerance.distributionPoints").default(0.05),
        /** Our reading of seed 004's "five percent": percentage points, not a relative change. */
        distributionMeasure: z.enum(["points", "relative"]).default("points"),
      })
      .default({ applicableCases: 0.02, distributionPoints: 0.05, distributionMeasure: "points" }),
    highGoal: z
      .object({ above: fraction("highGoal.above").default(0.9), consecutiveQuarters: z.number().int().min(1).default(3) })
      .default({ above: 0.9, consecutiveQuarters: 3 }),
    /** Seed 004: the sampling error is reduced by up to one half over up to 12 months of overlap. */
    adjustment: z
      .object({ maxReduction: fraction("adjustment.maxReduction").default(0.5), fullAtMonths: z.number().int().min(1).default(12) })
      .default({ maxReduction: 0.5, fullAtMonths: 12 }),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const before = (path: string[], a: string, b: string, message: string) => {
      if (isIsoDate(a) && isIsoDate(b) && a > b) ctx.addIssue({ code: "custom", path, message });
    };
    before(["baseline", "end"], plan.baseline.start, plan.baseline.end, `baseline.end ${plan.baseline.end} is before baseline.start ${plan.baseline.start}`);
    before(["implementation", "end"], plan.implementation.start, plan.implementation.end, `implementation.end ${plan.implementation.end} is before implementation.start ${plan.implementation.start}`);
    before(["nonOverlappingEnd"], plan.implementation.end, plan.nonOverlappingEnd, `nonOverlappingEnd ${plan.nonOverlappingEnd} is before implementation.end ${plan.implementation.end}`);
    before(["implementation", "start"], plan.baseline.start, plan.implementation.start, `implementation.start ${plan.implementation.start} is before the baseline starts (${plan.baseline.start})`);
  });

export type PipPlan = z.infer<typeof pipPlanSchema>;

export type PipPlanCheck = { ok: true; plan: PipPlan } | { ok: false; problems: { path: string; reason: string }[] };

/** Checks a parsed pip-plan.json; returns every problem with its JSON path. */
export function checkPipPlan(json: unknown): PipPlanCheck {
  const result = pipPlanSchema.safeParse(json);
  if (result.success) return { ok: true, plan: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) =>
      // A misspelled setting is named by its own key, so that the file's author can find it.
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({ path: [...issue.path, key].join("."), reason: `${JSON.stringify(key)} is not a setting of the PIP plan (a misspelling?)` }))
        : [{ path: issue.path.join(".") || "(top level)", reason: issue.message }],
    ),
  };
}

export function looksLikePipPlan(json: unknown): boolean {
  return typeof json === "object" && json !== null && "baseline" in json && "items" in json;
}
