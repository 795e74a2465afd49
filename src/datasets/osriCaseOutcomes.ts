// Per OSRI case and outcome: how many of the outcome's items apply to the case (rated Strength
// or ANI; NA is not applicable, and a rating not recorded is not one) and how many of them are
// Strengths, from which the case's outcome rating follows (domain.md §2: Substantially Achieved
// when every applicable item is a Strength). Counted across the case's item columns as stored,
// a row per case and outcome: grouping one row per rating (3 million at national scale) took a
// second of every dataset that rates outcomes.
import { OSRI_ITEMS, OSRI_OUTCOMES } from "../catalog/osriItems.ts";

const column = (item: number) => `w.${OSRI_ITEMS[item - 1].column}`;
/** 1 when the item's rating is one of `ratings`, else 0 (never NULL: a rating not recorded counts as none). */
const isOneOf = (item: number, ratings: string) => `((${column(item)} IN (${ratings})) IS TRUE)::INTEGER`;
const sumOver = (items: readonly number[], ratings: string) => items.map((item) => isOneOf(item, ratings)).join(" + ");

/** SQL: case_id, outcome, applicable, strengths for every outcome and every case in osri_case_rating (or those `cases`, a SQL relation with a case_id). */
export const caseOutcomeCounts = (cases?: string) => `SELECT w.case_id,
    unnest([${OSRI_OUTCOMES.map((o) => `'${o.code}'`).join(", ")}]) AS outcome,
    unnest([${OSRI_OUTCOMES.map((o) => sumOver(o.items, "'Strength', 'ANI'")).join(", ")}]) AS applicable,
    unnest([${OSRI_OUTCOMES.map((o) => sumOver(o.items, "'Strength'")).join(", ")}]) AS strengths
  FROM osri_case_rating w${cases ? ` SEMI JOIN ${cases} USING (case_id)` : ""}`;
