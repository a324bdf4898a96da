/**
 * Dates and figures in a paragraph's text, the anchors every language version writes alike: "13,900",
 * "13 900" and "13.900" are one figure; "30 June 2022", "30 juin 2022", "30 de junio de 2022" and
 * "2022年6月30日" one date. How each language writes them is data (`lang/figures.json`). One pass
 * over the text, no regular expression but a one-character test.
 */
import figureData from '../../lang/figures.json';
import type { Span, TextContent } from '../../model';
import { docOffset } from '../../parse/content';

interface FigureLanguage {
  /** Month names in lower case, January first; each with its other forms (abbreviations, cases). */
  readonly months: readonly (readonly string[])[];
  /** Units written after the numbers of a date ("2022年6月30日"), for languages that write dates so. */
  readonly dateUnits?: { readonly year: string; readonly month: string; readonly day: string };
  /** Written after a day number: "1er janvier". */
  readonly ordinalSuffixes: readonly string[];
  /** Words between the parts of a date: "30 de junio de 2022". */
  readonly fillers: readonly string[];
  /** The word between the last two days of a list: "14 and 17 April". */
  readonly and: readonly string[];
  /** The word between the days of a range: "du 27 au 29 avril". */
  readonly to: readonly string[];
  readonly groupSeparators: readonly string[];
  /** The groups of a figure come least significant first, as the UN's Arabic XML stores "13 900": "900 13". */
  readonly groupsReversed?: boolean;
  readonly decimalMarks: readonly string[];
  /** Marks between the parts of a section number other than ".": the Arabic "3-2-2" for 3.2.2 (parts of one or two digits). */
  readonly sectionMarks?: readonly string[];
  /** Words that multiply the figure before them: "3.8 million", "380万". */
  readonly multipliers?: Readonly<Record<string, number>>;
  /** Words between a figure and its multiplier: "500多万" (more than 5 million). */
  readonly approximations?: readonly string[];
}

const DATA = figureData as Record<string, FigureLanguage>;
/** A language without data reads figures with no group separators, and no dates. */
const PLAIN: FigureLanguage = { months: [], ordinalSuffixes: [], fillers: [], and: [], to: [], groupSeparators: [], decimalMarks: ['.'] };

export interface Anchor {
  readonly kind: 'figure' | 'date';
  /** Language-independent: "13900", "2.5", "2022-6-30", "2022-6-". */
  readonly key: string;
  /** As written. */
  readonly text: string;
  readonly span: Span;
}

const LETTER = /^\p{L}$/u;
const isLetter = (c: string): boolean => c !== '' && LETTER.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\u00a0' || c === '\u202f' || c === '\t';

interface MonthName {
  readonly name: string;
  readonly month: number;
}

const monthTables = new Map<string, MonthName[]>();

/** Month names of a language, longest first so that "كانون الثاني/يناير" wins over "يناير". */
function monthsOf(language: string, data: FigureLanguage): MonthName[] {
  let table = monthTables.get(language);
  if (!table) {
    table = data.months.flatMap((names, i) => names.map((name) => ({ name, month: i + 1 })));
    table.sort((a, b) => b.name.length - a.name.length);
    monthTables.set(language, table);
  }
  return table;
}

class Reader {
  private readonly data: FigureLanguage;
  private readonly months: MonthName[];
  private readonly lower: string;

  constructor(
    private readonly text: string,
    language: string,
  ) {
    this.data = DATA[language] ?? PLAIN;
    this.months = monthsOf(language, this.data);
    this.lower = text.toLowerCase();
  }

  /** A month name starting at `i` and ending before a non-letter. */
  month(i: number): { month: number; end: number } | null {
    if (i > 0 && isLetter(this.text.charAt(i - 1))) return null;
    for (const m of this.months) {
      if (this.lower.startsWith(m.name, i) && !isLetter(this.text.charAt(i + m.name.length))) return { month: m.month, end: i + m.name.length };
    }
    return null;
  }

  /** Skips spaces and filler words ("de"); returns where the next word starts. */
  skip(i: number): number {
    for (;;) {
      const start = i;
      while (isSpace(this.text.charAt(i))) i++;
      const filler = this.data.fillers.find((f) => this.lower.startsWith(f, i) && !isLetter(this.text.charAt(i + f.length)));
      if (filler !== undefined && i > start) i += filler.length;
      else return i;
    }
  }

  /** The digits from `i`: their value and end. */
  digits(i: number): { value: string; end: number } {
    let end = i;
    while (isDigit(this.text.charAt(end))) end++;
    return { value: this.text.slice(i, end), end };
  }

