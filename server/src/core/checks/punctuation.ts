/** Paragraph endings, ignoring a trailing footnote number ("Questions,2") and closing quotes. */
const END = /([.,;:])[”’"')\]]?\d{0,3}$/;

export function endingOf(text: string): string {
  const m = END.exec(text.trimEnd());
  return m ? m[1] : '';
}

/** Offset in `text` just after the last character that is not a space, footnote number or quote. */
export function endOffset(text: string): number {
  let i = text.trimEnd().length;
  while (i > 0 && /[\d”’"')\]]/.test(text[i - 1])) i--;
  return i;
}
