// review-schedule: seed 004's schedule for every review month from the PIP baseline (or the
// first OSRI review) to a year past the latest review: regions, cases per type, sample
// period, in-home sample period, and the start of the period under review.
import type { DuckDBConnection } from "@duckdb/node-api";
import { addMonths, firstOfMonth, parseIsoDate } from "../calendar/isoDate.ts";
import { latestOsriReview, loadPipPlan, scheduledRegions } from "../pip/pipData.ts";
import { reviewMonthSchedule, type ReviewMonthSchedule } from "../pip/reviewSchedule.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";

export async function computeReviewSchedule(connection: DuckDBConnection) {
  const plan = await loadPipPlan(connection);
  const schedule = await scheduledRegions(connection);
  const [first] = await queryRows<{ first: string | null }>(connection, "SELECT min(review_date)::VARCHAR AS first FROM osri_case");
  const latest = await latestOsriReview(connection);
  const start = plan?.baseline.start ?? first?.first;
  if (!start || !latest) return [];
  const end = addMonths(firstOfMonth(latest), 12);
  const rows: ReviewMonthSchedule[] = [];
  for (let month = firstOfMonth(start); month <= end; month = addMonths(month, 1)) {
    const { year, month: m } = parseIsoDate(month)!;
    rows.push(reviewMonthSchedule(year, m, schedule, plan?.baseline ?? null));
  }
  return rows;
}

export const reviewSchedule: Dataset = {
  name: "review-schedule",
  description: "Per review month: regions reviewed, in-home and foster care cases, sample period, in-home sample period (+45 days), period under review start.",
  pages: ["cfsr/review-schedule"],
  compute: async (connection) => (await computeReviewSchedule(connection)).map((row) => ({ ...row })),
};
