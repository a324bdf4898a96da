/**
 * "Clean up text pasted from a PDF": drops page furniture, joins the lines of each paragraph and lays the
 * text out as a clean draft (one block a line, a blank line between blocks), footnotes after a separator
 * line at the end. Every word of the text body stays, in order.
 */
import type { Resolution } from '../model';

export function cleanUpPdfText(model: Resolution): string {
  const all = model.blocks;
  // Cover blocks of a PDF hold several cover lines each: lay those out one a line.
  const bodyStart = model.organ ? all.findIndex((b) => b.span.start >= model.organ!.span.start) : 0;
  const blocks = [...(bodyStart > 0 ? model.cover.map((c) => c.text) : []), ...all.slice(Math.max(0, bodyStart)).map((b) => b.content.text)];
  const footnotes = model.footnotes.map((f) => f.text);
  return blocks.join('\n\n') + '\n' + (footnotes.length > 0 ? `\n__________________\n\n${footnotes.join('\n')}\n` : '');
}
