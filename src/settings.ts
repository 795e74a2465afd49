// Settings that domain.md calls our reading of a short source text, with their defaults.
// Each can be changed without touching code, through the environment variable named beside it.

function numberFromEnvironment(name: string, fallback: number, valid: (n: number) => boolean): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!valid(value)) throw new RangeError(`${name}=${text} is not valid`);
  return value;
}

export interface Settings {
  /** Confidence of the Wilson and Newcombe intervals shown with QSR and OSRI percentages. */
  confidence: number;
  /** First month of the county's fiscal year (July: fiscal years run July to June). */
  fiscalYearStartMonth: number;
}

export function settings(): Settings {
  return {
    confidence: numberFromEnvironment("CRD_CONFIDENCE", 0.95, (n) => n > 0 && n < 1),
    fiscalYearStartMonth: numberFromEnvironment("CRD_FISCAL_YEAR_START_MONTH", 7, (n) => Number.isInteger(n) && n >= 1 && n <= 12),
  };
}
