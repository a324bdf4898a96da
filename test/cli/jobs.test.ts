/** `unres check --jobs N`: files checked on worker threads, reported as one thread reports them. */
import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');


describe('unres check --jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unres-jobs-'));
  // Drafts with different faults, a binary file, a missing one and (when not root) an unreadable one, mixed.
  const files: string[] = [];
  for (let i = 0; i < 12; i++) {
    const file = join(dir, `draft-${i}.unres`);
    writeFileSync(file, i % 3 === 0 ? FIXTURE : FIXTURE.replace('paragraph 4 below;', `paragraph ${i + 20} below;`));
    files.push(file);
    if (i === 4) {
      const binary = join(dir, 'image.unres');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
      files.push(binary, join(dir, 'missing.unres'));
    }
    if (i === 8) {
      const locked = join(dir, 'locked.unres');
      writeFileSync(locked, FIXTURE);
      chmodSync(locked, 0o000);
      files.push(locked);
    }
  }

  for (const format of ['text', 'json']) {
    it(`prints the same ${format} output, in the order of the arguments, on 1, 2 and 4 threads`, () => {
      const one = runCli('check', '--format', format, '--jobs', '1', ...files);
      assert.equal(one.code, 2);
      assert.match(one.err, /image\.unres: binary file/);
      assert.match(one.err, /missing\.unres: no such file/);
      // Files that could not be read are named on stderr in the order of the arguments, and the others still checked.
      const failed = one.err.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(': ')));
      assert.deepEqual(failed, files.filter((f) => failed.includes(f)));
      const faulty = (f: string) => /draft-\d+/.test(f) && Number(/draft-(\d+)/.exec(f)![1]) % 3 !== 0;
      const checked = files.filter((f) => !failed.includes(f) && (format === 'json' || faulty(f)));
      const order = format === 'json' ? (JSON.parse(one.out) as { file: string }[]).map((r) => r.file) : [...new Set(one.out.split('\n').filter(Boolean).map((l) => l.split(':')[0]))];
      assert.deepEqual(order, checked);
      for (const jobs of ['2', '4']) {
        const many = runCli('check', '--format', format, '--jobs', jobs, ...files);
        assert.deepEqual(many, one);
      }
    });
  }

  it('checks citations against the library on every thread', () => {
    const library = join(dir, 'library');
    mkdirSync(library);
    writeFileSync(join(library, 'catalog.csv'), 'number,symbol,year,adoption_date,meeting,agenda_or_topic,title,vote,source\n9005,S/RES/9005 (2026),2026,9 April 2026,S/PV.9980,Small arms,,adopted unanimously,x\n');
    const cites = files.slice(0, 4).map((f, i) => {
      const file = f.replace('.unres', '-cites.unres');
      writeFileSync(file, FIXTURE.replace('Recalling its previous', `Recalling its resolution ${9005 + (i % 2)} (2026) and its previous`));
      return file;
    });
    const cacheDir = join(dir, 'cache');
    const one = runCli('check', '--library', library, '--cache-dir', cacheDir, '--jobs', '1', ...cites);
    assert.equal((one.out.match(/ref\/unknown-document/g) ?? []).length, 2);
    assert.deepEqual(runCli('check', '--library', library, '--cache-dir', cacheDir, '--jobs', '2', ...cites), one);
  });

  it('runs on the number of cores by default and refuses a count that is not a whole number', () => {
    assert.equal(runCli('check', files[0]).code, 0);
    const bad = runCli('check', '--jobs', '0', files[0]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--jobs <n>.*a whole number of at least 1/);
  });
});
