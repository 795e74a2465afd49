// osri-item-quarters: each OSRI item's performance (Strength / applicable) among the cases
// reviewed in each calendar quarter, with its Wilson interval.
import type { DuckDBConnection } from "@duckdb/node-api";
import { OSRI_ITEMS } from "../catalog/osriItems.ts";
import { settings } from "../settings.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";
import { proportion } from "./proportion.ts";

interface Row {
  item: number;
  quarter_end: string;
  cases: number;
  applicable: number;
  strengths: number;
}

export async function computeOsriItemQuarters(connection: DuckDBConnection) {
  const { confidence } = settings();
  const rows = await queryRows<Row>(
    connection,
    `WITH quarter_case AS (
       SELECT case_id, last_day(make_date(year(review_date), quarter(review_date) * 3, 1)) AS quarter_end FROM osri_case
     ),
     quarter AS (SELECT quarter_end, count(*)::INTEGER AS cases FROM quarter_case GROUP BY quarter_end),
     item AS (SELECT unnest(range(1, 19))::INTEGER AS item)
     SELECT i.item, q.quarter_end::VARCHAR AS quarter_end, q.cases,
            -- NA cases are not in the denominator (domain.md section 2)
            count(r.rating) FILTER (WHERE r.rating <> 'NA')::INTEGER AS applicable,
            count(r.rating) FILTER (WHERE r.rating = 'Strength')::INTEGER AS strengths
     FROM quarter q
     -- every item in every quarter, so that a quarter with no applicable case still has its row
     CROSS JOIN item i
     LEFT JOIN quarter_case qc ON qc.quarter_end = q.quarter_end
     LEFT JOIN osri_rating r ON r.case_id = qc.case_id AND r.item = i.item
     GROUP BY i.item, q.quarter_end, q.cases
     ORDER BY i.item, q.quarter_end`,
  );
  return rows.map((row) => {
    const item = OSRI_ITEMS[row.item - 1];
    return {
      item: row.item,
      itemLabel: item.label,
      outcome: item.outcome,
      quarterEnd: row.quarter_end,
      cases: row.cases,
      applicable: row.applicable,
      strengths: row.strengths,
      ...renameShare(proportion(row.strengths, row.applicable, confidence, "no case reviewed this quarter was applicable for this item")),
    };
  });
}

function renameShare({ share, ...rest }: ReturnType<typeof proportion>) {
  return { performance: share, ...rest };
}

export const osriItemQuarters: Dataset = {
  name: "osri-item-quarters",
  description: "Per OSRI item and calendar quarter of review: applicable cases, Strengths, performance with its Wilson interval.",
  pages: ["cfsr/item-performance"],
  compute: computeOsriItemQuarters,
};
