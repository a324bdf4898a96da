/** ref/unknown-paragraph: "paragraph 13 of resolution 2391 (2017)" when the library holds that text and it has no such paragraph. */
import type { Finding, Rule } from './rule';

export const refUnknownParagraph: Rule = {
  code: 'ref/unknown-paragraph',
  severity: 'error',
  scope: 'reference',
  description: 'A cited paragraph of another resolution exists in that resolution (when the library holds its text).',
  check({ model, library, t }) {
    const out: Finding[] = [];
    // A catalog of metadata holds no paragraphs: nothing to ask it.
    if (!library || library.hasTexts === false) return out;
    for (const r of model.references) {
      if (r.kind !== 'document' || r.paragraphs.length === 0) continue;
      const doc = library.get(r.symbol);
      if (!doc?.paragraphs || doc.paragraphs.length === 0) continue;
      for (const p of r.paragraphs) {
        const number = p.label.split(' ')[0];
        if (!doc.paragraphs.some((x) => x.label === number)) {
          out.push({ span: p.span, message: t('ref.unknownParagraph', { symbol: r.symbol, number, count: doc.paragraphs.length }) });
        }
      }
    }
    return out;
  },
};
