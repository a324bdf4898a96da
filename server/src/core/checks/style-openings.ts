/**
 * style/preamble-opening: a preambular paragraph opens with a participle or adjective phrase.
 * style/operative-opening: an operative paragraph opens with a verb in the present tense.
 * The phrase lists and the endings that mark participles and verbs are per-language data.
 */
import { phrasesOpening, type Language, type Phrase } from '../lang';
import type { Finding, Rule } from './rule';

function words(text: string): string[] {
  return text.split(/[\s,;:]+/, 6).filter(Boolean);
}

function startsWithPhrase(text: string, phrases: readonly Phrase[]): boolean {
  return phrasesOpening(phrases, text).some((p) => text.startsWith(p.phrase));
}

/** Skips adverbs ("Also", "Further", "Strongly") and returns the first word that is not one. */
function mainWord(lang: Language, text: string): string {
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    if (lang.adverbs.includes(lower) || lang.adverbSuffixes.some((s) => lower.endsWith(s) && lower.length > s.length + 2)) continue;
    return lower;
  }
  return '';
}

function firstWordSpan(start: number, text: string) {
  const w = words(text)[0] ?? '';
  return { start, end: start + w.length };
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
      out.push({ span: firstWordSpan(p.span.start, t), message: msg('style.preambleOpening', { word: words(t)[0] ?? '' }) });
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
        out.push({ span: firstWordSpan(opener.textSpan.start, t), message: msg('style.operativeOpening', { word: words(t)[0] ?? '' }) });
      }
    }
    return out;
  },
};
