/**
 * First pass: classify every line as blank, content, footnote or PDF artifact (page headers, footers,
 * job numbers, barcodes, link lines, repeated running titles). Linear in the text length.
 */
import type { Artifact } from '../model';
import { isDigitCode, isSpaceOrInvisibleCode } from './chars';

export type LineKind = 'blank' | 'content' | 'artifact' | 'footnote';

/** A class rather than object literals: every line has one shape from the start, though classification changes some. */
export class Line {
  kind: LineKind;
  artifact: Artifact['type'] | null = null;

  constructor(
    readonly start: number,
    readonly end: number,
    /** Content without leading/trailing white space (nor the quotation marks of a quoted text). */
    public trimmedStart: number,
    public trimmedEnd: number,
  ) {
    this.kind = trimmedStart === trimmedEnd ? 'blank' : 'content';
  }
}

const SYMBOL_LINE = /^(?:S\/RES\/\d{1,4} ?\(\d{4}\)|A\/RES\/\d{1,3}\/\d{1,4}(?: [A-Z])?|A\/HRC\/RES\/\d{1,3}\/\d{1,4}|S\/RES\/\d{1,4})$/;
const JOB_NUMBER = /^\d{2}-\d{5}(?: ?\([A-Z]\))?(?:\s{1,20}\d{1,3}\/\d{1,3})?$/;
const PAGE_THEN_JOB = /^\d{1,3}\/\d{1,3}\s{1,20}\d{2}-\d{5}(?: ?\([A-Z]\))?$/;
const PAGE_NUMBER = /^\d{1,3}\/\d{1,3}$/;
const BARCODE = /^\*\d{5,10}\*$/;
const LINK = /^https?:\/\/\S{1,2000}$/;
const SEPARATOR = /^_{5,}$/;
/** How many lines from the top a cover symbol may stand. */
const COVER_LINES = 12;
const LONE_CR = /\r(?!\n)/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // Line feeds are found by indexOf (a native search); only texts with old Mac line ends need the slow loop.
  const loneCr = text.includes('\r') && LONE_CR.test(text);
  let start = 0;
  for (;;) {
    let end: number;
    let next: number;
    if (loneCr) {
      end = start;
      while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      next = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    } else {
      const nl = text.indexOf('\n', start);
      end = nl < 0 ? n : nl;
      next = end + 1;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    let ts = start;
    while (ts < end && isSpaceOrInvisibleCode(text.charCodeAt(ts))) ts++;
    let te = end;
    while (te > ts && isSpaceOrInvisibleCode(text.charCodeAt(te - 1))) te--;
    lines.push(new Line(start, end, ts, te));
    if (next > n) break;
    start = next;
  }
  return lines;
}

/** Job numbers, page numbers and symbol lines are at most this long. */
const SHORT_ARTIFACT = 40;

/** Whether `strongArtifact` could recognize the line: most lines skip its regular expressions. */
export function mayBeArtifact(text: string, l: Line): boolean {
  const c = text.charCodeAt(l.trimmedStart);
  if (c === 95 /* _ */ || c === 42 /* * */ || c === 104 /* h */) return true;
  const short = l.trimmedEnd - l.trimmedStart <= SHORT_ARTIFACT;
  if (isDigitCode(c)) return short;
  // "S/RES/..." and "A/RES/...".
  return (c === 83 || c === 65) && short && text.charCodeAt(l.trimmedStart + 1) === 47;
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

const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

/** What `classifyLines` found, so that later passes over the lines run only when they can find something. */
export interface LineFacts {
  /** Some line opens with a quotation mark (the press-release form, which `unquote` reads). */
  readonly quoted: boolean;
  /** Some line is an artifact. */
  readonly artifacts: boolean;
  /** Some line may be a footnote: footnotes follow a separator line. */
  readonly footnotes: boolean;
  /** The PDF layout: most content lines are followed by a blank line and a good share start indented. */
  readonly indentedLayout: boolean;
}

/** What the layout test counts of the content lines. */
class LayoutCounts {
  content = 0;
  indented = 0;
  blankAfter = 0;

  /** Counts line `i`, a content line. */
  add(lines: readonly Line[], i: number): void {
    this.content++;
    if (lines[i].trimmedStart > lines[i].start) this.indented++;
    if (i + 1 < lines.length && lines[i + 1].kind === 'blank') this.blankAfter++;
  }

  indentedLayout(): boolean {
    if (this.content < 4) return false;
    const ratio = this.indented / this.content;
    return ratio > 0.1 && ratio < 0.85 && this.blankAfter / this.content > 0.6;
  }
}

/**
 * Marks artifacts and footnotes in place. The first symbol line is the cover's; later copies are page
 * headers. Lines repeated elsewhere in the text that stand next to page furniture are running titles.
 */
export function classifyLines(text: string, lines: Line[]): LineFacts {
  let seenSymbol = false;
  let contentLines = 0;
  let quoted = false;
  // What the passes below start from: most texts have no page furniture, footnotes or quoted paragraphs, and skip them.
  let artifacts = false;
  let furniture = false;
  let separator = false;
  // Counted in this loop: the passes below seldom run, and a pass over the lines of its own costs as much as this one.
  let layout = new LayoutCounts();
  const trimmed = (l: Line): string => text.slice(l.trimmedStart, l.trimmedEnd);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Every line that is not blank is content until this loop reaches it.
    if (line.kind !== 'content') continue;
    if (text.charCodeAt(line.trimmedStart) === OPEN_QUOTE) quoted = true;
    if (!mayBeArtifact(text, line)) {
      contentLines++;
      layout.add(lines, i);
      continue;
    }
    const t = trimmed(line);
    // The cover's own symbol line stands among the first lines; later copies are page headers.
    const type = strongArtifact(t, seenSymbol || contentLines++ > COVER_LINES);
    if (type) {
      line.kind = 'artifact';
      line.artifact = type;
      artifacts = true;
      furniture ||= isFurniture(line);
      separator ||= type === 'separator';
      continue;
    }
    if (SYMBOL_LINE.test(t)) seenSymbol = true;
    layout.add(lines, i);
  }
  // Running titles stand beside page furniture, footnotes after a separator line, and the press-release form
  // quotes its paragraphs: a text without any has none.
  if (furniture) markRunningTitles(text, lines, trimmed);
  if (separator) markFootnotes(lines);
  if (quoted) unquote(text, lines);
  // Those passes turn content lines into artifacts, footnotes or blank lines: the layout is counted again.
  if (furniture || separator || quoted) layout = countLayout(lines);
  return { quoted, artifacts, footnotes: separator, indentedLayout: layout.indentedLayout() };
}

