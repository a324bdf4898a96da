/**
 * Third pass: place blocks in the resolution's structure (cover, organ line, preamble, headings,
 * operative paragraphs with nested sub-paragraphs, parts and annexes).
 */
import type {
  Adoption,
  Block,
  CoverLine,
  Heading,
  LabelKind,
  LabelStyle,
  Operative,
  OrganLine,
  Preambular,
  Section,
  Segment,
  Span,
  SubParagraph,
  TextContent,
} from '../model';
import { isEndingMark, LANGUAGES, leadingUnits, perLanguage, phrasesOpening, type Language } from '../lang';
import { docOffset, ownContent, ownSpan, sliceContent } from './content';
import { isDigitCode, isSpaceOrInvisibleCode, startsLower, startsUpperAt } from './chars';
import { readAnyStyle, subLabelStylesOf, type SubLabelStyles } from './subLabels';
import { nextLetter, nextRoman, nthLabel, ROMANS } from '../labels';
import { isTableRow } from './blocks';
import { lastLeaf, lastOf } from '../tree';

const OPERATIVE_LABEL = /^(\d{1,3})(?: ([a-z]{3,9}))?[\u00ad\u200b-\u200f\u2060\ufeff]{0,3}\.(?=[\s\u00ad\u200b-\u200f\u2060]|$)/;
/** A paragraph number written wrong: "26 Condemns" and "232 .Recognizes" (no period where it belongs), "l." for "1.". */
const MALFORMED_LABEL = /^([0-9lO]{1,3})( ?\.| )/;

/** An operative paragraph's number as written at the start of a block. */
interface OpLabel {
  /** The number as written ("12", or "l" for a mistyped 1). */
  readonly digits: string;
  readonly number: number;
  readonly suffix: string | null;
  /** Length of the number and its suffix as written. */
  readonly written: number;
  /** Length up to the end of the label ("12.", "26 "). */
  readonly length: number;
  /** The label is not written "N.": the paragraph records the defect. */
  readonly malformed: boolean;
}
const DASH_LABEL = /^[–—•-](?=\s)/;
const NUMBERED_HEADING = /^(?:[IVX]{1,6}|[A-Z])\.\s/;
/** A heading numbered with a roman numeral ("II. "), of the first level, or with a capital letter ("B. "), of the second. */
const ROMAN_NUMBERED = /^[IVX]{1,6}\.\s/;
const LETTER_NUMBERED = /^[A-Z]\.\s/;
const SYMBOL = /^(?:S\/RES\/\d{1,4} ?\(\d{4}\)|A\/RES\/\d{1,3}\/\d{1,4}(?: [A-Z])?|A\/HRC\/RES\/\d{1,3}\/\d{1,4})$/;
const PART = /^[A-H]$/;
const MONTH_DAY = /^\d{1,2} \p{L}{3,10} \d{4}$/u;
const LETTER = /\p{L}/u;
/** The words a preambular paragraph opens with when it opens with no known phrase: up to a space or comma. */
const OPENING_WORD = /^[^\s,]{1,40}/u;

/** A label that opens a sub-paragraph: "(a)", "a)", a dash, or "1." inside a paragraph. */
interface ItemLabel {
  readonly label: string;
  /** Length as written. */
  readonly length: number;
  readonly style: LabelStyle | null;
  /** Set when the script tells letters from romans. */
  readonly kind?: LabelKind;
}

const DASH: ItemLabel = { label: '–', length: 1, style: null };

/** A joined content while the builder still extends it. */
interface GrowingContent {
  text: string;
  segments: Segment[];
}

export interface Structure {
  cover: CoverLine[];
  symbol: string | null;
  adoption: Adoption | null;
  organ: OrganLine | null;
  preamble: Preambular[];
  headings: Heading[];
  sections: Section[];
  operative: Operative[];
  other: Block[];
}

/** How many blocks after the organ named on the cover the organ line may come. */
const ORGAN_AFTER_COVER = 12;
/** Commas and colons of every script ("،", "，") and spaces end an organ line. */
const ORGAN_LINE_END = /[,:،，：\s]/;

function isOrganLineEnd(t: string): boolean {
  return t.length === 1 && ORGAN_LINE_END.test(t);
}

/** Trailing punctuation and spaces removed, curly apostrophes folded. */
function normalizeOrganLine(t: string): string {
  let end = t.length;
  while (end > 0 && ORGAN_LINE_END.test(t[end - 1])) end--;
  return t.slice(0, end).replaceAll('’', "'").toLowerCase();
}

type OrganMatch = { lang: Language; organ: Language['organs'][number] };
interface OrganLines {
  readonly byLine: Map<string, OrganMatch>;
  /** First characters (lower case) of the organ lines: other blocks are not normalized at all. */
  readonly firsts: Set<string>;
}
/** Keyed by the languages' ids, since callers pass a new array each time. */
const organLines = new Map<string, OrganLines>();

