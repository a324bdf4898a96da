/**
 * Second pass: group content lines into blocks (paragraphs, headings, cover lines). Handles three
 * layouts: one block per line, hard-wrapped paragraphs separated by blank lines, and the UN's PDF
 * extractions where every line is followed by a blank line and paragraph starts are indented.
 */
import type { Block, Segment } from '../model';
import type { Line } from './lines';
import { isDigitCode, startsLowerAt } from './chars';
import type { BlockLabels } from './subLabels';
import { isClauseEndMark } from '../lang';

const NUMBER_OR_DASH_START = /^(?:\d{1,3}(?: [a-z]{3,9})?[\u00ad\u200b-\u200f\u2060\ufeff]{0,3}\.(?=[\s\u00ad\u200b-\u200f\u2060]|$)|[–—•-](?=\s))/;
const NUMBER_ONLY = /^\d{1,3}(?: [a-z]{3,9})?[\u00ad\u200b-\u200f\u2060\ufeff]{0,3}\.$/;
/** "26 Condemns", "232 .Recognizes": a paragraph number without its period, which starts a block after the end of a clause. */
const LOOSE_NUMBER = /^\d{1,3} \.?\p{Lu}/u;
/** "l." or "l0." for "1." or "10." before the words of a paragraph: a paragraph number typed with a letter. */
const LETTER_NUMBER = /^l[0-9lO]{0,2}\. {1,3}\p{Lu}/u;
const SECTION_NUMERAL = /^(?:[IVXL]{1,7}|[A-Z])\.?$/;
const SECTION_NUMERAL_MAX = 8;
/** Longest label that can stand alone on a line ("999 quinquies."). */
const LABEL_ONLY_MAX = 16;

/**
 * A row of a table: cells joined by " | " (the UN's text renderings, and ours of its XML: "1. Income from
 * staff assessment | 283 437 900", "| Part I. Political affairs |"), or, in a PDF extraction, a line that
 * ends in an amount written in groups of three figures ("2. General income 19 265 100", "(180 400)").
 * `bars`: whether the document holds a "|" at all (most do not, and their blocks are not searched for one).
 */
export function isTableRow(t: string, bars: boolean): boolean {
  const n = t.length;
  if (n === 0) return false;
  if (bars && (t.charCodeAt(0) === 124 || t.charCodeAt(n - 1) === 124 || indexOfCellBar(t, 0) >= 0)) return true;
  return endsWithAmount(t);
}

/**
 * Finds lines with cells marked by " | ", for lines in document order: one search of the text finds the
 * next marker, and only a line past it searches again. `bars`: whether the text holds a "|" at all.
 */
function markedRows(text: string, bars: boolean): (l: Line) => boolean {
  let bar = bars ? -1 : -2;
  return (l) => {
    if (text.charCodeAt(l.trimmedStart) === 124 || text.charCodeAt(l.trimmedEnd - 1) === 124) return true;
    if (bar !== -2 && bar < l.trimmedStart) {
      const next = indexOfCellBar(text, l.trimmedStart);
      bar = next < 0 ? -2 : next;
    }
    return bar >= 0 && bar + 3 <= l.trimmedEnd;
  };
}

/**
 * `text.indexOf(' | ', from)`, searching for the rare "|" rather than for the space that opens the marker:
 * a search for " | " stops at every space of the text.
 */
function indexOfCellBar(text: string, from: number): number {
  for (let i = text.indexOf('|', from + 1); i >= 0; i = text.indexOf('|', i + 1)) {
    if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return i - 1;
  }
  return -1;
}

