/** A linear tokenizer for paragraph text: words, numbers and single punctuation characters. */
import { isDigitCode, isSpaceCode } from './chars';

export interface Token {
  readonly type: 'word' | 'num' | 'punct';
  readonly text: string;
  readonly lower: string;
  /** Every character is ASCII: the lower-case form is as long as the text. */
  readonly ascii: boolean;
  readonly start: number;
  readonly end: number;
}

const LETTER = /\p{L}/u;
/** Combining marks (Arabic vowel signs, accents written apart): part of the word they sit on. */
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
/** Combining marks are all at U+0300 or above: a word below that has none. */
const BEYOND_LATIN = /[\u0300-\uffff]/;

/** ASCII letters answer without a regular expression; other characters ask Unicode. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]);
}

/** A combining mark (an Arabic vowel sign), part of the word it sits on. */
export function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && MARK.test(text[i]);
}

/** A word as the recognizers compare it: lower case, without its marks. */
export function bareWord(word: string): string {
  // ASCII, the most of the words, has no marks and lowers without Unicode tables.
  let ascii = true;
  let lowerAscii = true;
  for (let i = 0; i < word.length && ascii; i++) {
    const c = word.charCodeAt(i);
    ascii = c < 128;
    lowerAscii &&= !(c >= 65 && c <= 90);
  }
  if (ascii) return lowerAscii ? word : word.toLowerCase();
  const lower = word.toLowerCase();
  return BEYOND_LATIN.test(lower) ? lower.replace(MARKS, '') : lower;
}

/** Hyphens and apostrophes between two letters keep a word together ("sub-paragraph", "Da’esh"). */
export function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

/** Reads tokens one at a time from `from`, so that callers tokenize only as much as they look at. */
export class TokenReader {
  private i: number;

  constructor(
    private readonly text: string,
    from = 0,
    /** Lower-case words that end at an apostrophe: "l’alinéa" reads as "l’" and "alinéa". */
    private readonly elisions: ReadonlySet<string> | null = null,
  ) {
    this.i = from;
  }

  next(): Token | null {
    const text = this.text;
    const n = text.length;
    let i = this.i;
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) {
      this.i = i;
      return null;
    }
    const start = i;
    const c = text.charCodeAt(i);
    let type: Token['type'];
    // Words already in lower-case ASCII, the most of them, need no toLowerCase.
    let lowerAscii = true;
    let ascii = c < 128;
    if (isLetterAt(text, i)) {
      type = 'word';
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) continue;
        if (isLetterAt(text, i) || (isJoiner(d) && i + 1 < n && isLetterAt(text, i + 1))) {
          if (d >= 128) ascii = false;
          // Only an apostrophe ends an elided word: "l’alinéa", never the "d" of "décision".
          if ((d === 39 || d === 0x2019) && this.elisions !== null && this.elisions.has(text.slice(start, i).toLowerCase())) {
            i++;
            lowerAscii = false;
            break;
          }
          lowerAscii &&= d === 45 || d === 39;
        } else if (isMarkAt(text, i)) lowerAscii = ascii = false;
        else break;
      }
    } else if (isDigitCode(c)) {
      type = 'num';
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else {
      type = 'punct';
      i++;
    }
    this.i = i;
    return new ReadToken(type, text.slice(start, i), start, i, lowerAscii, ascii);
  }
}

/** A token as read: a capitalized word is lowered only when a recognizer compares it, which most never are. */
class ReadToken implements Token {
  private bare: string | null;

  constructor(
    readonly type: Token['type'],
    readonly text: string,
    readonly start: number,
    readonly end: number,
    lowerAscii: boolean,
    readonly ascii: boolean,
  ) {
    this.bare = lowerAscii ? text : null;
  }

  get lower(): string {
    // "بالقرارَين" is "بالقرارين" with a vowel sign: words compare without their marks.
    return (this.bare ??= bareWord(this.text));
  }
}
