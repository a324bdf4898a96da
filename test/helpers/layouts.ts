/**
 * Re-lays a clean draft (one block a line) the way other sources deliver the same text, so tests can
 * prove that every layout parses to the same structure.
 */

function wrap(block: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of block.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Hard-wrapped at 72 columns, a blank line between paragraphs. */
export function hardWrapped(clean: string): string {
  return clean
    .split(/\n\s*\n/)
    .map((b) => wrap(b.trim(), 72).join('\n'))
    .join('\n\n');
}

/**
 * The UN's PDF extraction: a blank line after every line, paragraph starts indented by one space,
 * and a page header, footer with job number and page, and a link line every `pageLines` lines.
 */
export function pdfExtraction(clean: string, symbol: string, pageLines = 14): string {
  const out: string[] = [];
  let onPage = 0;
  let page = 1;
  for (const block of clean.split(/\n\s*\n/)) {
    wrap(block.trim(), 80).forEach((line, i) => {
      out.push((i === 0 ? ' ' : '') + line + ' ', '');
      if (++onPage === pageLines) {
        out.push('https://undocs.org/en/S/RES/2374(2017)', `26-01234 ${page}/9`, '', symbol, '');
        page++;
        onPage = 0;
      }
    });
  }
  return out.join('\n');
}
