/**
 * Reads lettered and roman sub-paragraph labels in the styles a language writes them: "(a)", "a)", and
 * the scripts of the language data ("(ب)" in Arabic, "’2‘", "㈡"). A label reads as its Latin form
 * ("b", "ii"), so that every language numbers, checks and resolves labels alike.
 */
import type { LabelKind, LabelStyle } from '../model';
import { LANGUAGES, perLanguage, type Language, type LabelScript } from '../lang';
import { isAsciiLowerCode, isSpaceCode, isSpaceOrInvisibleCode } from './chars';
import { nthLabel } from '../labels';

export interface WrittenLabel {
  /** The label in Latin letters: "b", "ii". */
  readonly label: string;
  /** Length of the label as written, brackets included. */
  readonly length: number;
  readonly style: LabelStyle;
  /** Set when the script tells letters from romans ("’1‘" is roman). */
  readonly kind?: LabelKind;
}

/** Longest label: "xxiv", "(viii)". */
const MAX_LETTERS = 4;

/** A set of code units; ASCII ones are tested in a table, without hashing. */
class CodeUnits {
  private readonly ascii = new Uint8Array(128);
  private readonly beyondAscii = new Set<number>();

  add(c: number): void {
    if (c < 128) this.ascii[c] = 1;
    else this.beyondAscii.add(c);
  }

  addAll(other: CodeUnits): void {
    for (let c = 0; c < 128; c++) if (other.ascii[c] === 1) this.ascii[c] = 1;
    for (const c of other.beyondAscii) this.beyondAscii.add(c);
  }

  has(c: number): boolean {
    return c < 128 ? this.ascii[c] === 1 : this.beyondAscii.has(c);
  }
}

/** A set of label styles, read by hand: the ASCII styles, then the language scripts; ")" and then white space or the end. */
export class SubLabelStyles {
  readonly parenthesized: boolean;
  readonly closing: boolean;
  private readonly styles: ReadonlySet<string>;
  /** Each script's label forms by their first code unit, longest first: most text starts with none, and is passed over at once. */
  private readonly forms: readonly ReadonlyMap<number, readonly ScriptForm[]>[];
  /** The code units a script's label can start with. */
  private readonly scriptStarts = new CodeUnits();
  /** The code units of the look-alike letters: a label in an ASCII style starts with a lower-case letter or one of them. */
  private readonly lookalikeUnits = new CodeUnits();
  /** The code units any label in these styles can start with: most text starts with none, and is passed over at once. */
  private readonly labelStarts = new CodeUnits();

  constructor(
    styles: readonly LabelStyle[],
    private readonly scripts: readonly LabelScript[] = [],
    /** Letters of another script that look like Latin ones ("а", "с" in Cyrillic), read as those. */
    private readonly lookalikes: Readonly<Record<string, string>> = {},
  ) {
    this.parenthesized = styles.includes('(a)');
    this.closing = styles.includes('a)');
    this.styles = new Set([...styles, ...scripts.map((s) => s.style)]);
    this.forms = scripts.map(formsByFirstUnit);
    for (const [n, s] of scripts.entries()) {
      for (const c of s.open.length > 0 ? [s.open.charCodeAt(0)] : this.forms[n].keys()) this.scriptStarts.add(c);
    }
    for (const k of Object.keys(lookalikes)) this.lookalikeUnits.add(k.charCodeAt(0));
    this.labelStarts.addAll(this.scriptStarts);
    if (this.parenthesized) this.labelStarts.add(40);
    if (this.closing) {
      for (let c = 97; c <= 122; c++) this.labelStarts.add(c);
      this.labelStarts.addAll(this.lookalikeUnits);
    }
  }

  accepts(style: LabelStyle): boolean {
    return this.styles.has(style);
  }

