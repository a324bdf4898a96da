/**
 * Finds references in the text of one block: internal ("paragraphs 21 above and 30 and 31 below",
 * "subparagraph (a) of paragraph 30") and to other documents ("resolution 2374 (2017)",
 * "General Assembly resolution 75/1", "S/PRST/2018/10"). A hand-written recognizer over tokens, so it
 * is linear in the text and never backtracks. Offsets are offsets in the block's text.
 */
import type { Direction, DocumentKind, LabelStyle, OrganCode } from '../model';
import { perLanguage, type Language } from '../lang';
import { bareWord, isJoiner, isLetterAt, isMarkAt, TokenReader, type Token } from './tokens';
import { isDigitCode, isSpaceCode } from './chars';
import { scYearOf } from '../scYears';
import { escapeRegExp } from '../text';
import { writeSubLabel } from '../labels';
// A label written "a)" is Latin letters only, so that a short word before a bracket is not taken for one.
import { subLabelStylesOf } from './subLabels';
import { scanCircumfix } from './circumfix';

export interface RawTarget {
  start: number;
  end: number;
  number: number;
  suffix: string | null;
  path: string[];
  direction: Direction | null;
  rangeFrom: number | null;
  scope: 'operative' | 'preamble';
  annex: string | null;
  /** "of the present resolution": the body's numbering even from inside an annex. */
  body: boolean;
  /** "paragraph 3 of section II", "II.15": the label of the section whose numbering the number uses. */
  sectionLabel: string | undefined;
  /** "the paragraph above": relative to the holder rather than numbered. */
  relative: -1 | 1 | 0;
  /** Offsets of the "above"/"below" word that applies to this target. */
  directionStart: number | undefined;
  directionEnd: number | undefined;
}

export interface RawParagraphRef {
  kind: 'paragraph';
  start: number;
  end: number;
  targets: RawTarget[];
  /** Sub-paragraph references without "of paragraph N" point into the holder. */
  inHolder: boolean;
}

export interface RawDocumentRef {
  kind: 'document';
  start: number;
  end: number;
  docKind: DocumentKind;
  symbol: string;
  number: number | null;
  year: number | null;
  paragraphs: { label: string; start: number; end: number }[];
  style: { form: string; start: number; end: number; replacement: string } | null;
  yearStart: number | null;
  yearEnd: number | null;
}

export type RawRef = RawParagraphRef | RawDocumentRef;

const UPPER_ROMAN = /^[IVXLC]+$/;
const LABEL_RANGE = /^([a-z]{1,4})-[a-z]{1,4}$/;
/** Paragraph numbers run to thousands in long texts ("paragraph 6111 below"); longer numbers are figures. */
const MAX_DIGITS = 5;
const UPPER_OR_LOWER_ROMAN = /^(?:[IVXLC]+|[ivxlc]+)$/;
const SYMBOL_CHAR = /[A-Za-z0-9./-]/;
/** How far back a marker just before a paragraph word ("including paragraphs") finds its document. */
const BRIDGE_MAX = 80;
/** The most text of marker and filler words alone ("), and in particular its") between the two. */
const BRIDGE_FILLERS_MAX = 40;
const CLAUSE_END = /[;.:]/;
const BRIDGE_SPLIT = /[\s,()]+/;

/** The recognizers, as bits: which can start at a given word. */
const enum Recognizer {
  Paragraph = 1,
  Relative = 2,
  Document = 4,
  Symbol = 8,
  Informal = 16,
  Committee = 32,
}

class Scanner {
  /** Tokens read so far: recognizers ask for the next ones only when they need them. */
  private readonly tokens: Token[] = [];
  private readonly reader: TokenReader;
  /** The reference found before this scanner's start in the same text, if any. */
  previous: RawRef | null = null;

  constructor(
    readonly text: string,
    readonly lang: Language,
    readonly organ: OrganCode | null,
    from: number,
    /** The references of the text: the recognizers add theirs at the end. */
    readonly refs: RawRef[],
    /** Paragraph references found to be another document's: a clause rule ties its neighbours to them. */
    readonly externals: Mention[],
  ) {
    this.reader = new TokenReader(text, from, elisionsOf(lang));
  }

  at(i: number): Token | undefined {
    return i < this.tokens.length ? this.tokens[i] : this.read(i);
  }

  /** Reads tokens up to index i. */
  private read(i: number): Token | undefined {
    while (this.tokens.length <= i) {
      const t = this.reader.next();
      if (!t) break;
      this.tokens.push(t);
    }
    // No read past the end: an out-of-bounds load deoptimizes the recognizers that ask beyond the text.
    return i < this.tokens.length ? this.tokens[i] : undefined;
  }

  /** A token the caller has already seen. */
  tok(i: number): Token {
    return this.at(i)!;
  }

  is(i: number, words: readonly string[]): boolean {
    const t = this.at(i);
    return t !== undefined && words.includes(t.lower);
  }

  isPunct(i: number, p: string): boolean {
    const t = this.at(i);
    return t !== undefined && t.type === 'punct' && t.text === p;
  }

  /** Matches a word sequence at i; returns the index after it, or -1. */
  seq(i: number, words: readonly string[]): number {
    for (let k = 0; k < words.length; k++) if (this.at(i + k)?.lower !== words[k]) return -1;
    return i + words.length;
  }

  anySeq(i: number, options: readonly (readonly string[])[]): number {
    for (const o of options) {
      const j = this.seq(i, o);
      if (j >= 0) return j;
    }
    return -1;
  }

  /** True when the two tokens touch (no space between). */
  adjacent(a: number, b: number): boolean {
    const x = this.at(a);
    const y = this.at(b);
    return x !== undefined && y !== undefined && x.end === y.start;
  }

  /** Tries the recognizers `kinds` names at token i, in a fixed order; the index after what it read, or null. */
  attempt(i: number, kinds: number): number | null {
    if (!this.at(i)) return null;
    return (
      (kinds & Recognizer.Paragraph ? this.paragraphRef(i) : null) ??
      (kinds & Recognizer.Relative ? this.relativeRef(i) : null) ??
      (kinds & Recognizer.Document ? this.documentRefs(i) : null) ??
      (kinds & Recognizer.Symbol ? this.symbolRef(i) : null) ??
      (kinds & Recognizer.Informal ? this.informalRef(i) : null) ??
      (kinds & Recognizer.Committee ? this.committeeRef(i) : null)
    );
  }

  /** A label at i in the language's styles ("(a)", "a)", "(ب)"): its Latin form and the index after it. */
  subLabel(i: number): { label: string; next: number } | null {
    // "(ii-iii)": a run of labels, named by its first.
    if (this.isPunct(i, '(') && this.isPunct(i + 2, ')') && subLabelStylesOf(this.lang).parenthesized) {
      const r = this.at(i + 1);
      const range = r && r.type === 'word' ? LABEL_RANGE.exec(r.text) : null;
      if (range) return { label: range[1], next: i + 3 };
    }
    const t = this.at(i);
    const w = t ? subLabelStylesOf(this.lang).readAt(this.text, t.start, this.text.length, false) : null;
    if (!t || !w) return null;
    const end = t.start + w.length;
    let j = i + 1;
    while (this.at(j) !== undefined && this.tok(j).end <= end) j++;
    return this.tok(j - 1).end === end ? { label: w.label, next: j } : null;
  }

  paragraphWord(i: number): { scope: 'operative' | 'preamble' | 'sub'; next: number } | null {
    let j = i;
    let scope: 'operative' | 'preamble' | 'sub' = 'operative';
    if (this.is(j, this.lang.preambular)) {
      scope = 'preamble';
      j++;
    } else if (this.is(j, this.lang.operative)) j++;
    if (this.is(j, this.lang.subparagraph)) return scope === 'operative' ? { scope: 'sub', next: j + 1 } : null;
    if (this.is(j, this.lang.paragraph)) {
      j++;
      if (this.isPunct(j, '.') && this.lang.paragraph.includes(this.tok(j - 1).lower + '.')) j++;
      return { scope, next: j };
    }
    const t = this.at(j);
    if (t && this.lang.paragraph.includes(t.lower + '.') && this.isPunct(j + 1, '.')) return { scope, next: j + 2 };
    return null;
  }