/** "... 273 171 400" or "(180 400)" at the end: at least two groups of figures, the last ones of three. */
function endsWithAmount(t: string): boolean {
  let i = t.length - 1;
  if (t.charCodeAt(i) === 41) i--;
  let groups = 0;
  for (;;) {
    let digits = 0;
    while (i >= 0 && isDigitCode(t.charCodeAt(i)) && digits < 4) {
      i--;
      digits++;
    }
    if (digits === 0 || digits > 3) return false;
    groups++;
    if (i >= 0 && t.charCodeAt(i) === 32 && i > 0 && isDigitCode(t.charCodeAt(i - 1))) {
      if (digits !== 3) return false;
      i--;
      continue;
    }
    // The first group may be shorter; the amount stands alone or after a space or "(".
    return groups >= 2 && (i < 0 || t.charCodeAt(i) === 32 || t.charCodeAt(i) === 40);
  }
}

interface Draft {
  lines: Line[];
}

/** Reads the labels that start a block: paragraph numbers, dashes and sub-paragraph labels in the text's styles. */
class LabelReader {
  constructor(
    private readonly text: string,
    private readonly subLabels: BlockLabels,
  ) {}

  /**
   * The label at the start of the line: a paragraph number or dash, a sub-paragraph label, a number written
   * without its period ("loose": a block only after the end of a clause), or none.
   */
  at(l: Line): 'number' | 'sub' | 'loose' | null {
    const c = this.text.charCodeAt(l.trimmedStart);
    if (isNumberOrDash(c)) {
      const t = this.trimmed(l);
      if (NUMBER_OR_DASH_START.test(t)) return 'number';
      return isDigitCode(c) && LOOSE_NUMBER.test(t) ? 'loose' : null;
    }
    if (c === 108 && LETTER_NUMBER.test(this.text.slice(l.trimmedStart, Math.min(l.trimmedEnd, l.trimmedStart + 10)))) return 'number';
    return this.subLabels.readAt(this.text, l.trimmedStart, l.trimmedEnd) !== null ? 'sub' : null;
  }

  /** "1." or "(p)" alone on the line. */
  only(l: Line): boolean {
    const length = l.trimmedEnd - l.trimmedStart;
    if (length > LABEL_ONLY_MAX) return false;
    const c = this.text.charCodeAt(l.trimmedStart);
    if (isDigitCode(c)) return NUMBER_ONLY.test(this.trimmed(l));
    return this.subLabels.readAt(this.text, l.trimmedStart, l.trimmedEnd)?.length === length;
  }

  private trimmed(l: Line): string {
    return this.text.slice(l.trimmedStart, l.trimmedEnd);
  }
}

/** `bars`: whether the text holds a "|" (`isTableRow`); `indented`: the PDF layout (`LineFacts.indentedLayout`). */
export function buildBlocks(text: string, lines: readonly Line[], subLabels: BlockLabels, bars: boolean, indented: boolean): Block[] {
  const labels = new LabelReader(text, subLabels);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let broken = true;
  // Rows of a table marked with " | " are blocks of their own, and so is the line after the table; so are a
  // section's numeral ("II", "C.") and the line after it.
  let afterRow = false;
  const isMarkedRow = markedRows(text, bars);
  const startsBlock = (l: Line): boolean => {
    const row = isMarkedRow(l) || isSectionNumeral(text, l);
    const after = afterRow;
    afterRow = row;
    if (labels.only(l) || row || after) return true;
    if (!indented) return broken || (current !== null && labels.at(l) !== null && endsClause(text, current));
    const isIndented = l.trimmedStart > l.start;
    if (isIndented && !lineStartsLower(text, l)) return true;
    const label = labels.at(l);
    // A wrapped line may open with the labels of a reference ("paragraph 1 | (b) (ii), ..."): unindented,
    // a sub-paragraph label starts a block only after the end of a clause.
    return label === 'number' || (label !== null && (isIndented || current === null || endsClause(text, current)));
  };
  for (const l of lines) {
    if (l.kind !== 'content') {
      // In the PDF layout blank lines separate nothing; artifacts and footnotes never end a paragraph by
      // themselves (a block that continues the one before is joined to it below).
      if (!indented || l.kind !== 'blank') broken = true;
      continue;
    }
    // The block that a line would start is joined to the one before when it continues it or the one before is a
    // label alone, as the lines come.
    const starts = startsBlock(l);
    if (current !== null && (!starts || continues(text, labels, current, l, subLabels) || isLabelOnly(labels, current))) {
      current.lines.push(l);
    } else {
      current = { lines: [l] };
      drafts.push(current);
    }
    broken = false;
  }
  return drafts.map((d) => toBlock(text, d));
}

