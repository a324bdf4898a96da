/** Sub-paragraph labels as written: "(a)" in English, "a)" in French and Spanish. */
import type { LabelStyle, Span, SubParagraph } from './model';

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
