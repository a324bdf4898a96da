/**
 * style/preamble-opening: a preambular paragraph opens with a participle or adjective phrase.
 * style/operative-opening: an operative paragraph opens with a verb in the present tense.
 * The phrase lists and the endings that mark participles and verbs are per-language data.
 */
import { phrasesOpening, type Language, type Phrase } from '../lang';
import type { Finding, Rule } from './rule';

/** A word: what `text.split(/[\s,;:]+/)` leaves between separators. */
const WORD = /[^\s,;:]+/g;
const SEPARATOR_FIRST = /^[\s,;:]/;
/** How many pieces of the split are read: a leading separator makes the first one, empty. */
const PIECES = 6;

function startsWithPhrase(text: string, phrases: readonly Phrase[]): boolean {
  return phrasesOpening(phrases, text).some((p) => text.startsWith(p.phrase));
}

/**
 * Skips adverbs ("Also", "Further", "Strongly") and returns the first word that is not one, lower-cased. The
 * words are matched one at a time: most paragraphs need the first or the second only.
 */
function mainWord(lang: Language, text: string): string {
  WORD.lastIndex = 0;
  let left = SEPARATOR_FIRST.test(text) ? PIECES - 1 : PIECES;
  for (let m = WORD.exec(text); m !== null && left > 0; m = WORD.exec(text), left--) {
    const lower = m[0].toLowerCase();
    if (lang.adverbs.includes(lower) || lang.adverbSuffixes.some((s) => lower.endsWith(s) && lower.length > s.length + 2)) continue;
    return lower;
  }
  return '';
}

function firstWord(text: string): string {
  WORD.lastIndex = 0;
  return WORD.exec(text)?.[0] ?? '';
}

function firstWordSpan(start: number, text: string) {
  return { start, end: start + firstWord(text).length };
}

export const preambleOpening: Rule = {
  code: 'style/preamble-opening',
  severity: 'information',
  description: 'A preambular paragraph opens with a participle or an adjective phrase ("Recalling", "Deeply concerned").',
  check({ model, lang, t: msg }) {
    const out: Finding[] = [];
    for (const p of model.preamble) {
      const t = p.content.text;
      if (startsWithPhrase(t, lang.preamblePhrases)) continue;
      const w = mainWord(lang, t);
      if (lang.preambleOpeningSuffixes.some((s) => w.endsWith(s)) || lang.preambleAdjectives.includes(w) || lang.preambleOpeningPrefixes?.some((s) => w.startsWith(s))) continue;
      out.push({ span: firstWordSpan(p.span.start, t), message: msg('style.preambleOpening', { word: firstWord(t) }) });
    }
    return out;
  },
};

export const operativeOpening: Rule = {
  code: 'style/operative-opening',
  severity: 'information',
  description: 'An operative paragraph opens with a verb in the present tense ("Decides", "Calls upon").',
  check({ model, lang, t: msg }) {
    const out: Finding[] = [];
    for (const section of model.sections) {
      if (section.kind === 'annex') continue;
      for (const p of section.operative) {
        // "2. (a) Decides ...": the verb opens the first sub-paragraph.
        const opener = p.content.text === '' && p.children.length > 0 ? p.children[0] : p;
        const t = opener.content.text;
        if (startsWithPhrase(t, lang.operativeVerbs)) continue;
        const w = mainWord(lang, t);
        if (lang.operativeVerbSuffixes.some((s) => w.endsWith(s)) || lang.operativeVerbPrefixes?.some((s) => w.startsWith(s))) continue;
        out.push({ span: firstWordSpan(opener.textSpan.start, t), message: msg('style.operativeOpening', { word: firstWord(t) }) });
      }
    }
    return out;
  },
};
