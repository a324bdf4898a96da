import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analysis';
import type { LibraryDocument, LibraryView } from '../../../server/src/core/library';
import { checkFixture } from '../../helpers/checks';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { hover } from '../../../server/src/core/features/hover';

describe('ref/year-mismatch', () => {
  it('flags a number and year that disagree, with the right year as fix', () => {
    checkFixture(
      'ref/year-mismatch',
      `
      The Security Council,

      1. Recalls resolutions 2374 (2018) and 2391 (2017);
                                   ^^^^ error ref/year-mismatch

      2. Decides to remain seized of the matter.
      `,
    );
    const d = analyze('The Security Council,\n\n1. Recalls resolution 2374 (2018).\n').diagnostics.find((x) => x.code === 'ref/year-mismatch');
    assert.equal(d?.fix?.edits[0].newText, '2017');
  });

  it('when a resolution of the cited year is one keystroke away, offers both fixes, the likelier first', () => {
    checkFixture(
      'ref/year-mismatch',
      `
      The Security Council,

      1. Recalls resolutions 2241 (2018) and 2639 (2023);
                                   ^^^^ error ref/year-mismatch
                                                   ^^^^ error ref/year-mismatch
      `,
    );
    const fixes = (text: string) =>
      analyze(text)
        .diagnostics.filter((x) => x.code === 'ref/year-mismatch')
        .map((d) => [d.message, ...codeActions(analyze(text).model, [d], d.span).map((a) => `${a.title}: ${a.edits.map((e) => `${text.slice(e.span.start, e.span.end)}→${e.newText}`).join()}`)]);
    assert.deepEqual(fixes('The Security Council,\n\n1. Recalls resolutions 2241 (2018) and 2639 (2023).\n'), [
      ['Resolution 2241 was adopted in 2015, not in 2018. Did you mean resolution 2441 (2018)?', 'Change the number to 2441: 2241→2441', 'Change the year to 2015: 2018→2015', 'Change the number to 2421: 2241→2421'],
      // A year off by one is usually the year misremembered: the year first, the numbers after.
      [
        "Resolution 2639 was adopted in 2022, not 2023: write 'resolution 2639 (2022)', or did you mean resolution 2693 (2023)?",
        'Change the year to 2022: 2023→2022',
        'Change the number to 2693: 2639→2693',
        'Change the number to 2679: 2639→2679',
        'Change the number to 2689: 2639→2689',
      ],
    ]);
    // In a list sorted by number the number is in its place: only the year is wrong.
    assert.deepEqual(fixes('The Security Council,\n\n1. Recalls resolutions 1533 (2004), 1521 (2005) and 1518 (2003).\n'), [["Resolution 1521 was adopted in 2003, not 2005: write 'resolution 1521 (2003)'.", 'Change the year to 2003: 2005→2003']]);
    // A slip in the year itself ("2106" for 2016) is the year's.
    assert.deepEqual(fixes('The Security Council,\n\n1. Recalls resolution 2312 (2106).\n')[0].slice(0, 2), ["Resolution 2312 was adopted in 2016, not 2106: write 'resolution 2312 (2016)'.", 'Change the year to 2016: 2106→2016']);
    // French and Spanish write the citation the same way.
    assert.deepEqual(fixes('Le Conseil de sécurité,\n\n1. Rappelle sa résolution 2241 (2018).\n')[0].slice(0, 3), ['Resolution 2241 was adopted in 2015, not in 2018. Did you mean resolution 2441 (2018)?', 'Change the number to 2441: 2241→2441', 'Change the year to 2015: 2018→2015']);
    assert.deepEqual(fixes('El Consejo de Seguridad,\n\n1. Recuerda su resolución 2241 (2018).\n')[0].slice(0, 2), ['Resolution 2241 was adopted in 2015, not in 2018. Did you mean resolution 2441 (2018)?', 'Change the number to 2441: 2241→2441']);
    // No resolution of 2018 is one keystroke from 2374: the year is the slip.
    assert.deepEqual(fixes('The Security Council,\n\n1. Recalls resolution 2374 (2018).\n'), [["Resolution 2374 was adopted in 2017, not 2018: write 'resolution 2374 (2017)'.", 'Change the year to 2017: 2018→2017']]);
  });
});

describe('ref/unknown-document', () => {
  it('flags a number beyond the last known resolution', () =>
    checkFixture(
      'ref/unknown-document',
      `
      The Security Council,

      1. Recalls resolutions 2825 (2026) and 9999 (2030);
                                             ^^^^^^^^^^^ warning ref/unknown-document
      `,
    ));
});

describe('ref/style', () => {
  it('flags UNSCR, "res.", missing spaces and capitals in running text', () =>
    checkFixture(
      'ref/style',
      `
      The Security Council,

      1. Recalls UNSCR 2374, res. 2391 and its Resolution 2531 (2020);
                 ^^^^^^^^^^ warning ref/style
                             ^^^^^^^^^ warning ref/style
                                               ^^^^^^^^^^ warning ref/style

      2. Recalls resolution 2374(2017) and S/RES/2391 (2017).
                            ^^^^^^^^^^ warning ref/style
                                           ^^^^^^^^^^^^^^^^^ warning ref/style
      `,
    ));
});

describe('ref/unknown-paragraph', () => {
  const doc: LibraryDocument = { symbol: 'S/RES/2391 (2017)', paragraphs: Array.from({ length: 20 }, (_, i) => ({ label: String(i + 1), text: `Paragraph ${i + 1}` })) };
  const library: LibraryView = { get: (s) => (s === doc.symbol ? doc : null), maxScNumber: 2391, entries: () => [doc] };

  it('flags a paragraph the library’s copy does not have, and only with a library', () => {
    const text = 'The Security Council,\n\n1. Recalls paragraphs 13 and 31 of resolution 2391 (2017) and paragraph 40 of resolution 2374 (2017).\n';
    const found = analyze(text, { library }).diagnostics.filter((d) => d.code === 'ref/unknown-paragraph');
    assert.deepEqual(found.map((d) => text.slice(d.span.start, d.span.end)), ['31']);
    assert.match(found[0].message, /S\/RES\/2391 \(2017\) has no paragraph 31/);
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.code === 'ref/unknown-paragraph'), []);
  });

  it('treats paragraphs tied to a resolution by the clause rule as that resolution’s: checked and hovered there', () => {
    const text = 'The Security Council,\n\n1. Recalls resolution 2391 (2017), in particular paragraph 13 on the Force, paragraph 14 on its mandate, and paragraph 31 on reporting;\n\n2. Decides to remain seized of the matter.\n';
    const { model, diagnostics } = analyze(text, { library });
    assert.deepEqual(diagnostics.filter((d) => d.code.startsWith('xref/')), []);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'ref/unknown-paragraph').map((d) => text.slice(d.span.start, d.span.end)), ['31']);
    const offset = text.indexOf('14 on');
    assert.match(hover(model, offset, library)?.markdown ?? '', /Paragraph 14/);
  });
});