  direction(i: number): Direction | null {
    if (this.is(i, this.lang.above)) return 'above';
    if (this.is(i, this.lang.below)) return 'below';
    return null;
  }

  /** NUMBER [suffix] [(a) (i)...] — returns the parts and the index after. */
  item(from: number): { target: RawTarget; next: number } | null {
    let i = from;
    let t = this.at(i);
    let sectionLabel: string | undefined;
    // "II.15": paragraph 15 of section II (the Advisory Committee's reports number them so).
    if (t && t.type === 'word' && UPPER_ROMAN.test(t.text) && this.isPunct(i + 1, '.') && this.adjacent(i, i + 1) && this.adjacent(i + 1, i + 2) && this.at(i + 2)?.type === 'num') {
      sectionLabel = t.text;
      i += 2;
      t = this.at(i);
    }
    if (!t || t.type !== 'num' || t.text.length > MAX_DIGITS) return null;
    // "75/1", "2.3" or "4-bis" glued to the number are not paragraph numbers; nor is a figure ("1,000") or a resolution ("2374 (2017)").
    if ((this.isPunct(i + 1, '/') || this.isPunct(i + 1, '.')) && this.adjacent(i, i + 1) && this.at(i + 2)?.type === 'num') return null;
    if (this.isPunct(i + 1, ',') && this.adjacent(i, i + 1) && this.adjacent(i + 1, i + 2) && this.at(i + 2)?.text.length === 3) return null;
    if (this.isPunct(i + 1, '(') && this.at(i + 2)?.type === 'num' && this.at(i + 2)!.text.length === 4 && this.isPunct(i + 3, ')')) return null;
    let j = i + 1;
    let suffix: string | null = null;
    if (this.is(j, this.lang.labelSuffixes)) {
      suffix = this.tok(j).lower;
      j++;
    }
    const path: string[] = [];
    for (let s = this.subLabel(j); s; s = this.subLabel(j)) {
      path.push(s.label);
      j = s.next;
    }
    const end = this.tok(j - 1).end;
    const target: RawTarget = { start: this.tok(from).start, end, number: Number(t.text), suffix, path, direction: null, rangeFrom: null, scope: 'operative', annex: null, body: false, sectionLabel, relative: 0, directionStart: undefined, directionEnd: undefined };
    return { target, next: j };
  }

  paragraphRef(i: number): number | null {
    const w = this.paragraphWord(i);
    if (!w) return null;
    if (this.afterArticle(i)) {
      // "article 3, paragraph 1 (b)": a paragraph of an article of a treaty.
      const list = this.itemList(w.next);
      return this.external(i, list ? list.next : w.next, null);
    }
    if (w.scope === 'sub') return this.subparagraphRef(i, w.next);
    const list = this.itemList(w.next);
    if (!list) return null;
    for (const t of list.targets) t.scope = w.scope;
    // "section IV, paragraph 2": the section's numbering.
    const section = this.sectionBefore(i);
    if (section) {
      for (const t of list.targets) t.sectionLabel = section.label;
      return this.finish(section.start, list.targets, list.next, false);
    }
    if (this.is(i - 1, this.lang.its)) {
      // "including its paragraph 21": a paragraph of the document named before, never of this text.
      const doc = this.previous?.kind === 'document' ? this.previous : null;
      doc?.paragraphs.push(...this.cited(list.targets));
      return this.external(i, list.next, doc);
    }
    return this.finish(i, list.targets, list.next, false);
  }

  /** A list of items: "4", "21 above and 30 and 31 below", "3 to 7", "2, 5, 6 and 7". */
  itemList(i: number): { targets: RawTarget[]; next: number } | null {
    const first = this.item(i);
    if (!first) return null;
    const targets: RawTarget[] = [first.target];
    let j = first.next;
    let pendingFrom = 0;
    for (;;) {
      const dir = this.direction(j);
      if (dir) {
        for (let k = pendingFrom; k < targets.length; k++) setDirection(targets[k], dir, this.tok(j));
        pendingFrom = targets.length;
        j++;
        continue;
      }
      let k = j;
      let range = false;
      if (this.is(k, this.lang.to) || this.isPunct(k, '-') || this.isPunct(k, '–')) {
        range = true;
        k++;
      } else {
        let sep = false;
        // Spanish "e" is a word and a label: "7 d) y e)".
        while (this.is(k, this.lang.and) && !this.subLabel(k)) {
          sep = true;
          k++;
        }
        if (!sep) break;
      }
      const next = this.item(k);
      if (!next) {
        // "paragraph 24 (b) and (c)": a sibling of the last sub-paragraph named.
        const sibling = this.siblingLabel(k, targets[targets.length - 1]);
        if (!sibling) break;
        targets.push(sibling.target);
        j = sibling.next;
        continue;
      }
      if (range) next.target.rangeFrom = targets[targets.length - 1].number;
      targets.push(next.target);
      j = next.next;
    }
    return { targets, next: j };
  }

  /**
   * Sub-paragraph labels without a number at i, after a target with a path: the same paragraph, the labels
   * replacing the last ones of that path ("3 (b) and (c)", "3 (a)(i) and (a)(ii)").
   */
  siblingLabel(i: number, previous: RawTarget): { target: RawTarget; next: number } | null {
    const labels: string[] = [];
    let j = i;
    for (let s = this.subLabel(j); s && labels.length < previous.path.length; s = this.subLabel(j)) {
      labels.push(s.label);
      j = s.next;
    }
    if (labels.length === 0) return null;
    const path = [...previous.path.slice(0, previous.path.length - labels.length), ...labels];
    return {
      target: { start: this.tok(i).start, end: this.tok(j - 1).end, number: previous.number, suffix: previous.suffix, path, direction: null, rangeFrom: null, scope: previous.scope, annex: null, body: false, sectionLabel: undefined, relative: 0, directionStart: undefined, directionEnd: undefined },
      next: j,
    };
  }

  /** "subparagraph (a) of paragraph 30", "subparagraphs (a) and (b) above". */
  subparagraphRef(start: number, i: number): number | null {
    const labels: { label: string; start: number; end: number; rangeFrom: string | null }[] = [];
    let j = i;
    for (;;) {
      const s = this.subLabel(j);
      if (!s) break;
      const isRange = labels.length > 0 && (this.isPunct(j - 1, '-') || this.isPunct(j - 1, '–') || this.is(j - 1, this.lang.to));
      labels.push({ label: s.label, start: this.tok(j).start, end: this.tok(s.next - 1).end, rangeFrom: isRange ? labels[labels.length - 1].label : null });
      j = s.next;
      let k = j;
      while (this.is(k, this.lang.and) || this.is(k, this.lang.to) || this.isPunct(k, '-') || this.isPunct(k, '–')) k++;
      if (k === j || !this.subLabel(k)) break;
      j = k;
    }
    if (labels.length === 0) return null;
    let target: RawTarget | null = null;
    const of = this.ofAt(j);
    const w = of >= 0 ? this.paragraphWord(of) : null;
    if (of > j || w) {
      const it = w && w.scope === 'operative' ? this.item(w.next) : null;
      // "subparagraphs (b) and (c) of the report": another document's.
      if (!it) return this.external(start, j, null);
      target = it.target;
      j = it.next;
      const dir = this.direction(j);
      if (dir) {
        setDirection(target, dir, this.tok(j));
        j++;
      }
    }
    const make = (l: (typeof labels)[number]): RawTarget => ({
      start: l.start,
      end: l.end,
      number: target?.number ?? 0,
      suffix: target?.suffix ?? null,
      path: [...(target?.path ?? []), l.label],
      direction: target?.direction ?? null,
      rangeFrom: null,
      scope: 'operative',
      annex: null,
      body: false,
      sectionLabel: undefined,
      relative: 0,
      directionStart: target?.directionStart,
      directionEnd: target?.directionEnd,
    });
    const targets = labels.map(make);
    if (target) {
      // The paragraph number is a link too: it points at the paragraph itself.
      targets.push({ ...target });
    }
    return this.finish(start, targets, j, target === null);
  }