/** The organ lines of the languages, normalized once. */
function organLinesOf(langs: readonly Language[]): OrganLines {
  const key = langs.map((l) => l.id).join();
  let m = organLines.get(key);
  if (!m) {
    m = { byLine: new Map(), firsts: new Set() };
    for (const lang of langs) {
      for (const organ of lang.organs) {
        const line = normalizeOrganLine(organ.line);
        if (!m.byLine.has(line)) m.byLine.set(line, { lang, organ });
        m.firsts.add(line.charAt(0));
      }
    }
    organLines.set(key, m);
  }
  return m;
}

export function findOrgan(blocks: readonly Block[], langs: readonly Language[]): ({ index: number } & OrganMatch) | null {
  const lines = organLinesOf(langs);
  // Where the cover names the organ as the organ line does ("Совет Безопасности", "安全理事会"), the line with the comma
  // a few blocks later wins; or else the last bare one.
  let bare: ({ index: number } & OrganMatch) | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (bare && i > bare.index + ORGAN_AFTER_COVER) return bare;
    const t = blocks[i].content.text;
    if (t.length > 80 || !lines.firsts.has(t.charAt(0).toLowerCase())) continue;
    const norm = normalizeOrganLine(t);
    const found = lines.byLine.get(norm);
    if (found && norm.length < t.trimEnd().length) return { index: i, ...found };
    if (found) bare = { index: i, ...found };
  }
  return bare;
}

const ALL_LANGUAGES = Object.values(LANGUAGES);

/** The organ line of any language that the text is, and whether it ends with its comma, as a key. */
function organLineOf(t: string): string {
  const norm = normalizeOrganLine(t);
  const found = organLinesOf(ALL_LANGUAGES).byLine.get(norm);
  return found ? `${found.lang.id} ${found.organ.line} ${norm.length < t.trimEnd().length}` : '';
}

function isHeadingText(t: string): boolean {
  if (t.length > 200 || endsTerminal(t) || startsLower(t)) return false;
  // At most 20 words: stop counting at the 21st.
  let words = 1;
  for (let i = t.indexOf(' '); i >= 0 && words <= 20; i = t.indexOf(' ', i + 1)) words++;
  return words <= 20;
}

/** Ends with . , ; or : (or a language's own marks for them) possibly followed by a footnote number of up to three digits. */
function endsTerminal(t: string): boolean {
  let i = t.length - 1;
  const stop = Math.max(-1, i - 3);
  while (i > stop && isDigitCode(t.charCodeAt(i))) i--;
  return i >= 0 && isEndingMark(t.charCodeAt(i));
}

/**
 * (i) after (h), (v) after (u), (cc) after (bb) continue the paragraph's lettered list, unless (ii), (vi)...
 * comes next; otherwise (i), (ii)... are roman.
 */
function labelKind(label: string, lastLetter: string | null, nextLabel: string | null): LabelKind {
  if (!ROMANS.includes(label)) return 'letter';
  if (lastLetter !== null && nextLetter(lastLetter) === label && nextLabel !== nextRoman(label)) return 'letter';
  return 'roman';
}

/** The language's cover and annex patterns, compiled once. */
const compiled = perLanguage((lang) => ({
  adoption: new RegExp(lang.adoption),
  title: new RegExp(lang.resolutionTitle),
  annex: new RegExp(lang.annexHeading),
  /** What an annex heading can start with ("A" for "Annex", "Appendix"), when the pattern says: most blocks are not tried. */
  annexStarts: leadingUnits(lang.annexHeading),
  section: new RegExp(lang.sectionHeading),
  operative: lang.operativeLabel ? new RegExp(lang.operativeLabel) : OPERATIVE_LABEL,
}));

/** "II", "XXVI", "II Revised estimates ...", "IV. Peaceful settlement": a roman section heading. */
const ROMAN_HEADING = /^([IVXL]{1,7})\.?(?=\s|$)/;
/** "A.", "C. Children's allowances": a lettered section heading. */
const LETTER_HEADING = /^([A-Z])\.(?=\s|$)/;

type HeadSeries = 'roman' | 'letter' | 'word' | 'organ';

/**
 * The blocks that open a section numbered from 1, with their labels. A roman or lettered heading ("II",
 * "C. Children's allowances", "Part one") opens one when its series restarts the numbering: some heading
 * of the series is followed by a paragraph 1 after numbered paragraphs. A series whose numbering runs on
 * (an omnibus text numbered 1..N under headings I, II, III) keeps them as headings. An organ line that comes
 * again after numbered paragraphs opens the next resolution of a text that holds several ("A/RES/75/254 A-C").
 */
