/** Hover: the target of an internal reference, who cites a paragraph, what a document reference is. */
import type { DocumentKind, DocumentReference, Resolution, Span } from '../model';
import { nodeName, targetLabel } from '../describe';
import { escapeMarkdown, link } from '../markdown';
import { shorten } from '../text';
import { citingParagraphs, type Citable } from './citations';
import { locate } from './locate';
import { officialUrl } from './links';
import type { LibraryView } from '../library';
import { scYearOf } from '../scYears';
import { agreedLine } from './precedents';

export interface Hover {
  readonly span: Span;
  readonly markdown: string;
}


const KIND_NAMES: Record<DocumentKind, string> = {
  'sc-resolution': 'Security Council resolution',
  'ga-resolution': 'General Assembly resolution',
  'hrc-resolution': 'Human Rights Council resolution',
  'presidential-statement': 'Statement by the President of the Security Council',
  'meeting-record': 'Security Council meeting record',
  document: 'United Nations document',
};

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

function documentHover(ref: DocumentReference, library: LibraryView | undefined): string {
  const doc = library?.get(ref.symbol) ?? null;
  const lines = [`**${escapeMarkdown(ref.symbol)}** — ${KIND_NAMES[ref.docKind]}`];
  const subject = doc?.subject ?? doc?.title;
  if (subject) lines.push('', escapeMarkdown(subject));
  const when = [doc?.date, doc?.meeting].filter(Boolean).join(', ');
  if (when) lines.push('', `Adopted ${escapeMarkdown(when)}${doc?.vote ? `; ${escapeMarkdown(doc.vote)}` : ''}.`);
  else if (ref.docKind === 'sc-resolution' && ref.number !== null) {
    const year = scYearOf(ref.number);
    if (year) lines.push('', `Adopted in ${year}.`);
  }
  if (ref.paragraphs.length > 0) {
    for (const p of ref.paragraphs) {
      const number = p.label.split(' ')[0];
      const text = doc?.paragraphs?.find((x) => x.label === number)?.text;
      lines.push('', text ? `Paragraph ${escapeMarkdown(number)}: ${escapeMarkdown(shorten(text, MAX_TEXT))}` : `Cites paragraph ${escapeMarkdown(p.label)} of that document.`);
    }
  } else if (doc?.paragraphs?.[0]) lines.push('', `1\\. ${escapeMarkdown(shorten(doc.paragraphs[0].text, MAX_TEXT))}`);
  lines.push('', link('Official document', officialUrl(ref)));
  if (!library || (!doc && !library.maxScNumber)) lines.push('', '_Add resolutions to the library (setting `unres.library.paths`, or the CLI option `--library`) to see their subject, date and text here._');
  return lines.join('\n');
}

export function hover(model: Resolution, offset: number, library?: LibraryView): Hover | null {
  const hit = locate(model, offset);
  if (!hit) return null;
  if (hit.kind === 'document') return { span: hit.ref.span, markdown: documentHover(hit.ref, library) };
  if (hit.kind === 'label') {
    const agreed = agreedLine(model, hit.node, library);
    return { span: hit.node.labelSpan, markdown: `${describeNode(model, hit.node)}\n\n${citedBy(model, hit.node)}${agreed ? `\n\n${escapeMarkdown(agreed)}` : ''}` };
  }
  const t = hit.target;
  if (!t.resolved) return { span: t.span, markdown: `No paragraph ${escapeMarkdown(targetLabel(model, t))} in this text.` };
  return { span: t.span, markdown: describeNode(model, t.resolved) };
}