  /** "article 3, paragraph 1" or "Article 2 paragraph 4". */
  afterArticle(i: number): boolean {
    let j = i - 1;
    if (this.isPunct(j, ',')) j--;
    const t = this.at(j);
    if (!t || !(t.type === 'num' || (t.type === 'word' && UPPER_OR_LOWER_ROMAN.test(t.text)))) return false;
    return this.is(j - 1, this.lang.article);
  }

  /** "section IV," before a paragraph word: the label and the token where the reference starts. */
  sectionBefore(i: number): { label: string; start: number } | null {
    let j = i - 1;
    if (this.isPunct(j, ',')) j--;
    const t = this.at(j);
    // Not "paragraph 3 of section II, paragraph 4": that section belongs to the reference before.
    return t && isSectionLabel(t) && this.is(j - 1, this.lang.section) && !this.is(j - 2, this.lang.of) ? { label: t.text, start: j - 1 } : null;
  }

  /** "of section II" or "section II" after the numbers: the label and the index after it. */
  sectionAfter(i: number): { label: string; next: number } | null {
    let j = this.is(i, this.lang.of) ? i + 1 : i;
    // "de la section II"
    if (j > i && (this.is(j, this.lang.the) || this.is(j, this.lang.documentWords.determiners))) j++;
    const t = this.at(j + 1);
    return this.is(j, this.lang.section) && t && isSectionLabel(t) ? { label: t.text, next: j + 2 } : null;
  }

  /** Decides what "of ..." after the list means: this resolution, its annex, or another document. */
  finish(start: number, targets: RawTarget[], j: number, inHolder: boolean): number {
    if (this.is(j, this.lang.thereof)) return this.external(start, j + 1, null);
    const section = this.sectionAfter(j);
    if (section) {
      for (const t of targets) t.sectionLabel = section.label;
      j = section.next;
    }
    // "above" and "below" point inside this text, whatever "of" follows ("paragraph 17 above of interests").
    const internal = targets.some((t) => t.direction !== null);
    if (this.isPunct(j, ',') && this.is(j + 1, this.lang.of) && !this.anySeqOrAnnex(j + 2)) return internal ? this.push(start, targets, j, inHolder) : this.ofDocument(start, targets, j + 2);
    // "paragraphs 5, 11 and 17 to this resolution" (S/RES/2713 (2023)) means "of".
    const of = this.is(j, this.lang.annexTo) && this.anySeq(j + 1, this.lang.thisResolution) >= 0 ? j + 1 : this.ofAt(j);
    if (of >= 0) {
      const own = this.anySeq(of, this.lang.thisResolution);
      if (own >= 0) {
        for (const t of targets) t.body = true;
        return this.push(start, targets, own, inHolder);
      }
      const annex = this.annexTail(of);
      if (annex) {
        if (annex.external) return this.external(start, annex.next, null);
        for (const t of targets) t.annex = annex.label;
        return this.push(start, targets, annex.next, inHolder);
      }
      // In the genitive, with no word for "of" ("пункт 1 резолюции 2520 (2020)"), the numbers are this text's unless a document is named.
      const named = this.namesDocument(of);
      if (of === j && !named && (internal || !(this.is(j + 1, this.lang.resolution) || this.is(j, this.lang.otherDocuments ?? [])))) return this.push(start, targets, j, inHolder);
      return internal && !named ? this.push(start, targets, j, inHolder) : this.ofDocument(start, targets, of);
    }
    return this.push(start, targets, j, inHolder);
  }

  /** Whether a document reference starts at i ("resolution 2374 (2017)", "S/2021/519"); reads nothing into `refs`. */
  namesDocument(i: number): boolean {
    const before = this.refs.length;
    const found = (this.documentRefs(i) ?? this.symbolRef(i)) !== null;
    truncate(this.refs, before);
    return found;
  }

  /** Paragraphs of another document after "of": the numbers join the document reference there, if any. */
  ofDocument(start: number, targets: RawTarget[], i: number): number {
    const before = this.refs.length;
    // "of the report S/2021/519", "du document A/75/300", "de la resolución 1999/12": past the article and the noun.
    let k = i;
    const { nouns, determiners } = this.lang.documentWords;
    while (k < i + 2 && (this.is(k, determiners) || this.is(k, this.lang.the))) k++;
    if (this.is(k, nouns) && !this.is(k, this.lang.resolution)) k++;
    else if (!this.is(k, this.lang.resolution)) k = i;
    const after = this.documentRefs(k) ?? this.symbolRef(k);
    const doc = this.refs[before];
    if (after !== null && doc && doc.kind === 'document') {
      // "section IV, paragraph 2, of its resolution 74/263": numbered within a section, which a copy of it may not say.
      doc.paragraphs = this.cited(targets.filter((t) => t.sectionLabel === undefined));
      doc.start = this.tok(start).start;
      this.externals.push({ start: doc.start, end: doc.end, doc });
      return after;
    }
    return this.external(start, i, null);
  }

  /** Records paragraph numbers that belong to another document (named in `doc`, or in words), for the clause rule. */
  external(start: number, next: number, doc: RawDocumentRef | null): number {
    this.externals.push({ start: this.tok(start).start, end: this.tok(next - 1).end, doc });
    return next;
  }

  /** The index after "of" at j; j itself where the genitive needs no word ("пункт 1 резолюции"); -1 otherwise. */
  ofAt(j: number): number {
    return this.is(j, this.lang.of) ? j + 1 : this.lang.genitive === true ? j : -1;
  }

  /** After ", of": this resolution or its annex continue the reference; anything else is another text. */
  anySeqOrAnnex(i: number): boolean {
    return this.anySeq(i, this.lang.thisResolution) >= 0 || this.annexTail(i) !== null;
  }

  annexTail(i: number): { label: string; next: number; external: boolean } | null {
    let j = i;
    if (this.is(j, this.lang.the)) j++;
    if (!this.is(j, this.lang.annex)) return null;
    j++;
    let label = '';
    const t = this.at(j);
    if (t && ((t.type === 'word' && (UPPER_ROMAN.test(t.text) || /^[A-Z]$/.test(t.text) || this.lang.annexLabels?.includes(t.lower))) || t.type === 'num')) {
      label = t.text;
      j++;
    }
    // "the annex thereto": the annex of the document named before.
    if (this.is(j, this.lang.thereto)) return { label, next: j + 1, external: true };
    if (this.is(j, this.lang.annexTo)) {
      const own = this.anySeq(j + 1, this.lang.thisResolution);
      if (own >= 0) return { label, next: own, external: false };
      return { label, next: j + 1, external: true };
    }
    return { label, next: j, external: false };
  }

  push(start: number, targets: RawTarget[], next: number, inHolder: boolean): number {
    const doc = this.previous;
    // "above", "below", "of this resolution" and "of annex I" keep a reference in this text.
    const own = targets.some((t) => t.direction !== null || t.body === true || t.annex !== null);
    if (doc?.kind === 'document' && !inHolder && !own && this.bridges(doc.end, this.tok(start).start)) {
      // "resolution 2514 (2020), in particular paragraph 8 (d)", "(S/2003/751, para. 30)": that document's paragraphs.
      doc.paragraphs.push(...this.cited(targets));
      doc.end = this.tok(next - 1).end;
      return this.external(start, next, doc);
    }
    this.refs.push({ kind: 'paragraph', start: this.tok(start).start, end: this.tok(next - 1).end, targets, inHolder });
    return next;
  }

  cited(targets: readonly RawTarget[]): RawDocumentRef['paragraphs'] {
    return citedOf(targets, this.lang);
  }