function sectionHeads(
  blocks: readonly Block[],
  start: number,
  labels: readonly (OpLabel | null)[],
  headingLike: readonly boolean[],
  rows: readonly boolean[],
  annexes: readonly (RegExpExecArray | null)[],
  section: RegExp,
  organLine: string | null,
): (string | null)[] {
  const heads: { i: number; series: HeadSeries; label: string }[] = [];
  let organs = 0;
  for (let i = start; i < blocks.length; i++) {
    const t = blocks[i].content.text;
    if (t.length > 300 || labels[i] !== null || rows[i]) continue;
    if (annexes[i] !== null) break;
    const bare = t.length <= 8;
    if (!bare && !headingLike[i]) continue;
    const roman = ROMAN_HEADING.exec(t);
    const letter = roman ? null : LETTER_HEADING.exec(t);
    const word = roman || letter ? null : section.exec(t);
    if (roman) heads.push({ i, series: 'roman', label: roman[1] });
    else if (letter) heads.push({ i, series: 'letter', label: letter[1] });
    else if (word) heads.push({ i, series: 'word', label: word.slice(1).find((g) => g !== undefined) ?? '' });
    else if (organLine !== null && t.length <= 80 && normalizeOrganLine(t) === organLine) heads.push({ i, series: 'organ', label: nthLabel('letter', ++organs).toUpperCase() });
  }
  const restarts = new Set<HeadSeries>();
  let numbered = false;
  let h = 0;
  for (let i = start; i < blocks.length && h < heads.length; i++) {
    if (i === heads[h].i) {
      // The first numbered paragraph after this heading, before the next one.
      const end = heads[h + 1]?.i ?? blocks.length;
      let j = i + 1;
      while (j < end && labels[j] === null) j++;
      if (numbered && j < end && labels[j]!.number === 1) restarts.add(heads[h].series);
      h++;
    } else if (labels[i] !== null) numbered = true;
  }
  const out = new Array<string | null>(blocks.length).fill(null);
  for (const x of heads) if (restarts.has(x.series)) out[x.i] = x.label;
  return out;
}

export class StructureBuilder {
  readonly s: Structure = { cover: [], symbol: null, adoption: null, organ: null, preamble: [], headings: [], sections: [], operative: [], other: [] };
  private section: Section;
  private paragraph: Operative | null = null;
  /** The open sub-paragraph chain under the current paragraph, outermost first. */
  private chain: SubParagraph[] = [];
  private lastWasHeading = false;
  /** Contents this builder joined from several blocks, which it may extend in place. */
  private readonly grown = new Map<TextContent, GrowingContent>();
  /** Which blocks look like headings (short, no final punctuation), computed once. */
  private headingLike: boolean[] = [];
  /** Each block's operative label ("12.", "12 bis."), or null, computed once. */
  private labels: (OpLabel | null)[] = [];
  private inHeadingGroup = false;
  /** The last lettered label of the current paragraph, at any depth. */
  private lastLetter: string | null = null;

  private readonly patterns: ReturnType<typeof compiled>;
  /** Which blocks are table rows, computed once. */
  private rows: boolean[] = [];
  /** Each block's section label when it opens a section numbered from 1, computed once. */
  private heads: (string | null)[] = [];
  /** Each block's sub-paragraph label at its start (`subLabel`), computed once: `body` asks it of the block after too. */
  private subs: (ItemLabel | null)[] = [];
  /** Each block's annex heading, for blocks of up to 300 characters, matched once: `sectionHeads` and `body` ask it. */
  private annexes: (RegExpExecArray | null)[] = [];
  private readonly styles: SubLabelStyles;

  constructor(
    private readonly text: string,
    private readonly lang: Language,
  ) {
    this.patterns = compiled(lang);
    this.styles = subLabelStylesOf(lang);
    this.section = { kind: 'body', label: '', span: { start: 0, end: text.length }, headingSpan: null, operative: [] };
    this.s.sections.push(this.section);
  }

  /** `bars`: whether the text holds a "|" (`isTableRow`). */
  build(blocks: readonly Block[], organIndex: number, organ: OrganLine | null, bars: boolean): Structure {
    const coverEnd = organIndex >= 0 ? organIndex : this.guessCoverEnd(blocks);
    for (let i = 0; i < coverEnd; i++) this.cover(blocks[i]);
    this.s.organ = organ;
    let start = organIndex >= 0 ? organIndex + 1 : coverEnd;
    // The organ line's comma alone on the next line ("إن مجلس الأمن" / "،") belongs to it.
    if (organIndex >= 0 && start < blocks.length && isOrganLineEnd(blocks[start].content.text)) start++;
    for (const b of blocks) this.readBlock(b.content.text, bars);
    const inList = listRuns(blocks, this.headingLike, this.labels, this.styles);
    this.heads = sectionHeads(blocks, start, this.labels, this.headingLike, this.rows, this.annexes, this.patterns.section, organ ? normalizeOrganLine(blocks[organIndex].content.text) : null);
    for (let i = start; i < blocks.length; i++) {
      // Names listed one a line in an annex (sanctions lists) are not headings.
      if (inList[i] && this.section.kind === 'annex') this.continuation(blocks[i]);
      else this.body(blocks, i);
    }
    this.closeSpans();
    return this.s;
  }

