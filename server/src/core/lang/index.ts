/** Per-language word lists and patterns. Everything language-specific lives in the JSON beside this file. */
import en from './en.json';
import fr from './fr.json';
import es from './es.json';
import ru from './ru.json';
import ar from './ar.json';
import zh from './zh.json';
import preambleEn from './preamble-phrases.en.json';
import preambleFr from './preamble-phrases.fr.json';
import preambleEs from './preamble-phrases.es.json';
import preambleRu from './preamble-phrases.ru.json';
import preambleAr from './preamble-phrases.ar.json';
import preambleZh from './preamble-phrases.zh.json';
import operativeEn from './operative-verbs.en.json';
import operativeFr from './operative-verbs.fr.json';
import operativeEs from './operative-verbs.es.json';
import operativeRu from './operative-verbs.ru.json';
import operativeAr from './operative-verbs.ar.json';
import operativeZh from './operative-verbs.zh.json';
import type { LabelStyle, LanguageId, OrganCode } from '../model';

export interface Phrase {
  readonly phrase: string;
  readonly note: string;
}

/** Sub-paragraph labels written in a script of the language: "(أ)", "(ب)"...; "’1‘", "’2‘"...; "㈠", "㈡"... */
export interface LabelScript {
  /** The first label as written, which names the style: "(أ)". */
  readonly style: string;
  readonly open: string;
  readonly close: string;
  /** Whether the labels stand for (a), (b)... or for (i), (ii)... */
  readonly kind: 'letter' | 'roman';
  /** The labels in order, without brackets; a list gives the ways one label is written, the usual first ("ه", "هـ"). */
  readonly labels: readonly (string | readonly string[])[];
  /** After the last label the labels come again doubled, with this between: "(أ أ)". */
  readonly repeat?: string;
}

/**
 * Languages that write no spaces and wrap numbers in words, the direction before them: "上文第21段",
 * "第2374(2017)号决议". The words that open and close a number, and the ones around it.
 */
export interface Circumfix {
  readonly before: string;
  readonly paragraph: string;
  readonly resolution: string;
  readonly above: readonly string[];
  readonly below: readonly string[];
  readonly thisResolution: readonly string[];
  /** Words before the number that name another document ("该决议第17段": that resolution's paragraph 17). */
  readonly elsewhere: readonly string[];
  readonly and: readonly string[];
  readonly to: readonly string[];
  /** "The preceding paragraph" and "the next paragraph", without a number ("上一段", "下一段"). */
  readonly previous: readonly string[];
  readonly next: readonly string[];
  /** What may close each number of a list on its own ("号" of "第1535(2004)号、第1787(2007)号决议"). */
  readonly itemEnd?: string;
}