  /**
   * Whether the text between a document reference and a paragraph word ties them: punctuation alone
   * ("resolution 1996 (2011), paragraphs 3"), or words from the language data with at least one marker
   * ("in particular", "including", "notably").
   */
  bridges(from: number, to: number): boolean {
    if (to < from || to - from > BRIDGE_MAX) return false;
    const between = this.text.slice(from, to);
    const words = between.toLowerCase().split(BRIDGE_SPLIT).filter(Boolean);
    if (words.length === 0) return true;
    // "... 2094 (2013) or this resolution, including paragraph 8": this text is named in between.
    const joined = words.join(' ');
    if (this.lang.thisResolution.some((phrase) => joined.includes(phrase.join(' ')))) return false;
    const { markers, fillers } = this.lang.documentParagraphBridge;
    // "the Note by the President (S/2006/997) on best practices, including paragraphs 21": a marker just
    // before the paragraph word ties it to a document named earlier in the same clause.
    // Fillers may follow the marker ("в том числе на пункты").
    let last = words.length - 1;
    while (last > 0 && fillers.includes(words[last]) && !markers.includes(words[last])) last--;
    if (markers.includes(words[last])) return !CLAUSE_END.test(between);
    return to - from <= BRIDGE_FILLERS_MAX && words.every((w) => markers.includes(w) || fillers.includes(w)) && words.some((w) => markers.includes(w));
  }

  /** "the paragraph above", "the preceding paragraph". */
  relativeRef(i: number): number | null {
    let rel: -1 | 1 = -1;
    let next = this.anySeq(i, this.lang.paragraphAbove);
    if (next < 0) {
      next = this.anySeq(i, this.lang.paragraphBelow);
      rel = 1;
    }
    if (next < 0) return null;
    const start = this.tok(i).start;
    const end = this.tok(next - 1).end;
    const target: RawTarget = { start, end, number: 0, suffix: null, path: [], direction: rel < 0 ? 'above' : 'below', rangeFrom: null, scope: 'operative', annex: null, body: false, sectionLabel: undefined, relative: rel, directionStart: undefined, directionEnd: undefined };
    this.refs.push({ kind: 'paragraph', start, end, targets: [target], inHolder: false });
    return next;
  }

  /** [Organ] | its  resolution(s) ITEM (, ITEM)* (and ITEM). */
  documentRefs(i: number): number | null {
    let j = i;
    let organ: OrganCode | null = null;
    for (const p of this.lang.organPrefixes) {
      const k = this.seq(j, p.words);
      if (k >= 0) {
        organ = p.code;
        j = k;
        break;
      }
    }
    const prefixed = organ !== null;
    if (organ === null && this.is(j, this.lang.its)) {
      organ = this.organ;
      j++;
    }
    // "in particular 1500 (2003), 1546 (2004)", "resolutions, including 2509 (2020)": a Council text names its
    // resolutions after a marker, the word "resolution" left out.
    const marked = !this.is(j, this.lang.resolution) && !prefixed && this.organ === 'SC' && this.is(j, this.lang.documentParagraphBridge.markers) && this.yearItem(j + 1);
    if (!marked && !this.is(j, this.lang.resolution)) return null;
    const first = this.resolutionItem(j + 1, organ);
    if (!first) return null;
    const startOffset = this.tok(marked ? j + 1 : i).start;
    first.start = startOffset;
    const word = this.tok(j);
    const sentenceStart = j === 0 || this.isPunct(j - 1, '.');
    if (!marked && !first.style && word.text !== word.lower && !sentenceStart) {
      first.style = { form: `'${word.text}' with a capital letter inside a sentence`, start: word.start, end: word.end, replacement: word.lower };
    }
    this.refs.push(first);
    const items: RawDocumentRef[] = [first];
    let k = first.next;
    for (;;) {
      k = this.skipDate(k);
      let m = k;
      let sep = false;
      while (this.is(m, this.lang.and)) {
        sep = true;
        m++;
      }
      // "1988 (2011) 1989 (2011)": a list whose comma is missing goes on.
      if (!sep && !this.yearItem(m)) break;
      const more = this.resolutionItem(m, organ);
      if (!more) break;
      this.refs.push(more);
      items.push(more);
      k = more.next;
    }
    const suffix = prefixed ? null : this.organSuffix(k);
    if (suffix) {
      for (const item of items) fileUnder(item, suffix.code);
      items[items.length - 1].end = this.tok(suffix.next - 1).end;
      k = suffix.next;
    }
    return k;
  }

  /** "de l’Assemblée générale", "of the Human Rights Council" after a resolution number. */
  organSuffix(i: number): { code: OrganCode; next: number } | null {
    for (const s of this.lang.organSuffixes) {
      const next = this.seq(i, s.words);
      if (next >= 0) return { code: s.code, next };
    }
    return null;
  }

  /**
   * The date after a resolution number in a list: "of 14 September 1993", ", de 22 de noviembre de 1967",
   * "от 28 апреля 2004 года", "المؤرخ 28 نيسان/أبريل 2004": a day, words (the month, fillers), a year.
   */
  skipDate(i: number): number {
    const j = this.isPunct(i, ',') && this.is(i + 1, this.lang.dateOf) ? i + 1 : i;
    const day = this.at(j + 1);
    if (!this.is(j, this.lang.dateOf) || !day || day.type !== 'num' || day.text.length > 2) return i;
    for (let k = j + 2; k <= j + DATE_WORDS_MAX + 2; k++) {
      const t = this.at(k);
      if (t?.type === 'num') return t.text.length === 4 && k > j + 2 ? (this.is(k + 1, this.lang.yearWords) ? k + 2 : k + 1) : i;
      if (!t || (t.type !== 'word' && !this.isPunct(k, '/'))) return i;
    }
    return i;
  }

  resolutionItem(i: number, organ: OrganCode | null): (RawDocumentRef & { next: number }) | null {
    const n = this.at(i);
    if (!n || n.type !== 'num') return null;
    // Security Council: 2374 (2017)
    if (this.isPunct(i + 1, '(') && this.at(i + 2)?.type === 'num' && this.at(i + 2)!.text.length === 4 && this.isPunct(i + 3, ')')) {
      const number = Number(n.text);
      const year = Number(this.tok(i + 2).text);
      const ref = this.docRef(n.start, this.tok(i + 3).end, 'sc-resolution', `S/RES/${number} (${year})`, number, year, i + 4);
      ref.yearStart = this.tok(i + 2).start;
      ref.yearEnd = this.tok(i + 2).end;
      if (this.adjacent(i, i + 1)) ref.style = { form: `'${number}(${year})' without a space`, start: n.start, end: ref.end, replacement: `${number} (${year})` };
      return ref;
    }
    // Security Council resolutions joined by slashes, as a committee's name writes them: "resolutions 1267/1989/2253".
    const chain = this.slashChain(i);
    if (chain.length > 2) {
      for (const t of chain.slice(1)) this.refs.push(this.scByNumber(t.start, t.end, t.text, i, null));
      return this.scByNumber(n.start, n.end, n.text, i + 2 * chain.length - 1, null);
    }
    // General Assembly / Human Rights Council: 75/1, 75/101 A
    if (this.isPunct(i + 1, '/') && this.at(i + 2)?.type === 'num' && this.adjacent(i, i + 1)) {
      let end = i + 3;
      let letter = '';
      const l = this.at(end);
      if (l && l.type === 'word' && /^[A-Z]$/.test(l.text) && !this.isPunct(end + 1, '.')) {
        letter = ' ' + l.text;
        end++;
      }
      const body = `${n.text}/${this.tok(i + 2).text}${letter}`;
      if (organ === 'ECOSOC') return this.docRef(n.start, this.tok(end - 1).end, 'document', `E/RES/${body}`, Number(n.text), null, end);
      const hrc = organ === 'HRC';
      return this.docRef(n.start, this.tok(end - 1).end, hrc ? 'hrc-resolution' : 'ga-resolution', hrc ? `A/HRC/RES/${body}` : `A/RES/${body}`, Number(n.text), null, end);
    }
    // Older General Assembly form: 217 A (III), 3314 (XXIX), 1874 (S-IV)
    let j = i + 1;
    let letter = '';
    const l = this.at(j);
    if (l && l.type === 'word' && /^[A-Z]$/.test(l.text)) {
      letter = ' ' + l.text;
      j++;
    }
    if (this.isPunct(j, '(')) {
      let k = j + 1;
      let session = '';
      while (k < j + 4 && this.at(k) && !this.isPunct(k, ')')) session += this.tok(k++).text;
      if (this.isPunct(k, ')') && /^(?:S-|ES-)?[IVXLC]+$/.test(session)) {
        return this.docRef(n.start, this.tok(k).end, 'ga-resolution', `A/RES/${n.text}(${session})${letter}`, Number(n.text), null, k + 1);
      }
    }
    // A Security Council resolution named by its number alone in a Council text: "resolution 2532", "resolutions 1325 and 2250".
    if (letter === '' && (organ ?? this.organ) === 'SC' && n.text.length >= 3 && n.text.length <= 4 && !this.isPunct(i + 1, '/')) return this.scByNumber(n.start, n.end, n.text, i + 1, null);
    return null;
  }

