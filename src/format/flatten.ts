// Flattens nested objects into dotted columns for CSV and XLSX: {counts: {"1": 2}} -> {"counts.1": 2}.
// Arrays stay whole, as JSON text.

export function flattenRow(row: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) Object.assign(flat, flattenRow(value as Record<string, unknown>, name));
    else flat[name] = Array.isArray(value) ? JSON.stringify(value) : value;
  }
  return flat;
}
