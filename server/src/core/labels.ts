/** Sub-paragraph labels: their sequences, and how they are written ("(a)" in English, "a)" in French and Spanish). */
import type { LabelStyle, Span, SubParagraph } from './model';

/** Roman labels in order; (i), (v), (x) are also letters, which context tells apart. */
export const ROMANS: readonly string[] = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi', 'xxii', 'xxiii', 'xxiv', 'xxv'];

/** a → b, z → aa, bb → cc. */
export function nextLetter(label: string): string {
  const c = label.charCodeAt(0);
  if (c === 122) return 'a'.repeat(label.length + 1);
  return String.fromCharCode(c + 1).repeat(label.length);
}

/** i → ii, iv → v; null after the last. */
export function nextRoman(label: string): string | null {
  const i = ROMANS.indexOf(label);
  return i >= 0 && i + 1 < ROMANS.length ? ROMANS[i + 1] : null;
}

export function writeSubLabel(label: string, style: LabelStyle): string {
  return style === '(a)' ? `(${label})` : `${label})`;
}

/** A path of labels ("(b) (i)", "b) i)") in one style. */
export function writeSubPath(path: readonly string[], style: LabelStyle): string {
  return path.map((p) => writeSubLabel(p, style)).join(' ');
}

/** The letters of a written label, without its brackets: what renumbering replaces. */
export function subLabelLetters(sp: SubParagraph): Span {
  return { start: sp.labelSpan.start + (sp.labelStyle === '(a)' ? 1 : 0), end: sp.labelSpan.end - 1 };
}