  /** A figure from `i` (a digit): groups of three after a separator, then a decimal part. */
  figure(i: number): { key: string; end: number } {
    let { value, end } = this.digits(i);
    if (this.data.groupsReversed) ({ value, end } = this.reversedGroups(value, end));
    else {
      // "13 900": the first group has one to three digits ("in 2021 100 ..." is two figures).
      const grouped = value.length <= 3;
      while (grouped) {
        const sep = this.text.charAt(end);
        if (!this.data.groupSeparators.includes(sep)) break;
        const group = this.digits(end + 1);
        if (group.end - end - 1 !== 3) break;
        value += group.value;
        end = group.end;
      }
    }
    let key = String(BigInt(value));
    const mark = this.text.charAt(end);
    const decimals = this.data.decimalMarks.includes(mark) && isDigit(this.text.charAt(end + 1)) ? this.digits(end + 1) : null;
    // "2,4,6-trinitrotoluène" is a list of numbers, not 2.4.
    const listed = (this.text.charAt(i - 1) === mark && isDigit(this.text.charAt(i - 2))) || (decimals !== null && this.text.charAt(decimals.end) === mark && isDigit(this.text.charAt(decimals.end + 1)));
    if (decimals && !listed) {
      key += `.${decimals.value}`;
      end = decimals.end;
    }
    // Section numbers are written "3.2" and "6.3.3" in every language, "3-2" and "6-3-3" in some.
    for (;;) {
      const mark = this.text.charAt(end);
      const part = isDigit(this.text.charAt(end + 1)) ? this.digits(end + 1) : null;
      const short = value.length <= 2 && part !== null && part.end - end - 1 <= 2;
      if (part === null || !(mark === '.' || (short && (this.data.sectionMarks ?? []).includes(mark)))) break;
      key += `.${part.value}`;
      end = part.end;
    }
    const multiplier = this.multiplier(end);
    if (multiplier) return { key: String(Math.round(Number(key) * multiplier.factor * 1000) / 1000), end: multiplier.end };
    return { key, end };
  }

  /** "900 13" for 13 900: groups of three, the last (most significant) of one to three digits. */
  reversedGroups(first: string, from: number): { value: string; end: number } {
    const groups = [first];
    let end = from;
    while (groups[groups.length - 1].length === 3 && this.data.groupSeparators.includes(this.text.charAt(end))) {
      const group = this.digits(end + 1);
      const length = group.end - end - 1;
      if (length < 1 || length > 3) break;
      groups.push(group.value);
      end = group.end;
    }
    return { value: groups.reverse().join(''), end };
  }

  /** "million", "millions", "万" after a figure (a space between, or none; a one-character unit needs no word break). */
  multiplier(from: number): { factor: number; end: number } | null {
    let at = from;
    if (isSpace(this.text.charAt(at))) at++;
    at += this.data.approximations?.find((w) => this.lower.startsWith(w, at))?.length ?? 0;
    for (const [word, factor] of Object.entries(this.data.multipliers ?? {})) {
      if (this.lower.startsWith(word, at) && (word.length === 1 || !isLetter(this.text.charAt(at + word.length)))) return { factor, end: at + word.length };
    }
    return null;
  }

  /** A day of the month from `i`, and where its ordinal suffix ("1er") ends. */
  day(i: number): { value: number; end: number } | null {
    const day = this.digits(i);
    const d = Number(day.value);
    if (day.end === i || day.end - i > 2 || d < 1 || d > 31) return null;
    const suffix = this.data.ordinalSuffixes.find((s) => this.lower.startsWith(s, day.end) && !isLetter(this.text.charAt(day.end + s.length)));
    return { value: d, end: day.end + (suffix?.length ?? 0) };
  }

  /** After a day: ", 15", " and 17", "–6", " au 29": the next day of a list or range ("14 and 17 April", "4–6 August"). */
  nextDay(from: number): { value: number; end: number } | null {
    let at = from;
    while (isSpace(this.text.charAt(at))) at++;
    const c = this.text.charAt(at);
    if (c === ',' || c === '–' || c === '-' || c === '−') at++;
    else {
      const and = [...this.data.and, ...this.data.to].find((w) => this.lower.startsWith(w, at) && !isLetter(this.text.charAt(at + w.length)));
      if (and === undefined || at === from) return null;
      at += and.length;
    }
    while (isSpace(this.text.charAt(at))) at++;
    return isDigit(this.text.charAt(at)) && !isDigit(this.text.charAt(at - 1)) ? this.day(at) : null;
  }

