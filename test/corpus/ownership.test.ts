/**
 * The invariant an edit relies on to move offsets in place (`server/src/core/parse/patch.ts`), held on every
 * corpus text and every rendering of the UN's XML: no model or diagnostic holds an object another place holds.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { renderAkn } from '../../server/src/library/akn';
import { CORPUS, TEXTS, listFiles, skipWithoutCorpus } from '../helpers/corpus';
import { sharedObjects } from '../helpers/ownership';

const XML_FOLDERS = ['UNxml-SCresolutions', 'UNxml-GAresolutions', 'UNxml-HRCresolutions', 'UNxml-SC-2021-languages'];

describe('corpus: every node owns its offsets', function () {
  this.timeout(300000);

  it('in every corpus text and every rendering of the UN\'s XML, no object is held at two places', function () {
    skipWithoutCorpus(this);
    const files = [...listFiles(TEXTS, '.txt'), ...XML_FOLDERS.flatMap((f) => listFiles(join(CORPUS, f), '.xml'))];
    const shared: string[] = [];
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const found = sharedObjects(analyze(file.endsWith('.xml') ? renderAkn(raw).text : raw));
      if (found.length > 0) shared.push(`${file}: ${found[0]}`);
    }
    assert.ok(files.length > 2000, `${files.length} files`);
    assert.deepEqual(shared, []);
  });
});