export interface Language {
  readonly id: LanguageId;
  readonly organs: readonly { line: string; name: string; code: OrganCode }[];
  readonly stopwords: readonly string[];
  readonly paragraph: readonly string[];
  readonly subparagraph: readonly string[];
  /** How sub-paragraph labels are written, the usual style first: "(a)"; "a)" and "(a)". */
  readonly subLabelStyles: readonly LabelStyle[];
  /** References written around the number ("第21段"), read by `parse/circumfix.ts` instead of the token scanner. */
  readonly circumfix?: Circumfix;
  /** Paragraphs open in lower case ("ссылаясь на...", "1. постановляет"): a lower-case block is not a continuation. */
  readonly lowerCaseParagraphs?: boolean;
  /** Labels in the language's own script, beside the Latin ones. */
  readonly labelScripts?: readonly LabelScript[];
  /** Letters that look like Latin ones and stand for them in labels ("а)" typed in Cyrillic for "a)"). */
  readonly labelLookalikes?: Readonly<Record<string, string>>;
  /** Words written with an apostrophe before the next one ("l’alinéa", "d’un"): a token of their own. */
  readonly elisions: readonly string[];
  readonly preambular: readonly string[];
  readonly operative: readonly string[];
  readonly above: readonly string[];
  readonly below: readonly string[];
  readonly and: readonly string[];
  readonly to: readonly string[];
  readonly of: readonly string[];
  /** The word before the date of a resolution in a list: "1540 (2004) of 28 April 2004", "1540 (2004) от 28 апреля 2004 года". */
  readonly dateOf: readonly string[];
  /** A word after the year of such a date: "года". */
  readonly yearWords: readonly string[];
  /** The document a paragraph belongs to follows with no word between, in the genitive: "пункт 1 резолюции 2520 (2020)". */
  readonly genitive?: boolean;
  /** Documents other than resolutions named in the genitive after paragraph numbers ("пунктах 12–17 доклада"). */
  readonly otherDocuments?: readonly string[];
  readonly thisResolution: readonly (readonly string[])[];
  readonly annex: readonly string[];
  /** Words that name an annex as "I", "II" do ("المرفق الثاني"). */
  readonly annexLabels?: readonly string[];
  readonly article: readonly string[];
  readonly committeeWords: readonly string[];
  readonly thereof: readonly string[];
  readonly the: readonly string[];
  readonly annexTo: readonly string[];
  readonly paragraphAbove: readonly (readonly string[])[];
  readonly paragraphBelow: readonly (readonly string[])[];
  readonly labelSuffixes: readonly string[];
  readonly resolution: readonly string[];
  readonly its: readonly string[];
  readonly organPrefixes: readonly { words: readonly string[]; code: OrganCode }[];
  /** The organ named after the number: "résolution 75/1 de l’Assemblée générale", "resolution 5/1 of the Human Rights Council". */
  readonly organSuffixes: readonly { words: readonly string[]; code: OrganCode }[];
  /**
   * Words between a document reference and paragraph numbers that make them that document's: "resolution
   * 2514 (2020), in particular paragraph 8". One marker at least; fillers may come with it.
   */
  readonly documentParagraphBridge: { readonly markers: readonly string[]; readonly fillers: readonly string[] };
  /**
   * Another document named in words ("the report of the Secretary-General", "his letter", "decision
   * 1/CMA.3"): its nouns; the words before a noun that make it a document already written (determiners; a
   * possessive "’s" does too) or one still to come or a verb ("a report", "his next report", "to report");
   * and the words that tie paragraph numbers to a document named after them ("paragraphs 5 to 7 in his report").
   */
  readonly documentWords: {
    readonly nouns: readonly string[];
    /** Nouns that name a document only with its number ("decision 1/CMA.3", not "its decision that"). */
    readonly numbered: readonly string[];
    readonly determiners: readonly string[];
    readonly indefinite: readonly string[];
    readonly ties: readonly string[];
  };
  /** After "annex": the annex of the document named before ("the annex thereto"), never this text's. */
  readonly thereto: readonly string[];
  /** "section II": the word that qualifies a paragraph number with the section it is in. */
  readonly section: readonly string[];
  readonly resolutionTitle: string;
  readonly adoption: string;
  readonly annexHeading: string;
  /** "Part one", "Première partie": a heading that opens a section numbered from 1. The label is the first group that matched. */
  readonly sectionHeading: string;
  /** How an operative paragraph's number is written, when not "12." or "12 bis.": "1 - " in Arabic. Group 1 the number, 2 a suffix. */
  readonly operativeLabel?: string;
  /** The language's own marks for the comma, semicolon, period and colon that end paragraphs ("،", "؛"). */
  readonly endings?: Readonly<Record<string, string>>;
  readonly preambleOpeningSuffixes: readonly string[];
  readonly operativeVerbSuffixes: readonly string[];
  /** Beginnings that mark verbs where endings do not (the "ي" of the Arabic present tense, "请" in Chinese). */
  readonly operativeVerbPrefixes?: readonly string[];
  readonly preambleOpeningPrefixes?: readonly string[];
  readonly adverbs: readonly string[];
  readonly adverbSuffixes: readonly string[];
  readonly preambleAdjectives: readonly string[];
  readonly preamblePhrases: readonly Phrase[];
  readonly operativeVerbs: readonly Phrase[];
}

