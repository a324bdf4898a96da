/** The comparison as JSON (LSP ranges), as text for a terminal, and as a self-contained HTML page. */
import type { Resolution, Span } from '../model';
import { LineIndex, type Position } from '../text';
import type { Alignment, Change, ComparedParagraph, Comparison } from './compare';
import { wordDiffText } from '../agreed/diff';

export interface Side {
  readonly file: string;
  readonly symbol: string | null;
  readonly model: Resolution;
}

interface JsonParagraph {
  readonly index: number;
  readonly label: string | null;
  readonly range: { start: Position; end: Position };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function paragraphJson(p: ComparedParagraph | null, index: LineIndex): JsonParagraph | null {
  if (!p) return null;
  const range = (s: Span) => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
  return { index: p.index, label: p.label, range: range(p.span) };
}

/** The JSON form of issue #15: `old`, `new` and `paragraphs` in the new text's order. */
export function comparisonJson(result: Comparison, old: Side, now: Side) {
  const oldIndex = new LineIndex(old.model.text);
  const newIndex = new LineIndex(now.model.text);
  return {
    old: { file: old.file, symbol: old.symbol },
    new: { file: now.file, symbol: now.symbol },
    paragraphs: result.paragraphs.map((a) => ({
      part: a.part,
      old: paragraphJson(a.old, oldIndex),
      new: paragraphJson(a.new, newIndex),
      change: a.change,
      similarity: round(a.similarity),
      diff: a.diff.map((d) => ({ op: d.op, text: d.text })),
    })),
  };
}

/** "op 21", "pp 3": how drafters name paragraphs. */
function paragraphName(part: Alignment['part'], p: ComparedParagraph): string {
  return part === 'preamble' ? `pp ${p.index}` : `op ${p.label ?? p.index}`;
}

const MARKS: Record<Change, string> = { unchanged: '=', changed: '~', moved: '>', added: '+', removed: '-' };

/** One line a paragraph; the changed words in [-deleted-]{+inserted+} form (as `git diff --word-diff`). */
export function comparisonText(result: Comparison, old: Side, now: Side): string {
  const lines = [`--- ${old.symbol ?? old.file}`, `+++ ${now.symbol ?? now.file}`];
  const counts = new Map<Change, number>();
  for (const a of result.paragraphs) {
    counts.set(a.change, (counts.get(a.change) ?? 0) + 1);
    const where = [a.old ? paragraphName(a.part, a.old) : '', a.new ? paragraphName(a.part, a.new) : ''].filter(Boolean).join(' → ');
    const head = `${MARKS[a.change]} ${where} ${a.change}${a.change === 'changed' || a.change === 'moved' ? ` (${Math.round(a.similarity * 100)}%)` : ''}`;
    if (a.change === 'unchanged') {
      lines.push(head);
      continue;
    }
    const body = wordDiffText(a.diff);
    lines.push(`${head}: ${a.change === 'added' || a.change === 'removed' ? a.diff.map((d) => d.text).join('').trim() : body}`);
  }
  const order: Change[] = ['unchanged', 'changed', 'moved', 'added', 'removed'];
  lines.push('', order.map((c) => `${counts.get(c) ?? 0} ${c}`).join(', '));
  return lines.join('\n') + '\n';
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: 14px; line-height: 1.5; margin: 1.5em; color: var(--vscode-foreground, #1f2328); background: var(--vscode-editor-background, #fff); }
h1 { font-size: 1.2em; margin: 0 0 .2em; } .summary { opacity: .8; margin-bottom: 1em; }
.row { display: grid; grid-template-columns: 9em 1fr; gap: 1em; padding: .4em .2em; border-top: 1px solid rgba(128,128,128,.25); }
.where { font-variant-numeric: tabular-nums; white-space: nowrap; } .where small { display: block; opacity: .7; }
.badge { display: inline-block; font-size: .75em; padding: 0 .5em; border-radius: 1em; margin-top: .2em; }
.unchanged { opacity: .55; } .unchanged .badge { background: rgba(128,128,128,.2); }
.changed .badge { background: #fff3c4; color: #6b4e00; } .moved .badge { background: #dbe9ff; color: #0b3d91; }
.added .badge { background: #d8f5d0; color: #135e00; } .removed .badge { background: #ffd9d9; color: #8a0000; }
ins { background: rgba(46,160,67,.25); text-decoration: none; } del { background: rgba(248,81,73,.25); }
.removed .text { text-decoration: line-through; opacity: .8; }
`;

/** A readable page: one row a paragraph, changed words marked, unchanged paragraphs dimmed. */
export function comparisonHtml(result: Comparison, old: Side, now: Side): string {
  const title = `${escapeHtml(now.symbol ?? now.file)} compared with ${escapeHtml(old.symbol ?? old.file)}`;
  const counts = new Map<Change, number>();
  const rows = result.paragraphs.map((a) => {
    counts.set(a.change, (counts.get(a.change) ?? 0) + 1);
    const here = a.new ? paragraphName(a.part, a.new) : `(${paragraphName(a.part, a.old!)})`;
    const was = a.old && a.new ? `<small>was ${escapeHtml(paragraphName(a.part, a.old))}</small>` : '';
    const text = a.diff.map((d) => (d.op === 'equal' ? escapeHtml(d.text) : d.op === 'insert' && a.change !== 'added' ? `<ins>${escapeHtml(d.text)}</ins>` : d.op === 'delete' && a.change !== 'removed' ? `<del>${escapeHtml(d.text)}</del>` : escapeHtml(d.text))).join('');
    const pct = a.change === 'changed' || a.change === 'moved' ? ` ${Math.round(a.similarity * 100)}%` : '';
    return `<div class="row ${a.change}"><div class="where">${escapeHtml(here)}${was}<span class="badge">${a.change}${pct}</span></div><div class="text">${text}</div></div>`;
  });
  const order: Change[] = ['unchanged', 'changed', 'moved', 'added', 'removed'];
  const summary = order.map((c) => `${counts.get(c) ?? 0} ${c}`).join(' · ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"><title>${title}</title><style>${STYLE}</style></head>
<body><h1>${title}</h1><div class="summary">${summary}</div>
${rows.join('\n')}
</body></html>
`;
}
