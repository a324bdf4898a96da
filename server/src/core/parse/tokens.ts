/** A linear tokenizer for paragraph text: words, numbers and single punctuation characters. */
import { isSpace } from './lines';

export interface Token {
  readonly type: 'word' | 'num' | 'punct';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

const LETTER = /\p{L}/u;

/** ASCII letters answer without a regular expression; other characters ask Unicode. */
function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(text[i]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c > 126 || c < 33 ? isSpace(text[i]) : false)) {
      i++;
      continue;
    }
    const start = i;
    let type: Token['type'];
    if (isLetter(text, i)) {
      type = 'word';
      i++;
      while (i < n && (isLetter(text, i) || (isJoiner(text.charCodeAt(i)) && i + 1 < n && isLetter(text, i + 1)))) i++;
    } else if (isDigit(c)) {
      type = 'num';
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    } else {
      type = 'punct';
      i++;
    }
    const t = text.slice(start, i);
    tokens.push({ type, text: t, lower: t.toLowerCase(), start, end: i });
  }
  return tokens;
}
