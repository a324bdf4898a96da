/**
 * Analysis of the successive versions of one document. An edit changes a few paragraphs; what a pass
 * computes from one paragraph's text alone is kept from the previous version, keyed by that input, and
 * everything that depends on the whole text (lines, blocks, structure, numbering, resolution, checks) runs
 * again over the cheap results. The result is the full analysis of the new text, by construction: a
 * remembered result is only ever used for the very input that produced it.
 */
import { analyze, type Analysis } from './analysis';
import type { CheckOptions } from './checks';
import type { Language } from './lang';
import type { OrganCode } from './model';
import type { ParseOptions } from './parse';
import { scanReferences, type RawRef } from './parse/references';

/** Results of one version by language and organ, then by paragraph text. */
type Scans = Map<string, Map<string, RawRef[]>>;

export class IncrementalAnalysis {
  private previous: Scans = new Map();
  /** Paragraphs whose references the last analysis read (the others were remembered). */
  scanned = 0;

  analyze(text: string, options: Omit<ParseOptions, 'scanReferences'> & CheckOptions = {}): Analysis {
    const previous = this.previous;
    // Only this version's paragraphs are kept for the next: memory stays proportional to the text.
    const current: Scans = new Map();
    this.scanned = 0;
    const scan = (paragraph: string, lang: Language, organ: OrganCode | null): RawRef[] => {
      const key = `${lang.id} ${organ}`;
      let mine = current.get(key);
      if (!mine) current.set(key, (mine = new Map()));
      let refs = mine.get(paragraph) ?? previous.get(key)?.get(paragraph);
      if (!refs) {
        refs = scanReferences(paragraph, lang, organ);
        this.scanned++;
      }
      mine.set(paragraph, refs);
      return refs;
    };
    const result = analyze(text, { ...options, scanReferences: scan });
    this.previous = current;
    return result;
  }
}
