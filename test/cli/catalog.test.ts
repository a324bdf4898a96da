/** `unres check` knows the resolutions of the catalog shipped with unres, with no library. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from '../helpers/cli';


describe('unres check with the catalog', () => {
  it('flags a General Assembly number beyond the last of its session, and only that', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'unres-cli-')), 'ga.unres');
    writeFileSync(file, 'The General Assembly,\n\nRecalling its resolutions 75/1 and 76/999, and Human Rights Council resolution 55/40,\n\n1. Decides to remain seized of the matter.\n');
    const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const [{ diagnostics }] = JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }[];
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'ref/unknown-document').map((d) => d.message),
      ['No General Assembly resolution 76/999 is known: the last known of session 76 is 76/307.', 'No Human Rights Council resolution 55/40 is known: the last known of session 55 is 55/32.'],
    );
  });
});
