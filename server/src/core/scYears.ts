/** Which year a Security Council resolution number belongs to, from the table of first numbers per year. */
import table from './data/sc-resolution-years.json';

const years = Object.entries(table.firstNumberByYear)
  .map(([year, first]) => ({ year: Number(year), first }))
  .sort((a, b) => a.first - b.first);

export const LAST_KNOWN = table.lastKnown;

/** The year of resolution `n`, or null when `n` is beyond the last number the table knows. */
export function scYearOf(n: number): number | null {
  if (n < 1 || n > LAST_KNOWN.number) return null;
  let lo = 0;
  let hi = years.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (years[mid].first <= n) lo = mid;
    else hi = mid - 1;
  }
  return years[lo].year;
}
