/**
 * ref/year-mismatch: a Security Council resolution's number and year disagree ("resolution 2374 (2018)").
 * Either may be the slip. When a resolution of the cited year is one keystroke from the cited number (one
 * digit changed, or two adjacent digits swapped: 2441 written 2241, 2693 written 2639), both fixes are
 * offered, the likelier first: the number when the year is off by more than one and not by a slip of its
 * own ("2106" or "2001" for 2011) and the text does not cite that number elsewhere; the year otherwise. On
 * the Security Council's texts a year off by one is the year misremembered ("1556 (2005)" for 1556 (2004),
 * "2195 (2015)" in a list sorted by number), even when a resolution of that year is one keystroke away.
 */
import { scYearOf } from '../scYears';
import type { DocumentReference, Span } from '../model';
import type { Finding, Rule } from './rule';

/** Numbers one keystroke from `n` that were adopted in `year`, the likelier first. */
export function nearNumbers(n: number, year: number): number[] {
  const digits = String(n);
  const of = (list: Set<number>) => [...list].filter((c) => c !== n && scYearOf(c) === year).sort((a, b) => a - b);
  const changed = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (let d = i === 0 ? 1 : 0; d <= 9; d++) changed.add(Number(digits.slice(0, i) + d + digits.slice(i + 1)));
  }
  const swapped = new Set<number>();
  for (let i = 0; i + 1 < digits.length; i++) {
    if (i === 0 && digits[1] === '0') continue;
    swapped.add(Number(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
  }
  // A candidate alone of its kind is likelier than one of several; between two alone, a changed digit.
  const kinds = [of(changed), of(swapped)].filter((k) => k.length > 0).sort((a, b) => a.length - b.length);
  return kinds.flat();
}

/** Whether `cited` is a slip of `right` other than in its last digit: "2106" or "2016", "2001" for 2011. */
function yearSlip(cited: number, right: number): boolean {
  const a = String(cited);
  const b = String(right);
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length === 1) return diff[0] < a.length - 1;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** The span of the number in "2241 (2018)", found before the year's bracket. */
function numberSpan(text: string, year: Span, n: number): Span | null {
  let e = year.start - 1;
  if (text[e] !== '(') return null;
  while (e > 0 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  return s < e && Number(text.slice(s, e)) === n ? { start: s, end: e } : null;
}

/** In a list sorted by number ("1533 (2004), 1521 (2005), 1518 (2003)"), whether `n` keeps the order of the citations around it. */
function keepsOrder(before: number | null | undefined, n: number, after: number | null | undefined): boolean {
  if (before == null || after == null) return true;
  return (before < n && n < after) || (before > n && n > after);
}

export const refYearMismatch: Rule = {
  code: 'ref/year-mismatch',
  severity: 'error',
  scope: 'citations',
  description: 'A Security Council resolution is cited with the year of its adoption.',
  check({ model, t }) {
    const out: Finding[] = [];
    const sc = model.references.filter((x): x is DocumentReference => x.kind === 'document' && x.docKind === 'sc-resolution');
    for (let k = 0; k < sc.length; k++) {
      const r = sc[k];
      if (r.number === null || r.year === null || !r.yearSpan) continue;
      const right = scYearOf(r.number);
      if (right === null || right === r.year) continue;
      const yearFix = { title: t('ref.yearFix', { right }), edits: [{ span: r.yearSpan, newText: String(right) }] };
      const span = numberSpan(model.text, r.yearSpan, r.number);
      // A number in its place in a sorted list is right: the year is the slip.
      const before = sc[k - 1]?.number;
      const after = sc[k + 1]?.number;
      const sorted = before != null && after != null && keepsOrder(before, r.number, after);
      const near = span ? nearNumbers(r.number, r.year).filter((c) => !sorted || keepsOrder(before, c, after)) : [];
      const numberFixes = span ? near.slice(0, 3).map((c) => ({ title: t('ref.numberFix', { number: c }), edits: [{ span, newText: String(c) }] })) : [];
      // The number first when the text cites it nowhere else.
      const numberFirst = near.length > 0 && !sc.some((x) => x !== r && x.number === r.number) && Math.abs(r.year - right) > 1 && !yearSlip(r.year, right);
      if (numberFirst) {
        out.push({
          span: r.yearSpan,
          message: t('ref.yearMismatchNumber', { number: r.number, right, year: r.year, near: near[0] }),
          fix: numberFixes[0],
          alternatives: [yearFix, ...numberFixes.slice(1)],
        });
        continue;
      }
      out.push({
        span: r.yearSpan,
        message: near.length > 0 ? t('ref.yearMismatchOrNumber', { number: r.number, right, year: r.year, near: near[0] }) : t('ref.yearMismatch', { number: r.number, right, year: r.year }),
        fix: yearFix,
        ...(numberFixes.length > 0 ? { alternatives: numberFixes } : {}),
      });
    }
    return out;
  },
};
