// Fiscal years. A county's fiscal year runs from its start month (July by default) to the
// month before it a year later; it is named by its first and last calendar years: "FY 2024-25".
import { formatIsoDate, parseIsoDate, type IsoDate } from "./isoDate.ts";

export interface FiscalYear {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export function fiscalYearOf(date: IsoDate, startMonth: number): FiscalYear {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  const firstYear = parts.month >= startMonth ? parts.year : parts.year - 1;
  const start = formatIsoDate({ year: firstYear, month: startMonth, day: 1 });
  if (startMonth === 1) return { label: `FY ${firstYear}`, start, end: formatIsoDate({ year: firstYear, month: 12, day: 31 }) };
  const endMonth = startMonth - 1;
  const endDay = new Date(Date.UTC(firstYear + 1, endMonth, 0)).getUTCDate();
  return {
    label: `FY ${firstYear}-${String((firstYear + 1) % 100).padStart(2, "0")}`,
    start,
    end: formatIsoDate({ year: firstYear + 1, month: endMonth, day: endDay }),
  };
}
