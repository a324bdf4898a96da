/** Paragraph endings, ignoring a trailing footnote number ("Questions,2") and closing quotes. */
import { isDigitCode, isSpaceCode } from '../parse/chars';
import { isEndingMark } from '../lang';

/** Closing quotes and brackets: ” ’ " ' ) ]. */
const CLOSERS: ReadonlySet<number> = new Set([0x201d, 0x2019, 0x22, 0x27, 0x29, 0x5d]);
/** Footnote numbers glued to the end are at most this long. */
const FOOTNOTE_DIGITS = 3;

/**
 * The final punctuation mark, read backwards from the end (a pattern anchored only at `$` would be
 * tried at every offset of the paragraph): spaces, up to three digits, one closing quote or bracket.
 */
export function endingOf(text: string): string {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  for (let d = 0; d < FOOTNOTE_DIGITS && i > 0 && isDigitCode(text.charCodeAt(i - 1)); d++) i--;
  if (i > 0 && CLOSERS.has(text.charCodeAt(i - 1))) i--;
  return i > 0 && isEndingMark(text.charCodeAt(i - 1)) ? text.charAt(i - 1) : '';
}

/** Offset in `text` just after the last character that is not a space, footnote number or quote. */
export function endOffset(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  while (i > 0 && (isDigitCode(text.charCodeAt(i - 1)) || CLOSERS.has(text.charCodeAt(i - 1)))) i--;
  return i;
}
