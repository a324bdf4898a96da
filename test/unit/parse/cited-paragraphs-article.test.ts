/** "le paragraphe 2 de la résolution 2584 (2021)": the article before the cited document does not cut the paragraphs off it. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';

const cited = (text: string): string[] =>
  parse(text).references.flatMap((r) => (r.kind === 'document' ? [`${r.symbol} ${r.paragraphs.map((p) => p.label).join(', ')} «${r.text}»`] : []));

describe('paragraphs of another document, after an article', () => {
  it('French: "de la résolution", as "de sa résolution"', () => {
    assert.deepEqual(cited('Le Conseil de sécurité,\n\n1. Rappelle le paragraphe 2 de la résolution 2584 (2021) et le paragraphe 3 de sa résolution 2374 (2017) ;\n'), [
      'S/RES/2584 (2021) 2 «paragraphe 2 de la résolution 2584 (2021)»',
      'S/RES/2374 (2017) 3 «paragraphe 3 de sa résolution 2374 (2017)»',
    ]);
  });

  it('English: "of the resolution"', () => {
    assert.deepEqual(cited('The Security Council,\n\n1. Recalls paragraph 5 of the resolution 2374 (2017);\n'), ['S/RES/2374 (2017) 5 «paragraph 5 of the resolution 2374 (2017)»']);
  });
});
