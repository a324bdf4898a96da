/** leadingUnits: what a pattern's matches can start with, so that blocks that start otherwise skip it. */
import * as assert from 'node:assert/strict';
import { LANGUAGES, leadingUnits } from '../../../server/src/core/lang';

const starts = (pattern: string): string | null => {
  const units = leadingUnits(pattern);
  return units && [...units].map((c) => String.fromCharCode(c)).join('');
};

describe('leadingUnits', () => {
  it('reads a literal or a group of literal alternatives after "^"', () => {
    assert.equal(starts('^(?:Annex|ANNEX|Appendix)(?: ([IVX]{1,6}))?$'), 'A');
    assert.equal(starts('^(?:Приложение|ПРИЛОЖЕНИЕ|Добавление)'), 'ПД');
    assert.equal(starts('^附件(?: ?([A-Z]))?'), '附');
    assert.equal(starts('^(?:Ab|Cd)[|]x'), 'AC');
  });

  it('answers null whenever a match could start otherwise', () => {
    for (const p of ['Annex', '^A?nnex', '^A*x', '^A{0,1}x', '^(?:A|B?x)', '^(?:A|(B))', '^(?:Ab|Cd)?x', '^(?:A|)x', '^[AB]x', '^\\dA', '^ab|cd', '^(?:A|B)x|y', '^.x']) {
      assert.equal(leadingUnits(p), null, p);
    }
  });

  it('agrees with the annex headings of every language', () => {
    for (const lang of Object.values(LANGUAGES)) {
      const units = leadingUnits(lang.annexHeading);
      const pattern = new RegExp(lang.annexHeading);
      for (const heading of [...lang.annex, 'Annex I', 'ANNEXE', 'Anexo II', 'Приложение', 'المرفق الأول', '附件一']) {
        if (pattern.test(heading)) assert.ok(units === null || units.has(heading.charCodeAt(0)), `${lang.id}: ${heading}`);
      }
    }
  });
});
