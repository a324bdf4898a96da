/** Searches in arrays sorted by a numeric key. */

/**
 * The index of the last item whose key is at most `x`, in `items` sorted by `key`; -1 when there is none.
 * Offsets to segments, blocks or nodes and resolution numbers to years all ask this.
 */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= x) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}
