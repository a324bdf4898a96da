/** Sub-paragraph labels: their sequences, and how they are written ("(a)" in English, "a)" in French and Spanish). */
import type { LabelStyle, Span, SubParagraph } from './model';
import { LANGUAGES, type LabelScript } from './lang';

/** Roman labels in order; (i), (v), (x) are also letters, which context tells apart. */
export const ROMANS: readonly string[] = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx', 'xxi', 'xxii', 'xxiii', 'xxiv', 'xxv'];

/** The n-th label (0-based) of a list: a..z then aa, bb...; i, ii, iii... */
export function nthLabel(kind: 'letter' | 'roman', n: number): string {
  if (kind === 'roman') return ROMANS[n] ?? String(n + 1);
  const letter = String.fromCharCode(97 + (n % 26));
  return letter.repeat(Math.floor(n / 26) + 1);
}

/** Position of a letter label in its list: a → 0, z → 25, aa → 26. */
export function letterIndex(label: string): number {
  return (label.length - 1) * 26 + label.charCodeAt(0) - 97;
}

/** a → b, z → aa, bb → cc. */
export function nextLetter(label: string): string {
  return nthLabel('letter', letterIndex(label) + 1);
}

/** i → ii, iv → v; null after the last. */
export function nextRoman(label: string): string | null {
  const i = ROMANS.indexOf(label);
  return i >= 0 && i + 1 < ROMANS.length ? ROMANS[i + 1] : null;
}

/** The scripts of every language by style ("(أ)" → the abjad letters), and each language's roman script by its letter style. */
const SCRIPTS = new Map<string, LabelScript>();
const ROMAN_OF = new Map<string, LabelScript>();
for (const lang of Object.values(LANGUAGES)) {
  const scripts = lang.labelScripts ?? [];
  for (const s of scripts) SCRIPTS.set(s.style, s);
  const roman = scripts.find((s) => s.kind === 'roman');
  if (roman) for (const style of lang.subLabelStyles) ROMAN_OF.set(style, roman);
}

/** A label ("b", "ii") written in a style: "(b)", "b)", "(ب)"; a script writes the labels of its kind. */
export function writeSubLabel(label: string, style: LabelStyle): string {
  const script = SCRIPTS.get(style);
  if (script) {
    const i = script.kind === 'roman' ? ROMANS.indexOf(label) : letterIndex(label);
    const n = script.labels.length;
    const forms = script.labels[i % n];
    const written = typeof forms === 'string' ? forms : forms?.[0];
    if (written !== undefined && (i < n || (i < 2 * n && script.repeat !== undefined))) {
      return `${script.open}${i < n ? written : `${written}${script.repeat}${written}`}${script.close}`;
    }
  }
  return style === 'a)' ? `${label})` : `(${label})`;
}

/** A path of labels ("(b) (i)", "b) i)") in one style; below the first, a language with a roman script writes romans in it ("(ب) ’1‘"). */
export function writeSubPath(path: readonly string[], style: LabelStyle): string {
  const roman = ROMAN_OF.get(style);
  return path.map((p, k) => writeSubLabel(p, k > 0 && roman && ROMANS.includes(p) ? roman.style : style)).join(' ');
}

/** The letters of a written label, without its brackets: what renumbering replaces. */
export function subLabelLetters(sp: SubParagraph): Span {
  const script = sp.labelStyle === null ? undefined : SCRIPTS.get(sp.labelStyle);
  if (script) return { start: sp.labelSpan.start + script.open.length, end: sp.labelSpan.end - script.close.length };
  return { start: sp.labelSpan.start + (sp.labelStyle === '(a)' ? 1 : 0), end: sp.labelSpan.end - 1 };
}
