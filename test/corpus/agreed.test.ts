/** Agreed language on the UN's own texts: French and Spanish drafts find their precedents in their language. */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ResolutionLibrary } from '../../server/src/library';
import { CORPUS, skipWithoutCorpus } from '../helpers/corpus';

const LANGUAGES = join(CORPUS, 'UNxml-SC-2021-languages/2021');

describe('agreed language (corpus, 2021 in five more languages)', function () {
  this.timeout(120000);
  const library = new ResolutionLibrary();
  before(async function () {
    skipWithoutCorpus(this, LANGUAGES);
    await library.index([join(LANGUAGES, 'French'), join(LANGUAGES, 'Spanish')]);
  });

  for (const [language, symbol] of [['fr', 'S/RES/2584 (2021)'], ['es', 'S/RES/2584 (2021)']] as const) {
    it(`finds a ${language} paragraph of ${symbol} with words changed, in its language`, () => {
      const own = library.agreedIndex.passages.filter((p) => p.symbol === symbol && p.uri.includes(language === 'fr' ? '/French/' : '/Spanish/') && p.part === 'operative' && p.text.split(' ').length > 20);
      assert.ok(own.length > 20, `${own.length} paragraphs`);
      for (const source of own.slice(0, 20)) {
        const words = source.text.split(' ');
        words[3] = 'zqx';
        words[words.length - 4] = 'zqy';
        const best = library.precedents(words.join(' '), { limit: 1 })[0];
        assert.equal(best?.passage.text, source.text, `paragraph ${source.paragraph}`);
        assert.ok(best.passage.uri.includes(language === 'fr' ? '/French/' : '/Spanish/'));
      }
    });
  }
});
