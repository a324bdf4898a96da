/** Paragraph endings, ignoring a trailing footnote number ("Questions,2") and closing quotes. */
import { isDigitCode, isSpaceCode } from '../parse/chars';
import { ENDING_MARKS } from '../lang';

const CLOSERS = '”’"\')]';
const ENDINGS = ENDING_MARKS;
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
  if (i > 0 && CLOSERS.includes(text.charAt(i - 1))) i--;
  const c = text.charAt(i - 1);
  return i > 0 && ENDINGS.includes(c) ? c : '';
}

/** Offset in `text` just after the last character that is not a space, footnote number or quote. */
export function endOffset(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  while (i > 0 && (isDigitCode(text.charCodeAt(i - 1)) || CLOSERS.includes(text.charAt(i - 1)))) i--;
  return i;
}
