/**
 * First pass: classify every line as blank, content, footnote or PDF artifact (page headers, footers,
 * job numbers, barcodes, link lines, repeated running titles). Linear in the text length.
 */
import type { Artifact } from '../model';

export type LineKind = 'blank' | 'content' | 'artifact' | 'footnote';

export interface Line {
  readonly start: number;
  readonly end: number;
  /** Content without leading/trailing white space. */
  readonly trimmedStart: number;
  readonly trimmedEnd: number;
  kind: LineKind;
  artifact?: Artifact['type'];
}

const SYMBOL_LINE = /^(?:S\/RES\/\d{1,4} ?\(\d{4}\)|A\/RES\/\d{1,3}\/\d{1,4}(?: [A-Z])?|A\/HRC\/RES\/\d{1,3}\/\d{1,4}|S\/RES\/\d{1,4})$/;
const JOB_NUMBER = /^\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s{1,20}\d{1,3}\/\d{1,3})?$/;
const PAGE_THEN_JOB = /^\d{1,3}\/\d{1,3}\s{1,20}\d{2}-\d{5}(?: ?\([A-Z]\))?$/;
const PAGE_NUMBER = /^\d{1,3}\/\d{1,3}$/;
const BARCODE = /^\*\d{5,10}\*$/;
const LINK = /^https?:\/\/\S{1,2000}$/;
const SEPARATOR = /^_{5,}$/;
/** White space that PDF extraction and XML rendering leave around text: spaces, tabs, no-break and bidi marks. */
/** How many lines from the top a cover symbol may stand. */
const COVER_LINES = 12;
const SPACE = /[\s\u00a0\u200b-\u200f\u2028\u2029\ufeff]/;

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let ts = start;
    while (ts < end && isSpace(text[ts])) ts++;
    let te = end;
    while (te > ts && isSpace(text[te - 1])) te--;
    lines.push({ start, end, trimmedStart: ts, trimmedEnd: te, kind: ts === te ? 'blank' : 'content' });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

function strongArtifact(t: string, seenSymbol: boolean): Artifact['type'] | null {
  if (SEPARATOR.test(t)) return 'separator';
  if (t.length > 2100) return null;
  if (JOB_NUMBER.test(t) || PAGE_THEN_JOB.test(t)) return 'job-number';
  if (PAGE_NUMBER.test(t)) return 'page-number';
  if (BARCODE.test(t)) return 'barcode';
  if (LINK.test(t)) return 'link';
  if (seenSymbol && SYMBOL_LINE.test(t)) return 'page-header';
  return null;
}

/**
 * Marks artifacts and footnotes in place. The first symbol line is the cover's; later copies are page
 * headers. Lines repeated elsewhere in the text that stand next to page furniture are running titles.
 */
export function classifyLines(text: string, lines: Line[]): void {
  let seenSymbol = false;
  let contentLines = 0;
  const trimmed = (l: Line): string => text.slice(l.trimmedStart, l.trimmedEnd);
  for (const line of lines) {
    if (line.kind !== 'content') continue;
    const t = trimmed(line);
    // The cover's own symbol line stands among the first lines; later copies are page headers.
    const type = strongArtifact(t, seenSymbol || contentLines++ > COVER_LINES);
    if (type) {
      line.kind = 'artifact';
      line.artifact = type;
    } else if (SYMBOL_LINE.test(t)) seenSymbol = true;
  }
  markRunningTitles(lines, trimmed);
  markFootnotes(lines);
}

function isFurniture(l: Line): boolean {
  return l.kind === 'artifact' && l.artifact !== 'separator' && l.artifact !== 'link';
}

function markRunningTitles(lines: Line[], trimmed: (l: Line) => string): void {
  // Running titles stand beside page furniture: a text without any has none.
  if (!lines.some(isFurniture)) return;
  const count = new Map<string, number>();
  for (const l of lines) if (l.kind === 'content') count.set(trimmed(l), (count.get(trimmed(l)) ?? 0) + 1);
  // A running title is at most a few lines long, so a few passes grow every cluster completely.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind !== 'content' || (count.get(trimmed(l)) ?? 0) < 2) continue;
      if (neighbour(lines, i, -1, isFurniture) || neighbour(lines, i, 1, isFurniture)) {
        l.kind = 'artifact';
        l.artifact = 'page-header';
        changed = true;
      }
    }
    if (!changed) break;
  }
}

/** The nearest non-blank line in direction `dir` satisfies `pred`. */
function neighbour(lines: Line[], i: number, dir: number, pred: (l: Line) => boolean): boolean {
  for (let j = i + dir; j >= 0 && j < lines.length; j += dir) {
    if (lines[j].kind !== 'blank') return pred(lines[j]);
  }
  return false;
}

/** Footnotes run from a separator line to the next page furniture or the end of the text. */
function markFootnotes(lines: Line[]): void {
  let inFootnotes = false;
  for (const l of lines) {
    if (l.kind === 'artifact') inFootnotes = l.artifact === 'separator' || (inFootnotes && !isFurniture(l));
    else if (inFootnotes && l.kind === 'content') l.kind = 'footnote';
  }
}

export function artifactsOf(lines: readonly Line[]): Artifact[] {
  const out: Artifact[] = [];
  for (const l of lines) {
    if (l.kind === 'artifact' && l.artifact) out.push({ kind: 'artifact', type: l.artifact, span: { start: l.trimmedStart, end: l.trimmedEnd } });
  }
  return out;
}