function countLayout(lines: readonly Line[]): LayoutCounts {
  const layout = new LayoutCounts();
  for (let i = 0; i < lines.length; i++) if (lines[i].kind === 'content') layout.add(lines, i);
  return layout;
}

/** Quoted lines a press release holds at least: the organ line and two paragraphs. */
const MIN_QUOTED = 3;

/**
 * The press-release form ("The full text of resolution 1919 (2010) reads as follows:" then “The Security
 * Council,, “Recalling ..., “1. Decides ..., “3. ... of the matter.”): every paragraph opens with a quotation
 * mark, the first is the organ line (short, ends with a comma), and the last closes the quotation. The marks
 * stay in the text, outside the lines' content, so the paragraphs read as in the resolution.
 */
function unquote(text: string, lines: Line[]): void {
  let first = -1;
  let quoted = 0;
  let content = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'content') continue;
    if (text.charCodeAt(l.trimmedStart) === OPEN_QUOTE) {
      if (first < 0) first = i;
      quoted++;
    }
    if (first >= 0) content++;
  }
  if (quoted < MIN_QUOTED || quoted * 2 < content) return;
  const f = lines[first];
  if (f.trimmedEnd - f.trimmedStart > 80 || text.charCodeAt(f.trimmedEnd - 1) !== 44) return;
  let last: Line | null = null;
  for (let i = first; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'content' || text.charCodeAt(l.trimmedStart) !== OPEN_QUOTE) continue;
    l.trimmedStart++;
    while (l.trimmedStart < l.trimmedEnd && isSpaceOrInvisibleCode(text.charCodeAt(l.trimmedStart))) l.trimmedStart++;
    if (l.trimmedStart === l.trimmedEnd) l.kind = 'blank';
    else last = l;
  }
  if (last && text.charCodeAt(last.trimmedEnd - 1) === CLOSE_QUOTE && last.trimmedEnd - 1 > last.trimmedStart) last.trimmedEnd--;
}

function isFurniture(l: Line): boolean {
  return l.kind === 'artifact' && l.artifact !== 'separator' && l.artifact !== 'link';
}

/** A running title is at most a few lines long, so a few passes grow every cluster completely. */
const TITLE_PASSES = 3;

function markRunningTitles(text: string, lines: Line[], trimmed: (l: Line) => string): void {
  const repeated = repeatedNearFurniture(text, lines, trimmed);
  for (let pass = 0; pass < TITLE_PASSES; pass++) {
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.kind !== 'content' || !repeated[i]) continue;
      if (neighbour(lines, i, -1, isFurniture) || neighbour(lines, i, 1, isFurniture)) {
        l.kind = 'artifact';
        l.artifact = 'page-header';
        changed = true;
      }
    }
    if (!changed) break;
  }
}

/**
 * Which content lines close enough to page furniture to become running titles occur more than once
 * in the text. Only lines with a candidate's signature are read, so PDF extractions are not sliced line by line.
 */
function repeatedNearFurniture(text: string, lines: readonly Line[], trimmed: (l: Line) => string): Uint8Array {
  // Typed arrays: one shape whatever the text, so the optimized loops that read them stay optimized.
  const near = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (!isFurniture(lines[i])) continue;
    for (const dir of [-1, 1]) {
      let steps = 0;
      for (let j = i + dir; j >= 0 && j < lines.length && steps < TITLE_PASSES; j += dir) {
        if (lines[j].kind === 'blank') continue;
        if (lines[j].kind !== 'content') break;
        near[j] = 1;
        steps++;
      }
    }
  }
  const count = new Map<string, number>();
  const signatures = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (near[i]) {
      count.set(trimmed(lines[i]), 0);
      signatures.add(signature(text, lines[i]));
    }
  }
  for (const l of lines) {
    if (l.kind !== 'content' || !signatures.has(signature(text, l))) continue;
    const t = trimmed(l);
    const c = count.get(t);
    if (c !== undefined) count.set(t, c + 1);
  }
  const repeated = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) if (near[i] && (count.get(trimmed(lines[i])) ?? 0) >= 2) repeated[i] = 1;
  return repeated;
}

/**
 * Length, first, middle and last characters: equal lines have equal signatures. Kept within a small
 * integer, which a set hashes without boxing it (lines that share a signature are compared by text).
 */
function signature(text: string, l: Line): number {
  const len = l.trimmedEnd - l.trimmedStart;
  return (Math.imul(len, 0x9e3779b1) ^ Math.imul(text.charCodeAt(l.trimmedStart), 0x8001) ^ Math.imul(text.charCodeAt(l.trimmedStart + (len >> 1)), 31) ^ text.charCodeAt(l.trimmedEnd - 1)) & 0x3fffffff;
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
