/**
 * ref/year-mismatch: a Security Council resolution's number and year disagree ("resolution 2374 (2018)").
 * Either may be the slip: when a resolution of the cited year is one keystroke from the cited number (one
 * digit changed, or two adjacent digits swapped: 2441 written 2241, 2693 written 2639), changing the number
 * comes first and changing the year second.
 */
import { scYearOf } from '../scYears';
import type { Span } from '../model';
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

/** The span of the number in "2241 (2018)", found before the year's bracket. */
function numberSpan(text: string, year: Span, n: number): Span | null {
  let e = year.start - 1;
  if (text[e] !== '(') return null;
  while (e > 0 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && text.charCodeAt(s - 1) >= 48 && text.charCodeAt(s - 1) <= 57) s--;
  return s < e && Number(text.slice(s, e)) === n ? { start: s, end: e } : null;
}

export const refYearMismatch: Rule = {
  code: 'ref/year-mismatch',
  severity: 'error',
  description: 'A Security Council resolution is cited with the year of its adoption.',
  check({ model, t }) {
    const out: Finding[] = [];
    for (const r of model.references) {
      if (r.kind !== 'document' || r.docKind !== 'sc-resolution' || r.number === null || r.year === null || !r.yearSpan) continue;
      const right = scYearOf(r.number);
      if (right === null || right === r.year) continue;
      const yearFix = { title: t('ref.yearFix', { right }), edits: [{ span: r.yearSpan, newText: String(right) }] };
      const span = numberSpan(model.text, r.yearSpan, r.number);
      const near = span ? nearNumbers(r.number, r.year) : [];
      if (span && near.length > 0) {
        out.push({
          span: r.yearSpan,
          message: t('ref.yearMismatchNumber', { number: r.number, right, year: r.year, near: near[0] }),
          fix: { title: t('ref.numberFix', { number: near[0] }), edits: [{ span, newText: String(near[0]) }] },
          alternatives: [yearFix, ...near.slice(1, 3).map((c) => ({ title: t('ref.numberFix', { number: c }), edits: [{ span, newText: String(c) }] }))],
        });
        continue;
      }
      out.push({
        span: r.yearSpan,
        message: t('ref.yearMismatch', { number: r.number, right, year: r.year }),
        fix: yearFix,
      });
    }
    return out;
  },
};