  /** What the passes over the blocks ask of each one, read once, in one pass over the blocks. */
  private readBlock(t: string, bars: boolean): void {
    // Table rows are neither headings nor paragraphs, whatever they start with.
    const row = isTableRow(t, bars);
    this.rows.push(row);
    this.headingLike.push(!row && isHeadingText(t));
    this.labels.push(row ? null : operativeLabel(t, this.patterns.operative));
    this.subs.push(this.subLabel(t));
    const annexStarts = this.patterns.annexStarts;
    this.annexes.push(t.length <= 300 && (annexStarts === null || annexStarts.has(t.charCodeAt(0))) ? this.patterns.annex.exec(t) : null);
  }

  private guessCoverEnd(blocks: readonly Block[]): number {
    for (let i = 0; i < blocks.length; i++) {
      const t = blocks[i].content.text;
      if (operativeLabel(t, this.patterns.operative) || this.endsWithComma(t)) return i;
    }
    return 0;
  }

  /** Ends with a comma (the language's own: "،", "，"), a footnote number of up to three digits after it. */
  private endsWithComma(t: string): boolean {
    let i = t.length - 1;
    const stop = Math.max(-1, i - 3);
    while (i > stop && isDigitCode(t.charCodeAt(i))) i--;
    return i >= 0 && (t[i] === ',' || t[i] === this.lang.endings?.[',']);
  }

  /** Cover blocks in PDF extractions hold several lines ("United Nations", the symbol...): one cover line each. */
  private cover(b: Block): void {
    const adoption = this.patterns.adoption;
    if (adoption.test(b.content.text) || b.content.segments.length === 1) return this.coverLine(ownSpan(b.span), b.content.text);
    const segs = b.content.segments;
    for (let i = 0; i < segs.length; i++) {
      const line = b.content.text.slice(segs[i].textStart, segs[i].textStart + segs[i].length);
      const next = segs[i + 1];
      if (next && adoption.test(`${line} ${b.content.text.slice(next.textStart, next.textStart + next.length)}`) && !adoption.test(line)) {
        this.coverLine({ start: segs[i].docStart, end: next.docStart + next.length }, b.content.text.slice(segs[i].textStart, next.textStart + next.length));
        i++;
      } else this.coverLine({ start: segs[i].docStart, end: segs[i].docStart + segs[i].length }, line);
    }
  }