  /** A Security Council resolution number with its year at i: "1500 (2003)". */
  yearItem(i: number): boolean {
    return this.at(i)?.type === 'num' && this.isPunct(i + 1, '(') && this.at(i + 2)?.type === 'num' && this.tok(i + 2).text.length === 4 && this.isPunct(i + 3, ')');
  }

  /** The numbers of three or four digits at i joined by adjacent slashes: "1267/1989/2253". */
  slashChain(i: number): Token[] {
    const numbers: Token[] = [];
    for (let j = i; this.at(j)?.type === 'num' && this.tok(j).text.length >= 3 && this.tok(j).text.length <= 4; j += 2) {
      numbers.push(this.tok(j));
      if (!this.isPunct(j + 1, '/') || !this.adjacent(j, j + 1) || !this.adjacent(j + 1, j + 2)) break;
    }
    return numbers;
  }

  docRef(start: number, end: number, docKind: DocumentKind, symbol: string, number: number | null, year: number | null, next: number): RawDocumentRef & { next: number } {
    return { kind: 'document', start, end, docKind, symbol, number, year, paragraphs: [], style: null, yearStart: null, yearEnd: null, next };
  }

  /** A Security Council resolution named by number only ("UNSCR 2374", "the 2374 Committee"): its year from the table. */
  scByNumber(start: number, end: number, numberText: string, next: number, form: string | null): RawDocumentRef & { next: number } {
    const number = Number(numberText);
    const year = scYearOf(number);
    const symbol = year ? `S/RES/${number} (${year})` : `S/RES/${number}`;
    const ref = this.docRef(start, end, 'sc-resolution', symbol, number, year, next);
    if (form) ref.style = { form, start, end, replacement: year ? `resolution ${number} (${year})` : `resolution ${number}` };
    return ref;
  }

  /** "UNSCR 2374", "res. 2374": forms the UN's editorial style does not use. */
  informalRef(i: number): number | null {
    const t = this.at(i);
    if (!t || t.type !== 'word') return null;
    let j = -1;
    if (t.text === 'UNSCR' || t.text === 'UNSC') j = i + 1;
    else if (t.lower === 'res' && this.isPunct(i + 1, '.')) j = i + 2;
    const n = j >= 0 ? this.at(j) : undefined;
    if (!n || n.type !== 'num' || n.text.length > 4) return null;
    let end = n.end;
    let next = j + 1;
    if (this.isPunct(next, '(') && this.at(next + 1)?.type === 'num' && this.isPunct(next + 2, ')')) {
      end = this.tok(next + 2).end;
      next += 3;
    }
    this.refs.push(this.scByNumber(t.start, end, n.text, next, `'${this.text.slice(t.start, end)}'`));
    return next;
  }

  /** Committees and lists named after resolutions: "the 1267/1989/2253 ISIL (Da’esh) ... Committee", "the 2374 sanctions list". */
  committeeRef(i: number): number | null {
    if (!this.is(i, this.lang.the)) return null;
    const numbers = this.slashChain(i + 1);
    const j = i + 2 * numbers.length;
    if (numbers.length === 0 || this.at(j)?.type !== 'word') return null;
    let named = false;
    for (let k = j; k < j + 10 && this.at(k) !== undefined; k++) {
      if (this.isPunct(k, ',') || this.isPunct(k, ';')) break;
      if (this.is(k, this.lang.committeeWords)) {
        named = true;
        break;
      }
    }
    if (!named) return null;
    for (const n of numbers) this.refs.push(this.scByNumber(n.start, n.end, n.text, j, null));
    return j;
  }

  /** UN document symbols: S/RES/2374 (2017), S/PRST/2018/10, S/2021/519, S/PV.8809, A/75/123. */
  symbolRef(i: number): number | null {
    const t = this.at(i);
    if (!t || t.type !== 'word' || !['S', 'A', 'E'].includes(t.text) || !this.isPunct(i + 1, '/') || !this.adjacent(i, i + 1)) return null;
    let end = this.tok(i + 1).end;
    while (end < this.text.length && SYMBOL_CHAR.test(this.text[end])) end++;
    while (end > t.end + 1 && /[./-]/.test(this.text[end - 1])) end--;
    let symbol = this.text.slice(t.start, end);
    if (!/\d/.test(symbol)) return null;
    let docKind: DocumentKind = 'document';
    let number: number | null = null;
    let year: number | null = null;
    let style: RawDocumentRef['style'] = null;
    let m: RegExpExecArray | null;
    if ((m = /^S\/RES\/(\d{1,4})$/.exec(symbol))) {
      const paren = /^ ?\((\d{4})\)/.exec(this.text.slice(end, end + 8));
      number = Number(m[1]);
      docKind = 'sc-resolution';
      if (paren) {
        year = Number(paren[1]);
        end += paren[0].length;
      }
      symbol = year ? `S/RES/${number} (${year})` : `S/RES/${number}`;
      const y = year ?? scYearOf(number);
      style = { form: `the symbol '${this.text.slice(t.start, end)}' in running text`, start: t.start, end, replacement: y ? `resolution ${number} (${y})` : `resolution ${number}` };
    } else if (/^S\/PRST\/\d{4}\/\d+$/.test(symbol)) docKind = 'presidential-statement';
    else if (/^S\/PV\.\d+/.test(symbol)) docKind = 'meeting-record';
    else if ((m = /^A\/HRC\/RES\/(\d+)\/\d+$/.exec(symbol))) {
      docKind = 'hrc-resolution';
      number = Number(m[1]);
    } else if ((m = /^A\/RES\/(\d+)\/\d+$/.exec(symbol))) {
      docKind = 'ga-resolution';
      number = Number(m[1]);
    }
    this.refs.push({ kind: 'document', start: t.start, end, docKind, symbol, number, year, paragraphs: [], style, yearStart: null, yearEnd: null });
    let next = i + 1;
    while (this.at(next) !== undefined && this.tok(next).start < end) next++;
    return next;
  }
}

/** A section label: a roman numeral, a capital letter or a number ("section II", "section B", "section 3"). */
function isSectionLabel(t: Token): boolean {
  return t.type === 'num' || (t.type === 'word' && (UPPER_ROMAN.test(t.text) || /^[A-Z]$/.test(t.text)));
}

/** Words and slashes between the day and the year of a date: "de noviembre de", "نيسان/أبريل". */
const DATE_WORDS_MAX = 5;

const ASSEMBLY_SYMBOL = /^A\/(?:HRC\/)?RES\/(\d+\/\d+(?: [A-Z])?)$/;

/** Files a "75/1" resolution under the organ its text names: the General Assembly, the Human Rights Council or the Economic and Social Council. */
function fileUnder(ref: RawDocumentRef, organ: OrganCode): void {
  const m = ASSEMBLY_SYMBOL.exec(ref.symbol);
  if (m && organ === 'ECOSOC') {
    ref.docKind = 'document';
    ref.symbol = `E/RES/${m[1]}`;
  }
  if (!m || (organ !== 'GA' && organ !== 'HRC')) return;
  ref.docKind = organ === 'HRC' ? 'hrc-resolution' : 'ga-resolution';
  ref.symbol = organ === 'HRC' ? `A/HRC/RES/${m[1]}` : `A/RES/${m[1]}`;
}

/** The "above"/"below" word `word` that applies to the target. */
function setDirection(target: RawTarget, direction: Direction, word: Token): void {
  target.direction = direction;
  target.directionStart = word.start;
  target.directionEnd = word.end;
}

function labelOf(t: RawTarget, style: LabelStyle): string {
  return [String(t.number) + (t.suffix ? ' ' + t.suffix : ''), ...t.path.map((p) => writeSubLabel(p, style))].join(' ');
}

