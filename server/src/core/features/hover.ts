/** Hover: the target of an internal reference, who cites a paragraph, what a document reference is. */
import type { Resolution, Span } from '../model';
import { nodeName, targetLabel } from '../describe';
import { escapeMarkdown } from '../markdown';
import { shorten } from '../text';
import { citingParagraphs, type Citable } from './citations';
import { locate } from './locate';
import type { LibraryView } from '../library';
import { documentHover } from './documentHover';
import { translator, type Translate } from '../messages';
import { agreedLine } from './precedents';

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

function describeNode(model: Resolution, node: Citable, t: Translate): string {
  const heading = node.kind === 'preamble' ? null : headingOf(model, node);
  const lines = [`**${escapeMarkdown(capitalize(nodeName(model, node, t)))}**${heading ? ` — _${escapeMarkdown(heading)}_` : ''}`, '', escapeMarkdown(shorten(node.content.text, MAX_TEXT))];
  return lines.join('\n');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function citedBy(model: Resolution, node: Citable, t: Translate): string {
  const by = citingParagraphs(model, node);
  if (by.length === 0) return t('hover.notCited');
  const ops = by.filter((p) => p.kind === 'operative').map((p) => p.label);
  const pre = by.filter((p) => p.kind === 'preamble').map((p) => t('preambularParagraph', { number: p.index + 1 }));
  const names = [...(ops.length > 0 ? [ops.length > 1 ? t('hover.paragraphs', { labels: ops.join(', ') }) : t('paragraph', { label: ops[0] })] : []), ...pre];
  return t('hover.citedBy', { names: escapeMarkdown(names.reduce((a, b) => t('hover.and', { first: a, second: b }))) });
}

export function hover(model: Resolution, offset: number, library?: LibraryView, t: Translate = translator()): Hover | null {
  const hit = locate(model, offset);
  if (!hit) return null;
  if (hit.kind === 'document') return { span: hit.ref.span, markdown: documentHover(hit.ref, library, model.language, t) };
  if (hit.kind === 'label') {
    const agreed = agreedLine(model, hit.node, library, t);
    return { span: hit.node.labelSpan, markdown: `${describeNode(model, hit.node, t)}\n\n${citedBy(model, hit.node, t)}${agreed ? `\n\n${escapeMarkdown(agreed)}` : ''}` };
  }
  const target = hit.target;
  if (!target.resolved) return { span: target.span, markdown: t('hover.noParagraph', { label: escapeMarkdown(targetLabel(model, target)) }) };
  return { span: target.span, markdown: describeNode(model, target.resolved, t) };
}
