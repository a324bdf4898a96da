/** Which year a Security Council resolution number belongs to, from the table of first numbers per year. */
import table from './data/sc-resolution-years.json';
import { lastAtOrBefore } from './sorted';

const years = Object.entries(table.firstNumberByYear)
  .map(([year, first]) => ({ year: Number(year), first }))
  .sort((a, b) => a.first - b.first);

export const LAST_KNOWN = table.lastKnown;

/** The year of resolution `n`, or null when `n` is beyond the last number the table knows. */
export function scYearOf(n: number): number | null {
  if (n < 1 || n > LAST_KNOWN.number) return null;
  return years[Math.max(0, lastAtOrBefore(years, (y) => y.first, n))].year;
}
