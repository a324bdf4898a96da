/**
 * Words of a paragraph for comparison and search: runs of letters and digits, and each other visible
 * character (punctuation) on its own. Whitespace, line breaks and the spaces a PDF extraction leaves
 * around a split hyphen ("ill -" / "treatment") only separate tokens and never count.
 */

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Whether whitespace came before it in the source (for readable output). */
  readonly spaced: boolean;
  /** Offsets in the text it was read from, half-open. */
  readonly start: number;
  readonly end: number;
  /** A sub-paragraph's label ("(a)"): shown, never compared (any label matches any other). */
  readonly label?: boolean;
  /** The number of an internal reference ("paragraph 21 above"): the position of the operative paragraph it names, compared through the alignment. */
  readonly ref?: number;
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
/** Classification of the code units above U+007F, computed once each. */
const wide = new Map<number, number>();

const WORD = 1;
const BLANK = 2;
const MARK = 3;

function classOf(c: number): number {
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return WORD;
    return c <= 32 ? BLANK : MARK;
  }
  let k = wide.get(c);
  if (k === undefined) {
    const ch = String.fromCharCode(c);
    // Surrogates: a letter outside the BMP is rare in UN texts; count its halves as letters.
    k = (c >= 0xd800 && c <= 0xdfff) || LETTER.test(ch) ? WORD : SPACE.test(ch) ? BLANK : MARK;
    wide.set(c, k);
  }
  return k;
}

/** Splits text into words and punctuation marks. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let spaced = false;
  let i = 0;
  while (i < text.length) {
    const k = classOf(text.charCodeAt(i));
    if (k === BLANK) {
      spaced = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (k === WORD) while (j < text.length && classOf(text.charCodeAt(j)) === WORD) j++;
    const c = text.charCodeAt(i);
    // The hyphen and the non-breaking hyphen of word processors are the same mark.
    out.push({ text: c === 0x2010 || c === 0x2011 ? '-' : text.slice(i, j), spaced, start: i, end: j });
    spaced = false;
    i = j;
  }
  return out;
}

/**
 * A text's tokens without the spaces between them (PDF extractions split words: "displac ed"), without
 * labels, and with internal reference numbers as "#" (renumbering changes them, not the wording).
 */
export function spacelessKey(tokens: readonly Token[]): string {
  let s = '';
  for (const t of tokens) if (!t.label) s += t.ref === undefined ? t.text : '#';
  return s;
}

/** Only the words, lower-cased: what search and similarity look at. */
export function wordKeys(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (classOf(t.text.charCodeAt(0)) === WORD) out.push(t.text.toLowerCase());
  return out;
}

/** Tokens as text again: one space where the source had whitespace. */
export function joinTokens(tokens: readonly Token[], first = false): string {
  let s = '';
  for (let i = 0; i < tokens.length; i++) s += (tokens[i].spaced && (i > 0 || first) ? ' ' : '') + tokens[i].text;
  return s;
}
