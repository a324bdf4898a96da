/** The examples that `npm start` opens: the clean drafts raise no error or warning; the one with mistakes raises several. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analysis';

const EXAMPLES = join(__dirname, '../../../examples');

describe('examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.unres'));

  it('holds drafts in English, French, Russian, Arabic and Chinese', () => {
    const languages = new Set(files.map((f) => analyze(readFileSync(join(EXAMPLES, f), 'utf8')).model.language));
    assert.deepEqual([...languages].sort(), ['ar', 'en', 'fr', 'ru', 'zh']);
  });

  for (const file of files) {
    const mistakes = file === 'with-mistakes.unres';
    it(`${file} ${mistakes ? 'shows errors' : 'raises no error or warning'}`, () => {
      const { diagnostics } = analyze(readFileSync(join(EXAMPLES, file), 'utf8'));
      const serious = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.code}: ${d.message}`);
      if (mistakes) assert.ok(serious.length >= 5, serious.join('\n'));
      else assert.deepEqual(serious, []);
    });
  }
});
