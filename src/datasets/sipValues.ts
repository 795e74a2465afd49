// sip-values: each county's SIP measures, quarter by quarter, with the measure's unit and
// better direction and the county's SIP baseline and target beside each value.
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../warehouse/connection.ts";
import type { Dataset } from "./dataset.ts";

export async function computeSipValues(connection: DuckDBConnection) {
  return queryRows(
    connection,
    `SELECT v.county, v.measure, m.name AS "measureName", m.unit, m.direction,
            v.quarter_end::VARCHAR AS "quarterEnd", v.value, v.numerator, v.denominator,
            t.baseline, t.baseline_quarter::VARCHAR AS "baselineQuarter", t.target,
            t.sip_start::VARCHAR AS "sipStart", t.sip_end::VARCHAR AS "sipEnd"
     FROM sip_value v
     JOIN sip_measure m USING (measure)
     -- a value is shown whether or not the county's SIP names the measure; baseline and target are null when it does not
     LEFT JOIN sip_target t ON t.county = v.county AND t.measure = v.measure
     ORDER BY v.county, v.measure, v.quarter_end`,
  );
}

export const sipValues: Dataset = {
  name: "sip-values",
  description: "Per county, SIP measure and quarter: the value, numerator and denominator, with the measure's unit, better direction, baseline and target.",
  pages: ["sip/measures"],
  compute: computeSipValues,
};
