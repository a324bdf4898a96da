/** `unres concordance`, run as a user runs it. */
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';


const ENGLISH = `The Security Council,

Recalling its resolutions 2441 (2018) and 2509 (2020),

1. Decides to extend until 30 June 2022 the mandate of the Panel;

2. Requests the Panel to report by 15 March 2022;
`;

const FRENCH = `Le Conseil de sécurité,

Rappelant ses résolutions 2441 (2018) et 2509 (2020),

1. Décide de proroger jusqu’au 30 juin 2022 le mandat du Groupe ;

2. Prie le Groupe de faire rapport au plus tard le 15 mars 2022 ;
`;


describe('unres concordance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-concordance-'));
  const en = join(dir, 'en.unres');
  const fr = join(dir, 'fr.unres');
  const wrong = join(dir, 'fr-wrong.unres');
  writeFileSync(en, ENGLISH);
  writeFileSync(fr, FRENCH);
  writeFileSync(wrong, FRENCH.replace('2441 (2018)', '2241 (2018)'));

  it('exits 0 when the versions agree', () => {
    const r = runCli('concordance', en, fr);
    assert.equal(r.err, '');
    assert.equal(r.out, '');
    assert.equal(r.code, 0);
  });

  it('prints version:line:col: severity code message (original:line:col) and exits 1', () => {
    const r = runCli('concordance', en, fr, wrong);
    assert.equal(r.code, 1);
    assert.equal(r.out, `${wrong}:3:27: error concordance/citation Cites S/RES/2241 (2018) where the original cites S/RES/2441 (2018). (${en}:3:27)\n`);
  });

  it('prints JSON with the place in the original', () => {
    const [ok, bad] = JSON.parse(runCli('concordance', '--format', 'json', en, fr, wrong).out);
    assert.deepEqual(ok.findings, []);
    assert.equal(bad.file, wrong);
    assert.equal(bad.findings[0].code, 'concordance/citation');
    assert.deepEqual(bad.findings[0].original, { file: en, range: { start: { line: 2, character: 26 }, end: { line: 2, character: 37 } } });
  });

  it('exits 2 on a missing file or a bad format', () => {
    assert.equal(runCli('concordance', en, join(dir, 'missing.unres')).code, 2);
    assert.equal(runCli('concordance', '--format', 'xml', en, fr).code, 2);
  });
});

describe('unres check --locale', () => {
  it('prints the messages in the language asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-locale-'));
    const file = join(dir, 'draft.unres');
    writeFileSync(file, 'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides;\n\n3. Requests.\n');
    const r = runCli('check', '--locale', 'es', file);
    assert.equal(r.code, 1);
    assert.equal(r.out, `${file}:7:1: error numbering/sequence Se esperaba el párrafo 2 y se encontró el párrafo 3: falta el párrafo 2.\n`);
  });
});
