// Offices in groups of `size`, for the charts that draw a column or a small chart per office:
// a county has about 20 offices, a national dataset 1,000, which no chart can show at once
// (drawing them all kept the county overview blank for six seconds).
export function officeGroups(offices, size) {
  const groups = [];
  for (let start = 0; start < offices.length; start += size) {
    const members = offices.slice(start, start + size);
    const label = `${members[0]} to ${members.at(-1)} (${start + 1}-${start + members.length} of ${offices.length.toLocaleString("en-US")})`;
    groups.push({ label, offices: new Set(members) });
  }
  return groups;
}
