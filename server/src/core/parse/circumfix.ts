/**
 * References in languages that write no spaces between words and wrap numbers in words before and after
 * them, the direction first: "上文第21段和下文第30和31段", "第2391(2017)和2531(2020)号决议",
 * "第2520(2020)号决议第11和12段". The words come from the language data (`circumfix`); the scan looks
 * for the opening word ("第") only, reads forward, and never backtracks.
 */
import type { Circumfix, Language } from '../lang';
import type { OrganCode } from '../model';
import { scYearOf } from '../scYears';
import { isDigitCode, isSpaceCode } from './chars';
import type { RawDocumentRef, RawRef, RawTarget } from './references';
import { subLabelStylesOf } from './subLabels';

interface Item {
  start: number;
  end: number;
  number: number;
  /** The text after the number: "/1" of "75/1". */
  session: string | null;
  year: number | null;
  yearStart: number;
  yearEnd: number;
  path: string[];
  rangeFrom: number | null;
}

/** The longest of `words` at `i`, or ''. */
function wordAt(text: string, i: number, words: readonly string[]): string {
  let found = '';
  for (const w of words) if (w.length > found.length && text.startsWith(w, i)) found = w;
  return found;
}

/** The word of `words` that ends at `end` (spaces before `end` skipped), or ''. */
function wordBefore(text: string, end: number, words: readonly string[]): { word: string; start: number } | null {
  let e = end;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  for (const w of words) if (e >= w.length && text.startsWith(w, e - w.length)) return { word: w, start: e - w.length };
  return null;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function digitsEnd(text: string, i: number, max: number): number {
  let j = i;
  while (j < text.length && j - i < max && isDigitCode(text.charCodeAt(j))) j++;
  return j < text.length && isDigitCode(text.charCodeAt(j)) ? i : j;
}

/** How far back a marker ties paragraph numbers to a document named before them. */
const BRIDGE_MAX = 80;
/** Marks that end a clause, in every script. */
const CLAUSE_END = /[;.:；。：]/;

class CircumfixScanner {
  readonly refs: RawRef[] = [];

  constructor(
    private readonly text: string,
    private readonly lang: Language,
    private readonly c: Circumfix,
    private readonly organ: OrganCode | null,
    /** Documents the token scanner found in the same text (symbols: "S/2006/997"). */
    private readonly earlier: readonly RawRef[],
  ) {}

  /** Numbers joined by "和", "、", "至": "21", "30和31", "2391(2017)和2531(2020)", "1(b)"; null when none. */
  items(from: number): { items: Item[]; next: number } | null {
    const text = this.text;
    const styles = subLabelStylesOf(this.lang);
    const items: Item[] = [];
    let i = from;
    let range = false;
    for (;;) {
      i = skipSpaces(text, i);
      const end = digitsEnd(text, i, 4);
      if (end === i) break;
      const item: Item = { start: i, end, number: Number(text.slice(i, end)), session: null, year: null, yearStart: 0, yearEnd: 0, path: [], rangeFrom: range ? (items[items.length - 1]?.number ?? null) : null };
      let j = end;
      if (text.charCodeAt(j) === 47) {
        // "75/1": a General Assembly or Human Rights Council resolution.
        const s = digitsEnd(text, j + 1, 4);
        if (s > j + 1) {
          item.session = text.slice(j, s);
          j = item.end = s;
        }
      }
      const open = skipSpaces(text, j);
      const yearEnd = digitsEnd(text, open + 1, 4);
      if (item.session === null && text.charCodeAt(open) === 40 && yearEnd === open + 5 && text.charCodeAt(yearEnd) === 41) {
        item.year = Number(text.slice(open + 1, yearEnd));
        item.yearStart = open + 1;
        item.yearEnd = yearEnd;
        j = item.end = yearEnd + 1;
      } else {
        for (let label = styles.readAt(text, j, text.length, false); label !== null; label = styles.readAt(text, j, text.length, false)) {
          item.path.push(label.label);
          j = item.end = j + label.length;
        }
      }
      items.push(item);
      let k = skipSpaces(text, j);
      // "第1535(2004)号、第1787(2007)号": each number closed on its own.
      const mark = this.c.itemEnd ?? '';
      if (mark && text.startsWith(mark, k) && wordAt(text, k + mark.length, this.c.and)) k += mark.length;
      const and = wordAt(text, k, this.c.and);
      const to = and ? '' : wordAt(text, k, this.c.to);
      let after = skipSpaces(text, k + (and || to).length);
      if (text.startsWith(this.c.before, after)) after += this.c.before.length;
      if (!(and || to) || !isDigitCode(text.charCodeAt(after))) {
        i = j;
        break;
      }
      range = to !== '';
      i = after;
    }
    return items.length > 0 ? { items, next: i } : null;
  }

  /** A reference opening at `p` (the opening word); the offset after it, or -1. */
  readAt(p: number): number {
    const text = this.text;
    const list = this.items(p + this.c.before.length);
    if (!list) return -1;
    const close = skipSpaces(text, list.next);
    if (text.startsWith(this.c.resolution, close)) return this.documents(p, list.items, close + this.c.resolution.length);
    if (!text.startsWith(this.c.paragraph, close)) return -1;
    let end = close + this.c.paragraph.length;
    // "第3段(c)": labels after the closing word belong to the last number.
    const styles = subLabelStylesOf(this.lang);
    const last = list.items[list.items.length - 1];
    for (let label = styles.readAt(text, end, text.length, false); label !== null && last.path.length < 4; label = styles.readAt(text, end, text.length, false)) {
      last.path.push(label.label);
      end += label.length;
    }
    const targets = list.items.map((it): RawTarget => ({ start: it.start, end: it.end, number: it.number, suffix: null, path: it.path, direction: null, rangeFrom: it.rangeFrom, scope: 'operative', annex: null, body: false, sectionLabel: undefined, relative: 0, directionStart: undefined, directionEnd: undefined }));
    let start = p;
    const above = wordBefore(text, p, this.c.above);
    const below = above ? null : wordBefore(text, p, this.c.below);
    const own = above || below ? null : wordBefore(text, p, this.c.thisResolution);
    const dir = above ?? below;
    if (dir) {
      start = dir.start;
      for (const t of targets) Object.assign(t, { direction: above ? 'above' : 'below', directionStart: dir.start, directionEnd: dir.start + dir.word.length });
    } else if (own) {
      start = own.start;
      for (const t of targets) t.body = true;
    }
    if (!dir && !own) {
      // "该决议第17段", "其中第21段": a paragraph of a document named before.
      if (wordBefore(text, p, this.c.elsewhere)) return end;
      const doc = this.documentBefore(p);
      if (doc) {
        // "第2520(2020)号决议第11和12段", "(S/2006/997)，包括...第21、22和23段": that document's paragraphs.
        doc.paragraphs.push(...targets.map((t) => ({ label: [String(t.number), ...t.path.map((l) => `(${l})`)].join(' '), start: t.start, end: t.end })));
        if (doc.end === p) doc.end = end;
        return end;
      }
    }
    this.refs.push({ kind: 'paragraph', start, end, targets, inHolder: false });
    return end;
  }

  /**
   * The document whose paragraphs the numbers at `p` are: one named just before, or earlier in the same
   * clause with a marker between ("包括", "特别是").
   */
  documentBefore(p: number): RawDocumentRef | null {
    let doc: RawDocumentRef | null = null;
    for (const r of [...this.earlier, ...this.refs]) if (r.kind === 'document' && r.end <= p && (doc === null || r.end > doc.end)) doc = r;
    if (doc === null || doc.end === p) return doc;
    const between = this.text.slice(doc.end, p);
    if (p - doc.end > BRIDGE_MAX || CLAUSE_END.test(between)) return null;
    // "第2399(2018)号决议第10至13段和第15段": more paragraphs of the document, after "and".
    if (doc.paragraphs.length > 0 && this.lang.and.includes(between.trim())) return doc;
    return this.lang.documentParagraphBridge.markers.some((m) => between.includes(m)) ? doc : null;
  }

  documents(p: number, items: readonly Item[], end: number): number {
    items.forEach((it, k) => {
      const start = k === 0 ? p : it.start;
      const last = k === items.length - 1 ? end : it.end;
      let ref: RawDocumentRef;
      if (it.session !== null) {
        const body = `${it.number}${it.session}`;
        const hrc = this.organ === 'HRC';
        ref = { kind: 'document', start, end: last, docKind: hrc ? 'hrc-resolution' : 'ga-resolution', symbol: hrc ? `A/HRC/RES/${body}` : `A/RES/${body}`, number: it.number, year: null, paragraphs: [], style: null, yearStart: null, yearEnd: null };
      } else {
        const year = it.year ?? scYearOf(it.number);
        ref = { kind: 'document', start, end: last, docKind: 'sc-resolution', symbol: year ? `S/RES/${it.number} (${year})` : `S/RES/${it.number}`, number: it.number, year, paragraphs: [], style: null, yearStart: it.year ? it.yearStart : null, yearEnd: it.year ? it.yearEnd : null };
      }
      this.refs.push(ref);
    });
    return end;
  }
}

/** Every reference in `text` for a language with a `circumfix`. */
export function scanCircumfix(text: string, lang: Language, c: Circumfix, organ: OrganCode | null, earlier: readonly RawRef[]): RawRef[] {
  const scanner = new CircumfixScanner(text, lang, c, organ, earlier);
  for (let p = text.indexOf(c.before); p >= 0; ) {
    const next = scanner.readAt(p);
    p = text.indexOf(c.before, next > p ? next : p + c.before.length);
  }
  // "上一段", "下一段": the paragraph before or after the one that holds the words.
  const relative: RawRef[] = [];
  for (const [words, rel] of [
    [c.previous, -1],
    [c.next, 1],
  ] as const) {
    for (const w of words) {
      for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + w.length)) {
        const target: RawTarget = { start: p, end: p + w.length, number: 0, suffix: null, path: [], direction: rel < 0 ? 'above' : 'below', rangeFrom: null, scope: 'operative', annex: null, body: false, sectionLabel: undefined, relative: rel, directionStart: undefined, directionEnd: undefined };
        relative.push({ kind: 'paragraph', start: p, end: p + w.length, targets: [target], inHolder: false });
      }
    }
  }
  return relative.length === 0 ? scanner.refs : [...scanner.refs, ...relative].sort((a, b) => a.start - b.start);
}
