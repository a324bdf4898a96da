/** Character classes tested on UTF-16 code units, without regular expressions: the parser's hot loops. */

/**
 * White space that PDF extraction and XML rendering leave around text: JavaScript's `\s`, plus the
 * zero-width and bidi marks (U+200B–U+200F).
 */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Marks that show nothing and that extraction or markup leaves next to numbers and labels ("6.\u200E
 * Reaffirms"): bidi marks, zero-width space and joiner, word joiner, byte-order mark, soft hyphen. The
 * parser reads past them at the edges of lines and labels; they stay in the text.
 */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
}

export function isSpaceOrInvisibleCode(c: number): boolean {
  return isSpaceCode(c) || isInvisibleCode(c);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

const LOWER_START = /^\p{Ll}/u;

/** The text starts with a lower-case letter at `i` (ASCII answered without Unicode tables). */
export function startsLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLowerCode(c);
  // Two code units: a letter outside the Basic Multilingual Plane is a surrogate pair.
  return LOWER_START.test(text.slice(i, i + 2));
}

const UPPER_START = /^\p{Lu}/u;

/** The text starts with an upper-case letter at `i`. */
export function startsUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text.slice(i, i + 2));
}

export function startsLower(t: string): boolean {
  return startsLowerAt(t, 0);
}