/**
 * What the scan looks for. Every reference holds an anchor: a number, "(" ("subparagraph (a)"), "/"
 * ("S/2021/519") or the paragraph word of a relative reference ("the preceding paragraph"). A number
 * or "(" opens a reference only after an introducing word ("paragraph 5", "resolution 2374", "the 1267
 * Committee"); the recognizers then run at the words a reference can start with, shortly before the
 * introducer. So scanning costs one search for anchors plus work proportional to the references.
 */
export interface Anchors {
  readonly pattern: RegExp;
  /** The anchor words of `pattern`: no one starts with another. */
  readonly words: readonly string[];
  /** Words a number or "(" follows in a reference. */
  readonly introducers: ReadonlySet<string>;
  /** For ASCII words, by `shapeAt`, whether an introducer has that shape: most words before a number are passed over at once. */
  readonly introducerShapes: Uint8Array;
  /** Words a reference can start with, and the recognizers that can start there. */
  readonly starters: ReadonlyMap<string, number>;
  /** The same for the starters: most words are passed over without a lookup. */
  readonly starterShapes: Uint8Array;
  /**
   * How many tokens before its introducer a reference can start ("human rights council resolutions
   * 5/1") or a recognizer can look ("article 3, paragraph 1"; a full stop before "Resolution").
   */
  readonly tokensBefore: number;
}

/** Informal forms the recognizers read in every language: "UNSCR 2374", "UNSC 2374", "res. 2374". */
const INFORMAL_WORDS = ['unscr', 'unsc', 'res'];
/** Tokens before "paragraph" that tell a treaty's paragraph: "article 3 ,". */
const ARTICLE_CONTEXT = 3;

/** Word lengths told apart by a shape; longer words share the last. */
const SHAPE_LENGTHS = 32;

/** An ASCII word's first letter in lower case and its length, as one small number: its lower-case form has the same. */
function shapeAt(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  return (first >= 65 && first <= 90 ? first + 32 : first) * SHAPE_LENGTHS + Math.min(end - start, SHAPE_LENGTHS - 1);
}

/** Every character of text[start, end) is ASCII. */
function isAsciiAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Which shapes the ASCII words among `words` have. */
function shapesOf(words: Iterable<string>): Uint8Array {
  const out = new Uint8Array(128 * SHAPE_LENGTHS);
  for (const w of words) if (isAsciiAt(w, 0, w.length)) out[shapeAt(w, 0, w.length)] = 1;
  return out;
}

export const anchorsOf = perLanguage((lang): Anchors => {
  const bare = (w: string) => w.replace(/\.$/, '').toLowerCase();
  const relative = [...lang.paragraphAbove, ...lang.paragraphBelow];
  const paragraphWords = new Set(lang.paragraph.map(bare));
  const relativeWords = [...new Set(relative.flat().filter((w) => paragraphWords.has(w)))];
  // "alinéa a)" holds no "(" to find: where labels are written "a)", the sub-paragraph word is the anchor.
  const subparagraphWords = lang.subLabelStyles.includes('a)') ? lang.subparagraph.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]) : [];
  // A word that starts with another anchor word adds nothing ("пункт" finds "пунктом"): the scan reads whole words.
  const allWords = [...new Set([...relativeWords, ...subparagraphWords])];
  const wordAnchors = allWords.filter((w) => !allWords.some((v) => v !== w && w.startsWith(v)));
  // The most tokens a recognizer reads before the introducer: "article 3 ,"; an organ prefix ("human
  // rights council") and the token before it, which tells a sentence start; the words of a relative
  // reference before its paragraph word ("the preceding"). "Preambular" or "its" is a single word.
  const tokensBefore = Math.max(ARTICLE_CONTEXT, ...lang.organPrefixes.map((o) => o.words.length + 1), ...relative.map((r) => r.findIndex((w) => paragraphWords.has(w))));
  const introducers = new Set([...lang.paragraph, ...lang.subparagraph, ...lang.resolution, ...lang.the, ...lang.documentParagraphBridge.markers, ...INFORMAL_WORDS].map(bare));
  const starters = startersOf(lang, relative, bare);
  return {
    pattern: new RegExp(`\\d+|[(/]${wordAnchors.map((w) => `|${escapeRegExp(w)}`).join('')}`, 'g'),
    words: wordAnchors,
    introducers,
    introducerShapes: shapesOf(introducers),
    starters,
    starterShapes: shapesOf(starters.keys()),
    tokensBefore,
  };
});

function startersOf(lang: Language, relative: readonly (readonly string[])[], bare: (w: string) => string): Map<string, number> {
  const starters = new Map<string, number>();
  const add = (words: readonly string[], kind: Recognizer) => {
    for (const w of words) starters.set(bare(w), (starters.get(bare(w)) ?? 0) | kind);
  };
  add([...lang.paragraph, ...lang.subparagraph, ...lang.preambular, ...lang.operative], Recognizer.Paragraph);
  add(relative.map((r) => r[0]), Recognizer.Relative);
  add([...lang.resolution, ...lang.its, ...lang.documentParagraphBridge.markers, ...lang.organPrefixes.map((o) => o.words[0])], Recognizer.Document);
  add(INFORMAL_WORDS, Recognizer.Informal);
  add(lang.the, Recognizer.Committee);
  return starters;
}

/** The shapes of the document nouns: most words of a clause are passed over without lowering them. */
const nounShapesOf = perLanguage((lang) => shapesOf(lang.documentWords.nouns));

const elisionsOf = perLanguage((lang): ReadonlySet<string> | null => (lang.elisions.length > 0 ? new Set(lang.elisions) : null));

/** S, A and E: the letters that open UN document symbols ("S/", "A/", "E/"), upper case in every language. */
function isSymbolLetterCode(c: number): boolean {
  return c === 83 || c === 65 || c === 69;
}

/** A one-letter token that starts a document symbol. */
function isSymbolStart(text: string, t: Token): boolean {
  return t.end === t.start + 1 && isSymbolLetterCode(text.charCodeAt(t.start)) && text.charCodeAt(t.end) === 47;
}

/** Start of the word that ends just before `end` (letters and their marks, with hyphens and apostrophes inside). */
function wordStartBefore(text: string, end: number): number {
  let s = end;
  while (s > 0) {
    if (isLetterAt(text, s - 1) || isMarkAt(text, s - 1)) s--;
    else if (s > 1 && s < end && isJoiner(text.charCodeAt(s - 1)) && isLetterAt(text, s - 2)) s--;
    else break;
  }
  return s;
}

/**
 * Where the reference an anchor at `p` may belong to is introduced, or -1 when the anchor belongs to
 * none: cheap tests on the characters before it.
 */
function introducedAt(text: string, p: number, a: Anchors): number {
  const c = text.charCodeAt(p);
  if (c === 47) {
    // "S/", "A/", "E/" starting a symbol.
    return isSymbolLetterCode(text.charCodeAt(p - 1)) && (p < 2 || !(isLetterAt(text, p - 2) || isDigitCode(text.charCodeAt(p - 2)))) ? p - 1 : -1;
  }
  if (c !== 40 && !isDigitCode(c)) return p === 0 || !isLetterAt(text, p - 1) ? p : -1;
  let e = p;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  // "para. 5", "res. 2374"
  if (e > 0 && text.charCodeAt(e - 1) === 46) e--;
  if (e === p) return -1;
  const s = wordStartBefore(text, e);
  if (s === e || (isAsciiAt(text, s, e) && a.introducerShapes[shapeAt(text, s, e)] === 0)) return -1;
  return a.introducers.has(bareWord(text.slice(s, e))) ? s : -1;
}

/**
 * Finds the anchors of `Anchors.pattern` with `test`, which allocates nothing, rather than `exec`, which
 * allocates a match for each of the thousands of numbers a text holds; the start is read back from the end.
 */
class AnchorCursor {
  /** The last anchor found: text[start, end). */
  start = 0;
  end = 0;

  constructor(
    private readonly text: string,
    private readonly a: Anchors,
  ) {}