export const LANGUAGES: Readonly<Record<LanguageId, Language>> = {
  en: { ...(en as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'en', preamblePhrases: preambleEn, operativeVerbs: operativeEn },
  fr: { ...(fr as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'fr', preamblePhrases: preambleFr, operativeVerbs: operativeFr },
  es: { ...(es as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'es', preamblePhrases: preambleEs, operativeVerbs: operativeEs },
  ru: { ...(ru as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'ru', preamblePhrases: preambleRu, operativeVerbs: operativeRu },
  ar: { ...(ar as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'ar', preamblePhrases: preambleAr, operativeVerbs: operativeAr },
  zh: { ...(zh as Omit<Language, 'preamblePhrases' | 'operativeVerbs'>), id: 'zh', preamblePhrases: preambleZh, operativeVerbs: operativeZh },
};

/** The marks that end a clause or paragraph: ". , ; :" and each language's own ("،", "؛", "。", "；"). */
const ENDING_MARKS = codeUnits(['.,;:', ...Object.values(LANGUAGES).flatMap((l) => Object.values(l.endings ?? {}))]);

/** The marks that end a clause (not the comma): ". ; :" and each language's own ("。", "；", "؛"). */
const CLAUSE_END_MARKS = codeUnits(['.;:', ...Object.values(LANGUAGES).flatMap((l) => ['.', ';', ':'].map((m) => l.endings?.[m] ?? ''))]);

/** The code units of some marks, each one unit long: the parser tests code units, without making a string of each. */
function codeUnits(marks: readonly string[]): ReadonlySet<number> {
  return new Set([...marks.join('')].map((c) => c.charCodeAt(0)));
}

/** Whether the code unit is one of the `ENDING_MARKS`. */
export function isEndingMark(c: number): boolean {
  return ENDING_MARKS.has(c);
}

/** Whether the code unit is one of the `CLAUSE_END_MARKS`. */
export function isClauseEndMark(c: number): boolean {
  return CLAUSE_END_MARKS.has(c);
}

/** Characters that are not literal in a regular expression. */
const SYNTAX = new Set('\\^$.|?*+()[]{}');
/** Quantifiers that make what they follow optional. */
const OPTIONAL = new Set('?*{');

/**
 * The code units a match of `pattern` (compiled without flags) can start with, when it opens with "^" and a
 * literal or a group of literal alternatives ("^(?:Annex|ANNEX|Appendix)", "^附件"); null for any other pattern.
 * A text that starts with none of them need not be tried against the pattern.
 */
export function leadingUnits(pattern: string): ReadonlySet<number> | null {
  if (!pattern.startsWith('^') || alternatesAtTop(pattern)) return null;
  const alternatives = pattern.startsWith('^(?:') ? groupAlternatives(pattern, 4) : [pattern.slice(1)];
  if (alternatives === null) return null;
  const units = new Set<number>();
  for (const a of alternatives) {
    // "A?nnex" may start with the "n".
    if (a.length === 0 || SYNTAX.has(a[0]) || OPTIONAL.has(a.charAt(1))) return null;
    units.add(a.charCodeAt(0));
  }
  return units;
}

/** Whether the pattern holds a "|" outside any group ("^ab|cd" matches "cd" anywhere). */
function alternatesAtTop(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The alternatives of the group whose first alternative starts at `from` ("Annex", "ANNEX" of "(?:Annex|ANNEX)"),
 * or null when one nests a group or a class, or the group is optional.
 */
function groupAlternatives(pattern: string, from: number): string[] | null {
  const out: string[] = [];
  let start = from;
  for (let i = from; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') return null;
    else if (c === '|' || c === ')') {
      out.push(pattern.slice(start, i));
      if (c === ')') return OPTIONAL.has(pattern.charAt(i + 1)) ? null : out;
      start = i + 1;
    }
  }
  return null;
}

/** `build` computed once per language: the compiled forms of a language's data (patterns, sets, tables). */
export function perLanguage<T>(build: (lang: Language) => T): (lang: Language) => T {
  const cache = new Map<Language, T>();
  return (lang) => {
    let value = cache.get(lang);
    if (value === undefined) {
      value = build(lang);
      cache.set(lang, value);
    }
    return value;
  };
}

const STOPWORDS = Object.values(LANGUAGES).map((lang) => ({ id: lang.id, stop: new Set(lang.stopwords) }));

/** The languages' organ lines by their first code unit, in the languages' order. */
const ORGAN_LINES = new Map<number, { id: LanguageId; line: string }[]>();
for (const lang of Object.values(LANGUAGES)) {
  for (const o of lang.organs) {
    const first = o.line.charCodeAt(0);
    ORGAN_LINES.set(first, [...(ORGAN_LINES.get(first) ?? []), { id: lang.id, line: o.line }]);
  }
}

/** How much of the start of a text `detectLanguage` reads: an edit beyond it cannot change the language. */
export const LANGUAGE_HEAD = 3000;

/**
 * The language of the organ line that starts a line first in the first part of the text ("安全理事会",
 * "إن مجلس الأمن"); else the language whose stopwords occur most often there.
 */
export function detectLanguage(text: string): LanguageId {
  const head = text.slice(0, LANGUAGE_HEAD);
  // Line by line: at each line's start only the organ lines that begin with its first character are tried.
  for (let start = 0; start < head.length; ) {
    const candidates = ORGAN_LINES.get(head.charCodeAt(start));
    if (candidates !== undefined) for (const o of candidates) if (head.startsWith(o.line, start)) return o.id;
    const nl = head.indexOf('\n', start);
    if (nl < 0) break;
    start = nl + 1;
  }
  const words = head.toLowerCase().split(/[\s,.;:()]+/);
  let best: LanguageId = 'en';
  let bestScore = 0;
  for (const lang of STOPWORDS) {
    let score = 0;
    for (const w of words) if (lang.stop.has(w)) score++;
    if (score > bestScore * 1.2) {
      best = lang.id;
      bestScore = score;
    }
  }
  return best;
}

/** Phrase lists by their first code unit: a number as the key, so that no one-character string is made per paragraph. */
type PhraseIndex = Map<number, Phrase[]>;
const phraseIndexes = new WeakMap<readonly Phrase[], PhraseIndex>();
const NO_PHRASES: readonly Phrase[] = Object.freeze([]);
/** The list asked last and its index: callers ask of one list for every paragraph in turn. */
let lastList: readonly Phrase[] | null = null;
let lastIndex: PhraseIndex = new Map();

/** The phrases that could open `text` (they share its first character), longest first. */
export function phrasesOpening(phrases: readonly Phrase[], text: string): readonly Phrase[] {
  if (phrases !== lastList) {
    lastIndex = phraseIndexes.get(phrases) ?? indexPhrases(phrases);
    lastList = phrases;
  }
  return lastIndex.get(text.charCodeAt(0)) ?? NO_PHRASES;
}

function indexPhrases(phrases: readonly Phrase[]): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const p of [...phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const first = p.phrase.charCodeAt(0);
    index.set(first, [...(index.get(first) ?? []), p]);
  }
  phraseIndexes.set(phrases, index);
  return index;
}