  /** One to four lower-case Latin letters (or their look-alikes) as a label, or null. */
  letters(s: string): string | null {
    if (s.length === 0 || s.length > MAX_LETTERS) return null;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const latin = isAsciiLowerCode(c) ? s[i] : this.lookalikes[s[i]];
      if (latin === undefined) return null;
      out += latin;
    }
    return out;
  }

  /** The label at `start` in one of these styles, within text[start, end); `spaceAfter`: white space or the end must follow. */
  readAt(text: string, start: number, end = text.length, spaceAfter = true): WrittenLabel | null {
    if (!this.labelStarts.has(text.charCodeAt(start))) return null;
    const found = this.readAscii(text, start, end) ?? this.readScript(text, start, end);
    if (found === null || !spaceAfter) return found;
    const after = start + found.length;
    return after < end && !isSpaceOrInvisibleCode(text.charCodeAt(after)) ? null : found;
  }

  private readAscii(text: string, start: number, end: number): WrittenLabel | null {
    const open = text.charCodeAt(start) === 40;
    if (open ? !this.parenthesized : !this.closing) return null;
    const from = open ? start + 1 : start;
    // Most text starts with a capital, a digit or a bracket: no label, and nothing to scan.
    const c = text.charCodeAt(from);
    if (!isAsciiLowerCode(c) && !this.lookalikeUnits.has(c)) return null;
    let i = from;
    while (i < end && i - from <= MAX_LETTERS && text.charCodeAt(i) !== 41 && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i === from || i >= end || text.charCodeAt(i) !== 41) return null;
    const label = this.letters(text.slice(from, i));
    return label === null ? null : { label, length: i + 1 - start, style: open ? '(a)' : 'a)' };
  }

  private readScript(text: string, start: number, end: number): WrittenLabel | null {
    const c = text.charCodeAt(start);
    if (!this.scriptStarts.has(c)) return null;
    for (let n = 0; n < this.scripts.length; n++) {
      const s = this.scripts[n];
      if (!text.startsWith(s.open, start)) continue;
      const from = start + s.open.length;
      const candidates = this.forms[n].get(text.charCodeAt(from));
      if (candidates === undefined) continue;
      let best = -1;
      let length = 0;
      for (const c of candidates) {
        if (text.startsWith(c.form, from)) {
          best = c.index;
          length = c.form.length;
          break;
        }
      }
      if (best < 0) continue;
      let close = from + length;
      let index = best;
      // "(أ أ)" after the last letter: the letters again, doubled.
      const again = s.repeat === undefined ? '' : s.repeat + text.slice(from, close);
      if (again && text.startsWith(again, close)) {
        close += again.length;
        index += s.labels.length;
      }
      if (close + s.close.length > end || !text.startsWith(s.close, close)) continue;
      return { label: nthLabel(s.kind, index), length: close + s.close.length - start, style: s.style, kind: s.kind };
    }
    return null;
  }
}

interface ScriptForm {
  readonly form: string;
  /** The label's place in the script's order. */
  readonly index: number;
}

/** A script's label forms by first code unit, the longest first; of forms as long, the first in the data wins (a stable sort). */
function formsByFirstUnit(script: LabelScript): ReadonlyMap<number, readonly ScriptForm[]> {
  const out = new Map<number, ScriptForm[]>();
  script.labels.forEach((forms, index) => {
    for (const form of typeof forms === 'string' ? [forms] : forms) {
      if (form.length === 0) continue;
      const list = out.get(form.charCodeAt(0));
      if (list) list.push({ form, index });
      else out.set(form.charCodeAt(0), [{ form, index }]);
    }
  });
  for (const list of out.values()) list.sort((a, b) => b.form.length - a.form.length);
  return out;
}

export const subLabelStylesOf = perLanguage((lang) => new SubLabelStyles(lang.subLabelStyles, lang.labelScripts ?? [], lang.labelLookalikes ?? {}));

const languages = Object.values(LANGUAGES);
/** Styles some language writes, and styles every language writes. */
const ANY = new SubLabelStyles(
  languages.flatMap((l) => l.subLabelStyles),
  languages.flatMap((l) => l.labelScripts ?? []),
  Object.assign({}, ...languages.map((l) => l.labelLookalikes ?? {})) as Record<string, string>,
);
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

  /** Whether the text's language opens paragraphs in lower case ("ссылаясь", "1. постановляет"): asked only of lower-case blocks. */
  lowerCaseParagraphs(): boolean {
    return this.language().lowerCaseParagraphs === true;
  }

  readAt(text: string, start: number, end: number): WrittenLabel | null {
    const label = ANY.readAt(text, start, end);
    if (label === null || COMMON.accepts(label.style)) return label;
    this.own ??= subLabelStylesOf(this.language());
    return this.own.readAt(text, start, end);
  }
}
