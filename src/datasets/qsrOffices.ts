// qsr-offices: the office reference list with the dates each office existed and how many
// reviews it has; offices reviewed but missing from the list appear with null dates.
import { computedOnce } from "./computedOnce.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { slug } from "../format/slug.ts";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";

export type QsrOffice = Awaited<ReturnType<typeof computeQsrOffices>>[number];

/** Computed once per read-only connection: several outputs start from it (computedOnce.ts). */
export const computeQsrOffices = computedOnce(queryQsrOffices);

async function queryQsrOffices(connection: DuckDBConnection) {
  const rows = await queryRows<{ office: string; opened: string | null; closed: string | null; successor: string | null; reviews: number; last_review: string | null }>(
    connection,
    `WITH reviewed AS (SELECT office, count(*)::INTEGER AS reviews, max(review_date)::VARCHAR AS last_review FROM qsr_review GROUP BY office)
     SELECT coalesce(o.office, r.office) AS office, o.opened::VARCHAR AS opened, o.closed::VARCHAR AS closed, o.successor,
            coalesce(r.reviews, 0) AS reviews, r.last_review
     -- every listed office, and every reviewed office even if the list lacks it
     FROM office o FULL OUTER JOIN reviewed r ON lower(r.office) = lower(o.office)
     ORDER BY 1`,
  );
  return rows.map((r) => ({ office: r.office, slug: slug(r.office), opened: r.opened, closed: r.closed, successor: r.successor, successorSlug: r.successor === null ? null : slug(r.successor), reviews: r.reviews, lastReview: r.last_review }));
}

export const qsrOffices: Dataset = {
  name: "qsr-offices",
  description: "The QSR offices: dates each existed (opened, closed, successor after a merge), number of reviews, latest review.",
  pages: ["qsr/county", "qsr/offices/", "qsr/office"],
  compute: computeQsrOffices,
};