  /** Dates written "30 June 2022", "1er janvier", "30 de junio de 2022", "les 14 et 17 avril 2020" from the first day. */
  dayFirst(i: number): { keys: string[]; end: number } | null {
    const first = this.day(i);
    if (!first) return null;
    const days = [first];
    for (let next = this.nextDay(first.end); next; next = this.nextDay(next.end)) days.push(next);
    const at = days[days.length - 1].end;
    const month = this.month(this.skip(at));
    if (!month || this.skip(at) === at) return null;
    const year = this.year(month.end);
    return { keys: days.map((d) => `${year?.value ?? ''}-${month.month}-${d.value}`), end: year?.end ?? month.end };
  }

  /** "June 2022", "junio de 2022", "August 26, 2021": a month, a year, a day between them. */
  monthFirst(i: number): { key: string; end: number } | null {
    const month = this.month(i);
    if (!month) return null;
    const at = this.skip(month.end);
    const day = at > month.end && isDigit(this.text.charAt(at)) ? this.digits(at) : null;
    if (day && day.end - at <= 2 && Number(day.value) >= 1 && Number(day.value) <= 31) {
      const year = this.year(this.text.charAt(day.end) === ',' ? day.end + 1 : day.end);
      return { key: `${year?.value ?? ''}-${month.month}-${Number(day.value)}`, end: year?.end ?? day.end };
    }
    const year = this.year(month.end);
    return year ? { key: `${year.value}-${month.month}-`, end: year.end } : null;
  }

  year(from: number): { value: string; end: number } | null {
    const at = this.skip(from);
    if (at === from || !isDigit(this.text.charAt(at))) return null;
    const year = this.digits(at);
    return year.end - at === 4 ? year : null;
  }

  /**
   * "2022年6月30日", "2022年6月", "6月30日", "4月27日至29日": numbers followed by their units, the year
   * first; the days of a range or list share the month.
   */
  unitDate(first: { value: string; end: number }): { keys: string[]; end: number } | null {
    const units = this.data.dateUnits;
    if (!units) return null;
    let year = '';
    let month = first;
    if (this.text.startsWith(units.year, first.end)) {
      const at = first.end + units.year.length;
      month = this.digits(at);
      // "2003年" alone is a year, and "14年" fourteen years: figures, not dates.
      if (month.end === at) return null;
      year = first.value;
    }
    if (!this.text.startsWith(units.month, month.end) || Number(month.value) < 1 || Number(month.value) > 12) return null;
    let end = month.end + units.month.length;
    const m = Number(month.value);
    const days: number[] = [];
    for (let at = end; ; ) {
      const day = this.digits(at);
      if (day.end === at || !this.text.startsWith(units.day, day.end)) break;
      days.push(Number(day.value));
      end = day.end + units.day.length;
      const joiner = [...this.data.and, ...this.data.to].find((w) => this.text.startsWith(w, end));
      if (joiner === undefined) break;
      at = end + joiner.length;
    }
    if (days.length === 0) return year === '' ? null : { keys: [`${year}-${m}-`], end };
    return { keys: days.map((d) => `${year}-${m}-${d}`), end };
  }
}

/**
 * The dates and figures of a block of text, outside the spans in `skip` (references: "resolution 2441
 * (2018)" is compared as a citation, not as figures).
 */
export function anchorsOf(content: TextContent, language: string, skip: readonly Span[]): Anchor[] {
  const text = content.text;
  const reader = new Reader(text, language);
  const out: Anchor[] = [];
  const push = (kind: Anchor['kind'], key: string, start: number, end: number): void => {
    const span = { start: docOffset(content, start), end: docOffset(content, end - 1) + 1 };
    if (!skip.some((s) => s.start <= span.start && span.start < s.end)) out.push({ kind, key, text: text.slice(start, end), span });
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (isDigit(c) && !isDigit(text.charAt(i - 1))) {
      const number = reader.digits(i);
      const date = reader.unitDate(number) ?? reader.dayFirst(i);
      if (date) {
        for (const key of date.keys) push('date', key, i, date.end);
        i = date.end;
        continue;
      }
      const figure = reader.figure(i);
      push('figure', figure.key, i, figure.end);
      i = figure.end;
      continue;
    }
    if (isLetter(c)) {
      const date = reader.monthFirst(i);
      if (date) {
        push('date', date.key, i, date.end);
        i = date.end;
        continue;
      }
      while (isLetter(text.charAt(i))) i++;
      continue;
    }
    i++;
  }
  return out;
}
