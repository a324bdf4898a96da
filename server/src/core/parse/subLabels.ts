/** Reads lettered and roman sub-paragraph labels in the styles a language writes them: "(a)", "a)". */
import type { LabelStyle } from '../model';
import { LANGUAGES, perLanguage, type Language } from '../lang';
import { isAsciiLowerCode, isSpaceOrInvisibleCode } from './chars';

export interface WrittenLabel {
  readonly label: string;
  /** Length of the label as written, brackets included. */
  readonly length: number;
  readonly style: LabelStyle;
}

/** Longest label: "xxiv", "(viii)". */
const MAX_LETTERS = 4;

/** One to four ASCII lower-case letters: the body of every lettered or roman label. */
export function isLabelLetters(s: string): boolean {
  if (s.length === 0 || s.length > MAX_LETTERS) return false;
  for (let i = 0; i < s.length; i++) if (!isAsciiLowerCode(s.charCodeAt(i))) return false;
  return true;
}

/** A set of label styles, read by hand: one to four ASCII lower-case letters, ")" and then white space or the end. */
export class SubLabelStyles {
  readonly parenthesized: boolean;
  readonly closing: boolean;

  constructor(styles: readonly LabelStyle[]) {
    this.parenthesized = styles.includes('(a)');
    this.closing = styles.includes('a)');
  }

  accepts(style: LabelStyle): boolean {
    return style === '(a)' ? this.parenthesized : this.closing;
  }

  /** The label at `start` in one of these styles, within text[start, end). */
  readAt(text: string, start: number, end = text.length): WrittenLabel | null {
    const open = text.charCodeAt(start) === 40;
    if (open ? !this.parenthesized : !this.closing) return null;
    const from = open ? start + 1 : start;
    let i = from;
    while (i < end && i - from <= MAX_LETTERS && isAsciiLowerCode(text.charCodeAt(i))) i++;
    if (i === from || i - from > MAX_LETTERS || i >= end || text.charCodeAt(i) !== 41) return null;
    const after = i + 1;
    if (after < end && !isSpaceOrInvisibleCode(text.charCodeAt(after))) return null;
    return { label: text.slice(from, i), length: after - start, style: open ? '(a)' : 'a)' };
  }
}

export const subLabelStylesOf = perLanguage((lang) => new SubLabelStyles(lang.subLabelStyles));

const languages = Object.values(LANGUAGES);
/** Styles some language writes, and styles every language writes. */
const ANY = new SubLabelStyles(languages.flatMap((l) => l.subLabelStyles));
const COMMON = new SubLabelStyles(languages[0].subLabelStyles.filter((s) => languages.every((l) => l.subLabelStyles.includes(s))));

/** A label in any language's style at `start`: "v)" in an English text is a label written wrong. */
export function readAnyStyle(text: string, start: number): WrittenLabel | null {
  return ANY.readAt(text, start);
}

/**
 * Labels for the block pass, which cuts blocks before the organ line names the language. A label in a
 * style every language writes ("(a)") needs no language; one in another style ("a)") asks for the
 * text's language once, so English texts never pay for guessing it.
 */
export class BlockLabels {
  private own: SubLabelStyles | null = null;

  constructor(private readonly language: () => Language) {}

  readAt(text: string, start: number, end: number): WrittenLabel | null {
    const label = ANY.readAt(text, start, end);
    if (label === null || COMMON.accepts(label.style)) return label;
    this.own ??= subLabelStylesOf(this.language());
    return this.own.accepts(label.style) ? label : null;
  }
}
