/** Hover: the target of an internal reference, who cites a paragraph, what a document reference is. */
import type { Resolution, Span } from '../model';
import { nodeName, targetLabel } from '../describe';
import { escapeMarkdown } from '../markdown';
import { shorten } from '../text';
import { citingParagraphs, type Citable } from './citations';
import { locate } from './locate';
import type { LibraryView } from '../library';
import { documentHover } from './documentHover';

export interface Hover {
  readonly span: Span;
  readonly markdown: string;
}


const MAX_TEXT = 600;

function headingOf(model: Resolution, node: Citable): string | null {
  let heading: string | null = null;
  for (const h of model.headings) if (h.span.start < node.span.start) heading = h.text;
  return heading;
}

function describeNode(model: Resolution, node: Citable): string {
  const heading = node.kind === 'preamble' ? null : headingOf(model, node);
  const lines = [`**${escapeMarkdown(capitalize(nodeName(model, node)))}**${heading ? ` — _${escapeMarkdown(heading)}_` : ''}`, '', escapeMarkdown(shorten(node.content.text, MAX_TEXT))];
  return lines.join('\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function citedBy(model: Resolution, node: Citable): string {
  const by = citingParagraphs(model, node);
  if (by.length === 0) return 'Not cited by any paragraph.';
  const ops = by.filter((p) => p.kind === 'operative').map((p) => p.label);
  const pre = by.filter((p) => p.kind === 'preamble').map((p) => `preambular paragraph ${p.index + 1}`);
  const names = [...(ops.length > 0 ? [`paragraph${ops.length > 1 ? 's' : ''} ${ops.join(', ')}`] : []), ...pre];
  return `Cited by ${escapeMarkdown(names.join(' and '))}.`;
}

export function hover(model: Resolution, offset: number, library?: LibraryView): Hover | null {
  const hit = locate(model, offset);
  if (!hit) return null;
  if (hit.kind === 'document') return { span: hit.ref.span, markdown: documentHover(hit.ref, library, model.language) };
  if (hit.kind === 'label') return { span: hit.node.labelSpan, markdown: `${describeNode(model, hit.node)}\n\n${citedBy(model, hit.node)}` };
  const t = hit.target;
  if (!t.resolved) return { span: t.span, markdown: `No paragraph ${escapeMarkdown(targetLabel(model, t))} in this text.` };
  return { span: t.span, markdown: describeNode(model, t.resolved) };
}