  /** Finds the first anchor at or after `from`; false when none is left. */
  next(from: number): boolean {
    const { text, a } = this;
    a.pattern.lastIndex = from;
    if (!a.pattern.test(text)) return false;
    const end = a.pattern.lastIndex;
    const c = text.charCodeAt(end - 1);
    if (isDigitCode(c)) {
      let start = end - 1;
      while (start > from && isDigitCode(text.charCodeAt(start - 1))) start--;
      return this.found(start, end);
    }
    if (c === 40 || c === 47) return this.found(end - 1, end);
    // An anchor word: the longest that ends here, as the leftmost match is (none starts with another).
    let start = end;
    for (const w of a.words) if (end - w.length >= from && end - w.length < start && text.startsWith(w, end - w.length)) start = end - w.length;
    return this.found(start, end);
  }

  private found(start: number, end: number): true {
    this.start = start;
    this.end = end;
    return true;
  }
}

/** Drops the items of `list` after the first `length` (a length set costs a runtime call: only when there are some). */
function truncate(list: unknown[], length: number): void {
  if (list.length > length) list.length = length;
}

/** The start of the `count`-th token before offset `i` (by the tokenizer's rules), or 0. */
function tokensBack(text: string, i: number, count: number): number {
  for (let k = 0; k < count && i > 0; k++) {
    while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (isLetterAt(text, i - 1)) i = wordStartBefore(text, i);
    else if (isDigitCode(text.charCodeAt(i - 1))) while (i > 0 && isDigitCode(text.charCodeAt(i - 1))) i--;
    else i--;
  }
  return i;
}

/** A paragraph reference that says nothing of whose paragraphs it names: no "above", "below", "of this resolution" or annex. */
function isBare(r: RawRef): r is RawParagraphRef {
  return r.kind === 'paragraph' && !r.inHolder && r.targets.every((t) => t.direction === null && !t.body && t.annex === null && t.relative === 0 && t.sectionLabel === undefined);
}

/** The marks that can end a clause. */
const CLAUSE_MARKS = [';', ':', '.'];

/** Where a clause ends: ";", ":" or a full stop before a capital letter (not "para. 5" or "II.15"). */
function isClauseEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 59 || c === 58) return true;
  if (c !== 46) return false;
  let k = i + 1;
  if (k >= text.length) return true;
  if (!isSpaceCode(text.charCodeAt(k))) return false;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  const d = text[k];
  return d !== undefined && d !== d.toLowerCase();
}

/** A document named in the text: found by the recognizers (`doc`), or in words ("the report of ...", `doc` null). */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly doc: RawDocumentRef | null;
}