  private coverLine(span: Span, t: string): void {
    let type: CoverLine['type'] = 'other';
    if (SYMBOL.test(t)) {
      type = 'symbol';
      this.s.symbol ??= t.replace(/(\d)\(/, '$1 (');
    } else if (this.patterns.title.test(t)) type = 'title';
    else {
      const m = this.patterns.adoption.exec(t);
      if (m) {
        type = 'adoption';
        this.s.adoption = { organ: m[1].trim(), meeting: m[2] ? Number(m[2]) : 0, date: m[3], span: ownSpan(span) };
      }
    }
    this.s.cover.push({ kind: 'cover', type, span, text: t });
  }

  private body(blocks: readonly Block[], i: number): void {
    const b = blocks[i];
    const next: Block | undefined = blocks[i + 1];
    const t = b.content.text;
    const annex = t.length < 300 ? this.annexes[i] : null;
    if (annex) return this.startSection('annex', annex[1] ?? '', b);
    if (t.length === 1 && PART.test(t) && this.section.kind !== 'annex') return this.startSection('part', t, b);
    const head = this.heads[i];
    if (head !== null) return this.startSection('part', head, b);
    // A table row ("1. Income from staff assessment | 283 437 900") belongs to the item the table follows.
    if (this.rows[i]) return this.continuation(b);
    const op = this.labels[i] ?? this.malformedLabel(t);
    if (op && !op.malformed && this.isNumberedItem(op.number, i)) return this.subparagraph(b, { label: op.digits, length: op.length, style: null }, 'number');
    if (op && this.startsUnheadedAnnex(op.number, i)) this.startSection('annex', '', b, false);
    if (op) return this.operative(b, op);
    const sub = this.subs[i] ?? this.foreignLabel(t);
    if (sub && (this.paragraph || this.s.operative.length > 0)) {
      if (this.isLabelledHeading(i, t, sub)) return this.heading(b, false);
      const nextSub = next !== undefined ? this.subs[i + 1] : null;
      return this.subparagraph(b, sub, undefined, nextSub?.label ?? null);
    }
    const heading = this.headingLike[i];
    const nextIsStructure = next !== undefined && (this.labels[i + 1] !== null || this.headingLike[i + 1]);
    if (heading && (NUMBERED_HEADING.test(t) || ((this.s.operative.length > 0 || this.section.kind !== 'body' || nextIsStructure) && !MONTH_DAY.test(t)))) {
      return this.heading(b, next !== undefined && this.headingLike[i + 1] && this.labels[i + 1] === null);
    }
    this.lastWasHeading = false;
    if (this.s.operative.length === 0 && this.section.kind === 'body') return this.preambular(b);
    this.continuation(b);
  }

  /**
   * A list from 1 after the resolution's last paragraph (ended with a period) and some unnumbered text (a
   * title, a form, a procedure): an annex whose heading the text lacks.
   */
  private startsUnheadedAnnex(n: number, i: number): boolean {
    const ops = this.section.operative;
    const last = lastOf(ops);
    if (n !== 1 || this.section.kind === 'annex' || !last || this.labels[i - 1] !== null || this.subs[i - 1]) return false;
    return lastLeaf(last).content.text.endsWith('.');
  }

  /**
   * "(ii) Exceptions" between paragraphs 18 and 19, "b) Énergie" before paragraph 14: a heading with a label,
   * when it is short, comes before a numbered paragraph, and could neither start the sub-paragraphs of the
   * paragraph before it (that paragraph does not end with a colon) nor continue them (it is not their next label).
   */
  private isLabelledHeading(i: number, t: string, sub: ItemLabel): boolean {
    if (this.labels[i + 1] == null || sub === DASH || !isHeadingText(t.slice(sub.length).trimStart())) return false;
    const p = this.paragraph ?? lastOf(this.s.operative);
    if (p === undefined) return false;
    if (p.children.length === 0) return !(p.content.text.endsWith(':') && (sub.label === 'a' || sub.label === 'i'));
    for (let list: readonly SubParagraph[] = p.children; list.length > 0; list = list[list.length - 1].children) {
      const last = list[list.length - 1];
      if (sub.label === (last.labelKind === 'roman' ? nextRoman(last.label) : last.labelKind === 'letter' ? nextLetter(last.label) : null)) return false;
    }
    return true;
  }

  private startSection(kind: 'part' | 'annex', label: string, b: Block, heading = true): void {
    this.closeParagraph();
    this.section = { kind, label, span: { start: b.span.start, end: this.text.length }, headingSpan: heading ? ownSpan(b.span) : null, operative: [] };
    this.inHeadingGroup = false;
    this.s.sections.push(this.section);
    this.lastWasHeading = false;
  }

  private heading(b: Block, nextIsHeading: boolean): void {
    this.closeParagraph();
    // A heading directly followed by another opens a group: the ones after it are its sub-headings,
    // until the next heading that is itself followed by a heading.
    let level: number;
    if (this.lastWasHeading) level = 2;
    else if (nextIsHeading) {
      level = 1;
      this.inHeadingGroup = true;
    } else level = this.inHeadingGroup ? 2 : 1;
    if (ROMAN_NUMBERED.test(b.content.text)) level = 1;
    else if (LETTER_NUMBERED.test(b.content.text)) level = 2;
    this.s.headings.push({ kind: 'heading', span: ownSpan(b.span), text: b.content.text, level, sectionIndex: this.s.sections.length - 1 });
    this.lastWasHeading = true;
  }

  private preambular(b: Block): void {
    const t = b.content.text;
    const phrase = this.openingPhrase(t);
    this.s.preamble.push({
      kind: 'preamble',
      span: ownSpan(b.span),
      index: this.s.preamble.length,
      opening: phrase,
      openingSpan: { start: b.span.start, end: docOffset(b.content, phrase.length) },
      content: ownContent(b.content),
    });
  }

  /** The longest known opening phrase, or the words up to the first lower-case word after a capitalized one. */
  private openingPhrase(t: string): string {
    for (const p of phrasesOpening(this.lang.preamblePhrases, t)) {
      if (t.startsWith(p.phrase) && !LETTER.test(t.charAt(p.phrase.length))) return p.phrase;
    }
    const m = OPENING_WORD.exec(t);
    return m ? m[0] : '';
  }

  private operative(b: Block, m: OpLabel): void {
    this.closeParagraph();
    this.lastWasHeading = false;
    const textStart = skipSpaces(b.content.text, m.length);
    // "2. (a) Decides ...; (b) ...": the paragraph opens with its first sub-paragraph.
    const inline = this.styles.readAt(b.content.text, textStart);
    const first = inline !== null && (inline.label === 'a' || inline.label === 'i') ? inline : null;
    const textDoc = docOffset(b.content, textStart);
    const p: Operative = {
      kind: 'operative',
      span: ownSpan(b.span),
      label: m.suffix ? `${m.number} ${m.suffix}` : String(m.number),
      number: m.number,
      suffix: m.suffix,
      labelSpan: { start: b.span.start, end: docOffset(b.content, m.written - 1) + 1 },
      content: first ? { text: '', segments: [] } : sliceContent(b.content, textStart),
      textSpan: { start: textDoc, end: first ? textDoc : b.span.end },
      children: [],
      sectionIndex: this.s.sections.length - 1,
      index: this.section.operative.length,
      // Annexes hold several lists, each starting again at 1.
      list: this.section.kind === 'annex' && m.number === 1 && this.section.operative.length > 0 ? this.lastList() + 1 : this.lastList(),
      malformedLabel: m.malformed ? { start: b.span.start, end: textDoc } : null,
    };
    this.section.operative.push(p);
    this.s.operative.push(p);
    this.paragraph = p;
    this.chain = [];
    this.lastLetter = null;
    if (first) this.subparagraph({ span: { start: textDoc, end: b.span.end }, content: sliceContent(b.content, textStart) }, first);
  }

  /**
   * "26 Condemns", "232 .Recognizes", "l. Decides": a paragraph whose number lacks its period or is written
   * with a letter, when it is the number the list expects next and the words after it open an operative
   * paragraph. Read as that paragraph, so that the one defect gives one diagnostic.
   */
  private malformedLabel(t: string): OpLabel | null {
    const c = t.charCodeAt(0);
    if (!(isDigitCode(c) || c === 108 || c === 79)) return null;
    const m = MALFORMED_LABEL.exec(t);
    if (!m) return null;
    const number = Number(m[1].replace(/l/g, '1').replace(/O/g, '0'));
    const last = lastOf(this.section.operative);
    if (number !== (last ? last.number + 1 : 1) || (m[2] === '.' && /^\d{1,3}$/.test(m[1]))) return null;
    const textStart = skipSpaces(t, m[0].length);
    if (!startsUpperAt(t, textStart) || !this.opensOperative(t.slice(textStart, textStart + 60))) return null;
    return { digits: m[1], number, suffix: null, written: m[1].length, length: textStart, malformed: true };
  }

  /** One of the first words is a verb as operative paragraphs open with ("Condemns", "Also decides"). */
  private opensOperative(t: string): boolean {
    const words = t.toLowerCase().split(/[\s,;:]+/, 3);
    return words.some((w) => this.lang.operativeVerbSuffixes.some((suffix) => w.length > suffix.length + 2 && w.endsWith(suffix)));
  }

  /**
   * "8. ... the following:" then "1.", "2.", "3." and then "9.": a numbered list inside paragraph 8, not
   * new paragraphs. Annexes are excluded: there a new list at 1 is the norm. When an item's number is also
   * the next paragraph's ("2. ... objectives:" then "1." to "5." and "3. Requests"), the numbers that follow
   * decide: the list runs on until they fall back to the paragraph's next number.
   */
  private isNumberedItem(n: number, i: number): boolean {
    const last = lastOf(this.s.operative);
    if (!last || this.section.kind === 'annex' || last.sectionIndex !== this.s.sections.length - 1) return false;
    const item = lastNumberedItem(last);
    if (item === undefined) return n === 1 && last.number >= 1 && last.children.length === 0 && last.content.text.endsWith(':');
    if (n !== Number(item.label) + 1) return false;
    if (n !== last.number + 1) return true;
    let expected = n + 1;
    for (let j = i + 1; j < this.labels.length; j++) {
      const label = this.labels[j];
      if (label === null) continue;
      if (label.number !== expected) return label.number === n && !label.suffix;
      expected++;
    }
    return false;
  }

  private lastList(): number {
    const ops = this.section.operative;
    return ops.length > 0 ? ops[ops.length - 1].list : 0;
  }

  /** "(a)" or "a)" in the language's styles, or a dash or bullet, at the start. */
  private subLabel(t: string): ItemLabel | null {
    const c = t.charCodeAt(0);
    if (c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2022) return DASH_LABEL.test(t) ? DASH : null;
    return this.styles.readAt(t, 0);
  }

  /**
   * "v)" after "(iv)" in a text that writes "(a)": a label in another language's style that continues the
   * open list is that item, written wrong (numbering/subparagraph-sequence names the defect).
   */
  private foreignLabel(t: string): ItemLabel | null {
    const label = t.charCodeAt(0) === 40 ? null : readAnyStyle(t, 0);
    if (label === null || this.styles.accepts(label.style)) return null;
    const continues = this.chain.some((c) => label.label === (c.labelKind === 'letter' ? nextLetter(c.label) : c.labelKind === 'roman' ? nextRoman(c.label) : null));
    return continues ? label : null;
  }

  private subparagraph(b: Block, m: ItemLabel, numbered?: 'number', nextLabel: string | null = null): void {
    this.lastWasHeading = false;
    const isDash = m === DASH;
    const raw = m.label;
    const parentList = (depth: number): SubParagraph[] => (depth === 0 ? (this.paragraph?.children ?? []) : this.chain[depth - 1].children);
    let depth: number;
    let kind: LabelKind;
    if (numbered) {
      kind = 'number';
      depth = 0;
    } else if (isDash) {
      kind = 'dash';
      depth = this.chain.findIndex((c) => c.labelKind === 'dash');
      if (depth < 0) depth = this.chain.length;
    } else {
      if (!this.paragraph) this.resumeLastParagraph(true);
      const letterDepth = this.chain.findIndex((c) => c.labelKind === 'letter');
      const romanDepth = this.chain.findIndex((c) => c.labelKind === 'roman');
      kind = m.kind ?? labelKind(raw, this.lastLetter, nextLabel);
      if (kind === 'letter') {
        this.lastLetter = raw;
        // Letters nest inside roman items that came first ("(i) Protection of civilians (a) ... (ii) ...").
        depth = letterDepth >= 0 ? letterDepth : romanDepth >= 0 ? romanDepth + 1 : 0;
      } else depth = romanDepth >= 0 ? romanDepth : letterDepth >= 0 ? letterDepth + 1 : 0;
    }
    // Dashes and numbered items after a heading start again at the paragraph's top level.
    if (!this.paragraph) this.resumeLastParagraph(false);
    const labelEnd = m.length;
    const textStart = skipSpaces(b.content.text, labelEnd);
    const sp: SubParagraph = {
      kind: 'subparagraph',
      span: ownSpan(b.span),
      label: raw,
      labelKind: kind,
      labelStyle: m.style,
      labelSpan: { start: b.span.start, end: docOffset(b.content, labelEnd - 1) + 1 },
      content: sliceContent(b.content, textStart),
      children: [],
      textSpan: { start: docOffset(b.content, textStart), end: b.span.end },
    };
    // "(a) (i) Establish ...": an item that opens with the first item of a list nested in it.
    const inner = kind === 'letter' || kind === 'roman' ? this.styles.readAt(b.content.text, textStart) : null;
    const nested = inner !== null && inner.label === (kind === 'letter' ? 'i' : 'a') ? inner : null;
    if (nested) Object.assign(sp, { content: { text: '', segments: [] }, textSpan: { start: sp.textSpan.start, end: sp.textSpan.start } });
    parentList(depth).push(sp);
    this.chain.length = depth;
    this.chain.push(sp);
    this.extendAncestors(b.span.end);
    if (nested) this.subparagraph({ span: { start: sp.textSpan.start, end: b.span.end }, content: sliceContent(b.content, textStart) }, nested);
  }

  /**
   * Sub-paragraphs after a heading inside a paragraph's list ("(h) ...; Rule of law (i) To support ...")
   * continue the last paragraph, where its last items left off.
   */
  private resumeLastParagraph(whereItLeftOff: boolean): void {
    const p = lastOf(this.s.operative) ?? null;
    this.paragraph = p;
    this.chain = [];
    if (!whereItLeftOff) return;
    for (let list = p?.children ?? []; list.length > 0; list = list[list.length - 1].children) this.chain.push(list[list.length - 1]);
  }

  /** Unlabelled text inside the operative part belongs to the innermost open item. */
  private continuation(b: Block): void {
    const owner = lastOf(this.chain) ?? this.paragraph;
    if (!owner) {
      this.s.other.push(b);
      return;
    }
    const merged: TextContent = this.append(owner.content, b.content);
    Object.assign(owner, { content: merged, textSpan: { start: owner.textSpan.start, end: b.span.end } });
    this.extendAncestors(b.span.end);
  }

  /**
   * `a` followed by `b`. The first join copies `a` (it may be a block's own content); later joins
   * extend that copy in place, so a paragraph continued over many blocks costs linear time.
   */
  private append(a: TextContent, b: TextContent): TextContent {
    const offset = a.text.length + 1;
    const moved = b.segments.map((s) => ({ ...s, textStart: s.textStart + offset }));
    const grown = this.grown.get(a);
    if (grown) {
      grown.text = `${grown.text} ${b.text}`;
      for (const m of moved) grown.segments.push(m);
      return grown;
    }
    const joined: GrowingContent = { text: `${a.text} ${b.text}`, segments: [...a.segments, ...moved] };
    this.grown.set(joined, joined);
    return joined;
  }

  private extendAncestors(end: number): void {
    if (this.paragraph) Object.assign(this.paragraph, { span: { start: this.paragraph.span.start, end } });
    for (const c of this.chain) Object.assign(c, { span: { start: c.span.start, end } });
  }

  private closeParagraph(): void {
    this.paragraph = null;
    this.chain = [];
  }

  /**
   * What `build` and `body` read of the text of a block after the organ line, as a key: where two texts
   * differ inside one such block only and its key is the same in both, the structure is the same but for that
   * block's text (the incremental analysis relies on it: keep it in step with what they read).
   */
  shapeOf(t: string, bars: boolean): string {
    const row = isTableRow(t, bars);
    const label = row ? null : operativeLabel(t, this.patterns.operative);
    const sub = this.subLabel(t);
    const foreign = t.charCodeAt(0) === 40 ? null : readAnyStyle(t, 0);
    const malformed = MALFORMED_LABEL.exec(t);
    const malformedEnd = malformed ? skipSpaces(t, malformed[0].length) : 0;
    const n = t.length;
    return [
      // The lengths `build` and `body` compare with.
      n <= 8 ? n : n <= 80 ? 80 : n < 300 ? 299 : Math.min(n, 301),
      row,
      isHeadingText(t),
      t.charAt(n - 1),
      this.styles.readAt(t, 0) !== null,
      label && `${label.digits} ${label.suffix} ${label.written} ${label.length} ${this.labelAfter(t, label.length)}`,
      sub && `${sub.label} ${sub.length} ${sub.style} ${sub.kind} ${this.labelAfter(t, sub.length)} ${isHeadingText(t.slice(sub.length).trimStart())}`,
      foreign && `${foreign.label} ${foreign.length} ${foreign.style} ${foreign.kind}`,
      malformed && `${malformed[1]} ${malformed[2]} ${startsUpperAt(t, malformedEnd)} ${this.opensOperative(t.slice(malformedEnd, malformedEnd + 60))} ${this.labelAfter(t, malformedEnd)}`,
      n <= 300 && this.patterns.annex.exec(t)?.join(),
      n <= 300 && this.patterns.section.exec(t)?.join(),
      ROMAN_HEADING.exec(t)?.[1],
      LETTER_HEADING.exec(t)?.[1],
      PART.test(t),
      NUMBERED_HEADING.test(t),
      MONTH_DAY.test(t),
      ROMAN_NUMBERED.test(t),
      LETTER_NUMBERED.test(t),
      // Which organ line it is, if any, and whether with its comma (`findOrgan`, `sectionHeads`).
      n <= 80 && organLineOf(t),
      this.openingPhrase(t),
    ].join('\u0000');
  }

  /** Where the text starts after a label of `length`, and the label that opens it ("2. (a) Decides"). */
  private labelAfter(t: string, length: number): string {
    const at = skipSpaces(t, length);
    const inner = this.styles.readAt(t, at);
    return inner ? `${at} ${inner.label} ${inner.length} ${inner.style} ${inner.kind}` : String(at);
  }

  private closeSpans(): void {
    for (let i = 0; i < this.s.sections.length - 1; i++) {
      const next = this.s.sections[i + 1];
      Object.assign(this.s.sections[i], { span: { start: this.s.sections[i].span.start, end: next.span.start } });
    }
  }
}

/** The last item of a paragraph's numbered list, found without making a list of them (most paragraphs have none). */
function lastNumberedItem(p: Operative): SubParagraph | undefined {
  for (let k = p.children.length - 1; k >= 0; k--) if (p.children[k].labelKind === 'number') return p.children[k];
  return undefined;
}

/** Blocks in runs of three or more heading-like blocks: lists of names rather than headings. */
function listRuns(blocks: readonly Block[], headingLike: readonly boolean[], labels: readonly (OpLabel | null)[], styles: SubLabelStyles): boolean[] {
  const like = blocks.map((b, i) => headingLike[i] && !labels[i] && !styles.readAt(b.content.text, 0));
  const out = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && like[j]) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) out[k] = true;
    i = j === i ? i + 1 : j;
  }
  return out;
}

/** "12." or "12 bis." (or the language's form, "12 - ") at the start; only texts that start with a digit try the expression. */
function operativeLabel(t: string, pattern: RegExp): OpLabel | null {
  const m = isDigitCode(t.charCodeAt(0)) ? pattern.exec(t) : null;
  if (!m) return null;
  // The number and suffix, without the "." or " -" after them.
  const written = m[2] ? m[0].lastIndexOf(m[2]) + m[2].length : m[1].length;
  return { digits: m[1], number: Number(m[1]), suffix: m[2] ?? null, written, length: m[0].length, malformed: false };
}

function skipSpaces(t: string, i: number): number {
  while (i < t.length && isSpaceOrInvisibleCode(t.charCodeAt(i))) i++;
  return i;
}