/** "II", "XXVI", "C." alone on a line: the numeral of a section heading. */
function isSectionNumeral(text: string, l: Line): boolean {
  return l.trimmedEnd - l.trimmedStart <= SECTION_NUMERAL_MAX && SECTION_NUMERAL.test(text.slice(l.trimmedStart, l.trimmedEnd));
}

/** Paragraph numbers start with a digit; dash items with a dash or bullet. */
function isNumberOrDash(c: number): boolean {
  return isDigitCode(c) || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022;
}

function lineStartsLower(text: string, l: Line): boolean {
  return startsLowerAt(text, l.trimmedStart);
}

/** The draft's last line ends with . ; or : (or a language's own marks for them: "。", "؛"), possibly followed by a footnote number ("the Paris Agreement.3"). */
function endsClause(text: string, d: Draft): boolean {
  const l = d.lines[d.lines.length - 1];
  let i = l.trimmedEnd - 1;
  const stop = Math.max(l.trimmedStart, i - 3);
  while (i > stop && isDigitCode(text.charCodeAt(i))) i--;
  return i >= 0 && isClauseEndMark(text.charCodeAt(i));
}

/** A block that starts in lower case without a label continues the previous one (a page or column break). */
function continues(text: string, labels: LabelReader, previous: Draft, first: Line, subLabels: BlockLabels): boolean {
  // Where paragraphs open in lower case (Russian), the case tells nothing.
  return lineStartsLower(text, first) && labels.at(first) === null && !endsClause(text, previous) && !subLabels.lowerCaseParagraphs();
}

/** "1." or "(p)" alone on a line (GA PDF extractions) belongs to the text that follows. */
function isLabelOnly(labels: LabelReader, d: Draft): boolean {
  return d.lines.length === 1 && labels.only(d.lines[0]);
}

function toBlock(text: string, d: Draft): Block {
  const first = d.lines[0];
  const last = d.lines[d.lines.length - 1];
  const span = { start: first.trimmedStart, end: last.trimmedEnd };
  // Most blocks are one line. An array literal holds its one segment exactly, where an array grown by push()
  // from empty reserves 17 places, which every block of the model would keep (and every garbage collection copy).
  if (d.lines.length === 1) return { span, content: { text: text.slice(first.trimmedStart, first.trimmedEnd), segments: [{ textStart: 0, docStart: first.trimmedStart, length: first.trimmedEnd - first.trimmedStart }] } };
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const l of d.lines) {
    if (parts.length > 0) length++;
    segments.push({ textStart: length, docStart: l.trimmedStart, length: l.trimmedEnd - l.trimmedStart });
    parts.push(text.slice(l.trimmedStart, l.trimmedEnd));
    length += l.trimmedEnd - l.trimmedStart;
  }
  // join() makes one flat string; repeated += would leave a rope that every later scan walks.
  return { span, content: { text: parts.join(' '), segments } };
}

/**
 * What this pass reads of one content line, as a key: where two texts differ in one line only and its key
 * is the same in both, they are cut into the same blocks (the incremental analysis relies on it). The line
 * keeps its kind and indentation; the rest of the text decides the layout and the language alike.
 */
export function lineShape(text: string, l: Line, subLabels: BlockLabels): string {
  const labels = new LabelReader(text, subLabels);
  // As `markedRows` finds them.
  const row = text.charCodeAt(l.trimmedStart) === 124 || text.charCodeAt(l.trimmedEnd - 1) === 124 || text.slice(l.trimmedStart, l.trimmedEnd).includes(' | ');
  return `${labels.only(l)} ${labels.at(l)} ${row} ${isSectionNumeral(text, l)} ${endsClause(text, { lines: [l] })} ${lineStartsLower(text, l)}`;
}