/** How many words before a document noun may hold its determiner: "the Secretary-General’s third special report". */
const DETERMINER_REACH = 4;
/** How many words may open a clause before the document it is about: "Taking note with appreciation of the report". */
const OBJECT_REACH = 5;
const POSSESSIVE = /['’]s$/;
const DAY = /^\d{1,2}$/;
const YEAR = /^\d{4}$/;
const DIGITS = /^\d+$/;
/** A number, a roman numeral or a letter between paragraph numbers and their document ("part IX", "annex 1"). */
const LABEL_WORD = /^(?:\d+|[ivxlc]+|[a-z])$/;

/**
 * Documents named in words in text[from, to): a noun of the language data after a determiner or a possessive
 * ("the report", "his letter", "the Secretary-General’s Note"), or before a number ("decision 1/CMA.3"); not
 * one still to come ("a report", "his next report"), a verb ("to report") or this text ("the present resolution").
 */
function namedInWords(text: string, from: number, to: number, lang: Language): Mention[] {
  const { nouns, numbered, determiners, indefinite } = lang.documentWords;
  const reader = new TokenReader(text, from, elisionsOf(lang));
  const shapes = nounShapesOf(lang);
  const seen: Token[] = [];
  const out: Mention[] = [];
  for (let t = reader.next(); t && t.start < to; t = reader.next()) {
    seen.push(t);
    const at = seen.length - 1;
    if (t.type === 'num' && at > 0 && (nouns.includes(seen[at - 1].lower) || numbered.includes(seen[at - 1].lower)) && seen[at - 1].end < t.start) {
      // "decision 1/CMA.3": the whole symbol.
      let end = t.end;
      while (end < to && SYMBOL_CHAR.test(text[end])) end++;
      while (end > t.end && /[./-]/.test(text[end - 1])) end--;
      out.push({ start: seen[at - 1].start, end, doc: null });
      continue;
    }
    if (t.type !== 'word' || (t.ascii && shapes[shapeAt(text, t.start, t.end)] === 0) || !nouns.includes(t.lower)) continue;
    if (lang.thisResolution.some((p) => p.every((w, k) => seen[at - p.length + 1 + k]?.lower === w))) continue;
    for (let k = at - 1; k >= 0 && k >= at - DETERMINER_REACH; k--) {
      const w = seen[k];
      if (w.type === 'punct' || indefinite.includes(w.lower)) break;
      if (determiners.includes(w.lower) || POSSESSIVE.test(w.text)) {
        out.push({ start: w.start, end: t.end, doc: null });
        break;
      }
    }
  }
  return out;
}

/**
 * The clause rule: in a clause that cites none of this text's paragraphs with "above", "below" or "of this
 * resolution", a bare paragraph reference tied to another document is that document's. Tied: named just
 * before it ("his report, in paragraphs 82-86", "decision 1/CMA.3, paragraph 85", "the report ..., in
 * particular paragraphs 34 to 36"), tied to one after it by "of" or "in" ("paragraphs 19 and 20 in
 * S/2008/492"), or listed with paragraphs of another document ("paragraphs 60 to 63, and in particular
 * paragraph 63 (d), of the Final Document"; "... of the annex thereto, as well as paragraphs 13 and 14").
 * The numbers join that document's reference, or are left out when it is named in words only. A clause
 * naming no document keeps its bare references ("as requested in paragraph 51").
 */
function tieToDocuments(text: string, lang: Language, refs: RawRef[], found: readonly Mention[]): RawRef[] {
  if (!refs.some(isBare)) return refs;
  const externals = [...found].sort((a, b) => a.start - b.start);
  const ends = clauseEndsOf(text);
  const out: RawRef[] = [];
  let i = 0;
  while (i < refs.length) {
    // The clause around refs[i], and every reference in it.
    const before = firstAt(ends, refs[i].start, itself) - 1;
    const start = before >= 0 ? ends[before] + 1 : 0;
    const after = firstAt(ends, refs[i].end, itself);
    const end = after < ends.length ? ends[after] : text.length;
    let j = i;
    while (j < refs.length && refs[j].start < end) j++;
    const clause = refs.slice(i, j);
    i = j;
    if (clause.some((r) => r.kind === 'paragraph' && !isBare(r)) || !clause.some(isBare)) {
      out.push(...clause);
      continue;
    }
    const docs = clause.filter((r): r is RawDocumentRef => r.kind === 'document');
    const mentions: Mention[] = [
      ...docs.map((d) => ({ start: d.start, end: d.end, doc: d })),
      ...namedInWords(text, start, end, lang).filter((m) => !docs.some((d) => m.start < d.end && d.start < m.end)),
    ].sort((a, b) => a.start - b.start);
    const cited = externals.slice(firstAt(externals, start, startOf), firstAt(externals, end, startOf));
    let claimed: Mention | undefined;
    // A clause about a report it opens with, named by its symbol: "Taking note of the report of ... (S/2003/663),
    // particularly the options described in paragraphs 32 to 40", "Welcomes the report S/2016/729 and approves the
    // recommendations therein, including those in paragraph 36".
    // So is one that opens with another document's paragraphs in words: "Recalls and reaffirms the remaining operative paragraphs of resolution 2699 (2023), noting that the arms embargo in paragraph 14".
    const first = mentions[0];
    const opening = first ? wordsBetween(text, start, first.start) : [];
    const about =
      first !== undefined &&
      ((opening.length <= OBJECT_REACH && mentions.some((m) => m.doc?.docKind === 'document' && m.start - first.start <= 2 * BRIDGE_MAX)) ||
        (first.doc !== null && opening.length <= 2 * OBJECT_REACH && lang.of.includes(opening[opening.length - 1]) && lang.paragraph.includes(opening[opening.length - 2])));
    for (const r of clause) {
      // In a clause about a report, numbers that no other document claims first are the report's.
      const aboutReport = about && lastBefore(cited, r.start) === undefined;
      const owner = isBare(r) ? ownerOf(text, lang, r, mentions, cited, claimed, aboutReport) : undefined;
      if (owner === undefined || r.kind !== 'paragraph') out.push(r);
      else {
        if (owner.doc) {
          owner.doc.paragraphs.push(...citedOf(r.targets, lang));
          // "paragraphs 19 and 20 in S/2008/492": the reference starts at the numbers, as "paragraph 2 of resolution ..." does.
          if (owner.doc.start > r.start) owner.doc.start = r.start;
        }
        claimed = { start: r.start, end: r.end, doc: owner.doc };
      }
    }
  }
  return out;
}

/** The index of the first item of `list` (sorted by `offsetOf`) at or after `at`. */
function firstAt<T>(list: readonly T[], at: number, offsetOf: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetOf(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (m: Mention): number => m.start;
/** An offset of a list of offsets is itself. */
const itself = (k: number): number => k;

/** The offsets where clauses end (see `isClauseEnd`), in order: native searches for the marks rather than a test of every character. */
function clauseEndsOf(text: string): number[] {
  const out: number[] = [];
  for (const mark of CLAUSE_MARKS) for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) if (isClauseEnd(text, k)) out.push(k);
  return out.sort((a, b) => a - b);
}

/** The last item of `list` (sorted by start) that ends at or before `at`. */
function lastBefore(list: readonly Mention[], at: number): Mention | undefined {
  for (let k = firstAt(list, at, startOf) - 1; k >= 0; k--) if (list[k].end <= at) return list[k];
  return undefined;
}

/** The words of text[from, to), lower-case, without punctuation and without dates ("8 December 2010", "8 de diciembre de 2010"). */
function wordsBetween(text: string, from: number, to: number): string[] {
  const words = text.slice(from, to).toLowerCase().split(BRIDGE_SPLIT).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (DAY.test(words[i])) {
      let k = i + 1;
      while (k < words.length && k <= i + 3 && !DIGITS.test(words[k])) k++;
      if (k > i + 1 && k < words.length && YEAR.test(words[k])) {
        i = k;
        continue;
      }
    }
    out.push(words[i]);
  }
  return out;
}

/** The document a bare reference belongs to, if it is tied to one (see `tieToDocuments`). */
function ownerOf(
  text: string,
  lang: Language,
  r: RawParagraphRef,
  mentions: readonly Mention[],
  externals: readonly Mention[],
  claimed: Mention | undefined,
  about: boolean,
): Mention | undefined {
  const { markers, fillers } = lang.documentParagraphBridge;
  const bridge = (w: string) => markers.includes(w) || fillers.includes(w);
  // Listed with another document's paragraphs: ", as well as paragraphs 13 and 14", "63, and in particular paragraph 63 (d), of".
  const listed = (w: string) => bridge(w) || lang.and.includes(w);
  const { ties } = lang.documentWords;
  // Tied by "of" or "in" to a document named after it: "paragraphs 356 to 369 in part IX of the final report",
  // "paragraphs 70 to 71 and annex 1 of his report"; nothing between ("paragraph 8 resolution 1844 (2008)").
  const after = mentions[firstAt(mentions, r.end, startOf)];
  if (after && after.start - r.end <= BRIDGE_MAX) {
    const gap = wordsBetween(text, r.end, after.start);
    const part = (w: string) =>
      ties.includes(w) || lang.and.includes(w) || lang.the.includes(w) || lang.annex.includes(w) || lang.section.includes(w) || lang.documentWords.nouns.includes(w) || LABEL_WORD.test(w);
    // "paragraphs 41 and 42 the Secretary-General’s letter": the "of" left out.
    if (gap.every((w) => lang.the.includes(w)) || (gap.some((w) => ties.includes(w)) && gap.every(part))) return after;
  }
  // After another document's paragraphs, a list continues them: "of the annex thereto on the agreed criteria
  // ..., as well as paragraphs 13 and 14", when the words just before the numbers only join ("as well as", "and").
  const found = lastBefore(externals, r.start);
  const previous = claimed && (!found || claimed.end > found.end) ? claimed : found;
  if (previous && r.start - previous.end <= 3 * BRIDGE_MAX) {
    const joining = text.slice(previous.end, r.start).split(',').pop()!;
    if (wordsBetween(joining, 0, joining.length).every(listed)) return previous;
  }
  // Before another document's paragraphs, a marker or a repeated "in" says they are listed together ("63, and in
  // particular paragraph 63 (d), of"; "in paragraphs 48 to 54 and in paragraph 61 of the report"); "and" alone does not.
  // (The words of a gap are read only when it is short enough to tie anything: a clause can run for pages.)
  const next = externals[firstAt(externals, r.end, startOf)];
  if (next && next.start - r.end <= BRIDGE_MAX) {
    const gapToNext = wordsBetween(text, r.end, next.start);
    if (gapToNext.every(listed) && (gapToNext.length === 0 || gapToNext.some((w) => markers.includes(w) || ties.includes(w)))) return next;
  }
  // Named just before it: "his report in paragraphs 11 and 42", "decision 1/CMA.3, paragraph 85".
  // or earlier in the clause with a marker just before the numbers ("the report of ... on ..., in particular paragraphs 34 to 36").
  const before = lastBefore(mentions, r.start);
  if (!before || r.start - before.end > 2 * BRIDGE_MAX) return about ? before : undefined;
  const gap = wordsBetween(text, before.end, r.start);
  if (r.start - before.end <= BRIDGE_MAX && gap.every(bridge)) return before;
  let marker = gap.length - 1;
  while (marker >= 0 && !markers.includes(gap[marker])) marker--;
  if (marker >= 0 && gap.slice(marker + 1).every((w) => fillers.includes(w) || ties.includes(w) || lang.the.includes(w)) && !lang.thisResolution.some((p) => gap.join(' ').includes(p.join(' ')))) return before;
  return about ? before : undefined;
}

function citedOf(targets: readonly RawTarget[], lang: Language): RawDocumentRef['paragraphs'] {
  return targets.map((t) => ({ label: labelOf(t, lang.subLabelStyles[0]), start: t.start, end: t.end }));
}

export function scanReferences(text: string, lang: Language, organ: OrganCode | null): RawRef[] {
  const tokens = scanTokens(text, lang, organ);
  if (!lang.circumfix) return tokens;
  // Document symbols ("S/2021/519") read alike in every script; numbers wrapped in words ("第21段") read apart.
  return [...tokens, ...scanCircumfix(text, lang, lang.circumfix, organ, tokens)].sort((a, b) => a.start - b.start);
}

function scanTokens(text: string, lang: Language, organ: OrganCode | null): RawRef[] {
  const a = anchorsOf(lang);
  const out: RawRef[] = [];
  const externals: Mention[] = [];
  const anchors = new AnchorCursor(text, a);
  let covered = 0;
  // The search goes on after the anchor, or after the references read, which cover their later anchors.
  for (let from = 0; anchors.next(from); from = Math.max(anchors.end, covered)) {
    const p = anchors.start;
    const intro = introducedAt(text, p, a);
    if (intro < 0) continue;
    const from = tokensBack(text, intro, a.tokensBefore);
    const scanner = new Scanner(text, lang, organ, from, out, externals);
    scanner.previous = out.length > 0 ? out[out.length - 1] : null;
    for (let i = 0, t = scanner.at(0); t && t.start <= p; t = scanner.at(++i)) {
      if (t.start < covered) continue;
      const kinds = (!t.ascii || a.starterShapes[shapeAt(text, t.start, t.end)] === 1 ? (a.starters.get(t.lower) ?? 0) : 0) | (isSymbolStart(text, t) ? Recognizer.Symbol : 0);
      if (kinds === 0) continue;
      const refs = out.length;
      const ties = externals.length;
      const next = scanner.attempt(i, kinds);
      if (next === null) {
        // A recognizer that fails leaves nothing behind.
        truncate(out, refs);
        truncate(externals, ties);
        continue;
      }
      if (next > 0) covered = Math.max(covered, scanner.tok(next - 1).end);
      break;
    }
  }
  return tieToDocuments(text, lang, out, externals);
}
