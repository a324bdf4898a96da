/** The snippets expand to resolutions that the parser reads without a single problem. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analysis';

const SNIPPETS = JSON.parse(readFileSync(join(__dirname, '../../../snippets/unres.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;

/** Expands ${1:default} placeholders to their defaults. */
function expand(body: string[]): string {
  return body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1');
}

describe('snippets', () => {
  for (const [name, s] of Object.entries(SNIPPETS)) {
    it(`${name} expands to a clean resolution`, () => {
      const { model, diagnostics } = analyze(expand(s.body));
      assert.ok(model.organ, 'organ line');
      assert.equal(model.language, /-(fr|es|ru|ar|zh)$/.exec(s.prefix[0])?.[1] ?? 'en');
      if (s.prefix[0].startsWith('sc-')) assert.ok(model.adoption && model.symbol, 'cover lines read');
      assert.ok(model.operative.length >= 3);
      assert.deepEqual(diagnostics.filter((d) => d.severity !== 'information').map((d) => `${d.code}: ${d.message}`), []);
    });
  }
});
