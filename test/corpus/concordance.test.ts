/**
 * Concordance on the UN's own parallel texts: the Security Council's 2021 resolutions in English and in
 * every other language whose text the parser reads (an organ line found). Versions that agree give no
 * finding; each finding recorded here was looked at, and is a real difference between the versions or
 * a named limit of the parser. A new finding, or a recorded one that no longer occurs, fails the test.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { renderAkn } from '../../server/src/library/akn';
import { concordance } from '../../server/src/core/features/concordance';
import { CORPUS, UNXML, skipWithoutCorpus } from '../helpers/corpus';

const LANGUAGES = join(CORPUS, 'UNxml-SC-2021-languages/2021');
const ENGLISH = join(UNXML, '2021/English');

/** "resolution language code: text under the finding" → why. */
const RECORDED: Record<string, string> = {
  'S/RES/2562 French concordance/citation: S/PRST/2018/9': 'real difference: the English cites S/PRST/2018/19, the French S/PRST/2018/9',
  'S/RES/2564 French concordance/paragraphs: Annexe': 'the French XML ends with an empty annex the English does not have',
  'S/RES/2564 Spanish concordance/paragraphs: Anexo': 'the Spanish XML ends with an empty annex the English does not have',
  'S/RES/2567 French concordance/figure: 14': 'real difference: paragraph 14 of the French leaves out "the January 2020" Comprehensive Action Plan',
  'S/RES/2568 French concordance/paragraphs: Rappelant toutes ses résolutions et tout': 'limit: the English preamble lists (a) to (f) and an item opening with "and", which the English parse counts as a paragraph',
  'S/RES/2568 Spanish concordance/paragraphs: Recordando todas sus anteriores resoluci': 'limit: as in French',
  'S/RES/2571 French concordance/citation: 2241 (2018)': 'real difference: paragraph 12 of the French cites resolution 2241 (2018) where the English cites 2441 (2018)',
  'S/RES/2579 French concordance/subparagraphs: i)': 'limit: the English letters the items under (i) to (iv) "a.", "b.", which the parser does not read as labels; the French writes "a)"',
  'S/RES/2579 French concordance/subparagraphs: ii)': 'limit: as above',
  'S/RES/2579 French concordance/subparagraphs: iii)': 'limit: as above',
  'S/RES/2579 French concordance/subparagraphs: iv)': 'limit: as above',
  'S/RES/2579 Spanish concordance/subparagraphs: 4': 'limit: the English numbers the items of paragraph 4 "i.", "ii.", the Spanish "i)", "ii)"',
  'S/RES/2579 Spanish concordance/subparagraphs: i)': 'limit: the English letters the items under (i) to (iv) "a.", "b."; the Spanish "a)"',
  'S/RES/2579 Spanish concordance/subparagraphs: ii)': 'limit: as above',
  'S/RES/2579 Spanish concordance/subparagraphs: iii)': 'limit: as above',
  'S/RES/2579 Spanish concordance/subparagraphs: iv)': 'limit: as above',
  'S/RES/2584 French concordance/paragraphs: 16': 'real difference: the French XML has no paragraph 15 (its paragraphs run 14, 16)',
  'S/RES/2584 Spanish concordance/reference: 3': 'real difference: paragraph 6 of the Spanish refers to paragraph 3, the English to paragraph 4',
  'S/RES/2598 Spanish concordance/citation: 2312 (2106)': 'real difference: the Spanish cites resolution 2312 (2106) for 2312 (2016)',
  'S/RES/2605 French concordance/subparagraphs: 58': 'real difference: the French XML numbers the second item of paragraph 58 "58.b)"',
  'S/RES/2605 French concordance/figure: 14 octobre 2024': 'real difference: the French asks for a report on 14 October 2024, the English on 14 October 2022',
  'S/RES/2607 French concordance/reference: 24': 'real difference: paragraph 38 of the French refers to paragraph 24 of the resolution, the English to paragraph 2',
  'S/RES/2607 French concordance/subparagraphs: 1': 'limit: the annex lists of the English are lettered "a.", "b.", the French "a)", "b)"',
  'S/RES/2607 French concordance/subparagraphs: 2': 'limit: as above',
  'S/RES/2607 Spanish concordance/subparagraphs: 1': 'limit: as in French',
  'S/RES/2607 Spanish concordance/subparagraphs: 2': 'limit: as in French',
  'S/RES/2610 French concordance/reference: 1': 'limit: paragraph 76 cites paragraphs of other resolutions that the French recognizer reads as this resolution\'s',
  'S/RES/2610 French concordance/reference: 2': 'limit: annex I is read into paragraph 108 in both texts, and the French reads a paragraph of another resolution as this one\'s',
  'S/RES/2611 Spanish concordance/citation: 2577 (2020)': 'real difference: the Spanish cites resolution 2577 (2020) where the English cites 2557 (2020)',
  'S/RES/2612 French concordance/citation: 45/53': 'real difference: the French cites Human Rights Council resolution 45/53, the English 45/34',
};

const resolutionNumber = (file: string): string | undefined => /(\d{4})/.exec(file)?.[1];
const read = (path: string): string => renderAkn(readFileSync(path, 'utf8')).text;

describe('concordance of the 2021 Security Council resolutions with their English originals', () => {
  it('finds only the recorded differences, in every language the parser reads', function () {
    skipWithoutCorpus(this, LANGUAGES);
    this.timeout(120000);
    const found: string[] = [];
    const compared: Record<string, number> = {};
    const unread: string[] = [];
    const originals = readdirSync(ENGLISH).filter((f) => f.endsWith('.xml'));
    for (const language of readdirSync(LANGUAGES).sort()) {
      const versions = readdirSync(join(LANGUAGES, language)).filter((f) => f.endsWith('.xml'));
      for (const file of originals) {
        const number = resolutionNumber(file);
        const versionFile = versions.find((f) => resolutionNumber(f) === number);
        if (!versionFile) continue;
        const versionText = read(join(LANGUAGES, language, versionFile));
        const version = parse(versionText);
        if (!version.organ) {
          unread.push(`${language} ${number}`);
          continue;
        }
        compared[language] = (compared[language] ?? 0) + 1;
        for (const f of concordance(parse(read(join(ENGLISH, file))), version)) found.push(`S/RES/${number} ${language} ${f.code}: ${versionText.slice(f.span.start, f.span.end).slice(0, 40)}`);
      }
    }
    console.log(`      compared: ${Object.entries(compared).map(([l, n]) => `${l} ${n}`).join(', ')}; not read yet (no organ line): ${unread.length}`);
    assert.ok((compared.French ?? 0) >= 50 && (compared.Spanish ?? 0) >= 50, 'the French and Spanish versions are read');
    assert.deepEqual(
      found.filter((f) => !(f in RECORDED)),
      [],
      'new findings: a real difference between the versions (record it with the reason) or a bug',
    );
    assert.deepEqual(
      Object.keys(RECORDED).filter((r) => !found.includes(r)),
      [],
      'recorded findings that no longer occur',
    );
  });
});
