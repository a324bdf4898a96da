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
const DIGIT = /[0-9]/;
const JOINER = /[-’']/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const start = i;
    let type: Token['type'];
    if (LETTER.test(ch)) {
      type = 'word';
      i++;
      while (i < n && (LETTER.test(text[i]) || (JOINER.test(text[i]) && i + 1 < n && LETTER.test(text[i + 1])))) i++;
    } else if (DIGIT.test(ch)) {
      type = 'num';
      while (i < n && DIGIT.test(text[i])) i++;
    } else {
      type = 'punct';
      i++;
    }
    const t = text.slice(start, i);
    tokens.push({ type, text: t, lower: t.toLowerCase(), start, end: i });
  }
  return tokens;
}
