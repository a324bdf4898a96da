/**
 * Every node of a model owns its offsets: no span, segment, content or node is held at two places, so an
 * edit can move each offset in place once (`server/src/core/parse/patch.ts`).
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core/analysis';
import { hardWrapped, pdfExtraction } from '../../helpers/layouts';
import { sharedObjects } from '../../helpers/ownership';

const ROOT = join(__dirname, '../../../..');
const FIXTURE = readFileSync(join(ROOT, 'test/fixtures/mandate-renewal.txt'), 'utf8');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.unres')).map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

describe('parse: every node owns its offsets', () => {
  it('finds an object held at two places', () => {
    const a = analyze(FIXTURE);
    const p = a.model.operative[0];
    const shared = { ...a, model: { ...a.model, headings: [{ kind: 'heading' as const, span: p.span, text: '', level: 1, sectionIndex: 0 }] } };
    assert.deepEqual(sharedObjects(shared), ['model.sections[0].operative[0].span is model.headings[0].span']);
  });

  it('no model or diagnostic shares a span, segment or content with another place', () => {
    for (const text of [FIXTURE, hardWrapped(FIXTURE), pdfExtraction(FIXTURE, 'S/RES/9001 (2026)'), ...EXAMPLES]) {
      assert.deepEqual(sharedObjects(analyze(text)), [], text.slice(0, 80));
    }
  });
});
