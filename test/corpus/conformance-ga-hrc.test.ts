/**
 * Conformance on the General Assembly's and the Human Rights Council's XML (../shared/corpus): as for the
 * Security Council, every rendering raises no error unless it is recorded here as a real defect of the
 * adopted text (with its reason) or a named limit; a new error, or a recorded one that heals, fails. The
 * GA texts bring what SC texts rarely have: sections headed I, II... or A., B. that restart their
 * numbering, budget tables with numbered rows, several resolutions in one file.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { parse } from '../../server/src/core/parse';
import { renderAkn } from '../../server/src/library/akn';
import { CORPUS, TEXTS, listFiles, skipWithoutCorpus } from '../helpers/corpus';

const GA = join(CORPUS, 'UNxml-GAresolutions');
const HRC = join(CORPUS, 'UNxml-HRCresolutions');

type Recorded = { code: string; reason: string; files: string[] };

/** Errors on the renderings of the GA's XML (75th session), each looked at. */
const GA_RECORDED: Recorded[] = [
  { code: 'numbering/sequence', reason: 'real defect: paragraph 3 is printed "3 Calls upon", without its period', files: ['75_68_E.xml'] },
];

/** Errors on the renderings of the HRC's XML (sessions 54-56), each looked at. */
const HRC_RECORDED: Recorded[] = [
  { code: 'numbering/sequence', reason: 'real defect: paragraph 5 is printed "5 Encourages", without its period', files: ['A_HRC_RES_54_27E.xml'] },
];

/**
 * Files where the XML's <num> markup and the printed numbering differ: the XML has no <num> for a paragraph
 * whose number is written wrong ("3 Calls upon") or followed by an invisible mark ("6.\u200E Reaffirms"); the
 * parser reads the printed numbers.
 */
const XML_MARKUP_DIFFERS = new Set(['75_248_E.xml', '75_68_E.xml', 'A_HRC_RES_54_27E.xml']);

function errorsOf(dir: string): Set<string> {
  const actual = new Set<string>();
  for (const file of listFiles(dir, '.xml')) {
    const { diagnostics } = analyze(renderAkn(readFileSync(file, 'utf8')).text);
    for (const d of diagnostics) if (d.severity === 'error') actual.add(`${basename(file)} ${d.code}`);
  }
  return actual;
}

function assertRecorded(actual: Set<string>, recorded: readonly Recorded[]): void {
  const listed = new Set(recorded.flatMap((r) => r.files.map((f) => `${f} ${r.code}`)));
  assert.deepEqual([...actual].filter((e) => !listed.has(e)).sort(), [], 'errors on adopted texts that are neither a recorded defect nor a recorded limit');
  assert.deepEqual([...listed].filter((e) => !actual.has(e)).sort(), [], 'recorded errors that no longer occur: remove them from the list');
}

function sectionsOf(dir: string, name: string) {
  const file = listFiles(dir, '.xml').find((f) => basename(f) === name);
  assert.ok(file, `${name} is in the corpus`);
  return parse(renderAkn(readFileSync(file, 'utf8')).text);
}

describe('corpus conformance: General Assembly and Human Rights Council', function () {
  before(function () {
    skipWithoutCorpus(this);
  });

  it('every rendering of the GA\'s XML raises no error but the recorded ones', function () {
    skipWithoutCorpus(this, GA);
    assert.ok(listFiles(GA, '.xml').length >= 339);
    assertRecorded(errorsOf(GA), GA_RECORDED);
  });

  it('every rendering of the HRC\'s XML raises no error but the recorded ones', function () {
    skipWithoutCorpus(this, HRC);
    assert.ok(listFiles(HRC, '.xml').length >= 89);
    assertRecorded(errorsOf(HRC), HRC_RECORDED);
  });

  it('the operative numbers found in each GA and HRC rendering equal its <num> markup', function () {
    skipWithoutCorpus(this, GA);
    skipWithoutCorpus(this, HRC);
    const differing: string[] = [];
    for (const file of [...listFiles(GA, '.xml'), ...listFiles(HRC, '.xml')]) {
      const r = renderAkn(readFileSync(file, 'utf8'));
      if (parse(r.text).operative.map((p) => p.label).join(',') !== r.paragraphs.map((p) => p.num).join(',')) differing.push(basename(file));
    }
    assert.deepEqual(differing.filter((f) => !XML_MARKUP_DIFFERS.has(f)), [], 'files whose numbering differs from the XML');
    assert.deepEqual([...XML_MARKUP_DIFFERS].filter((f) => !differing.includes(f)), [], 'listed differences that no longer occur: remove them from the list');
  });

  it('reads budget sections that restart their numbering as sections, and the resolutions of one file apart', function () {
    skipWithoutCorpus(this, GA);
    // A/RES/75/253: sections I to XXVI, each numbered from 1.
    const budget = sectionsOf(GA, '75_253_E.xml');
    const parts = budget.sections.filter((s) => s.kind === 'part');
    assert.equal(parts.length, 26);
    assert.deepEqual(parts.slice(0, 3).map((s) => s.label), ['I', 'II', 'III']);
    for (const s of parts) if (s.operative.length > 0) assert.equal(s.operative[0].number, 1, `section ${s.label} starts at 1`);
    // A/RES/75/254 A-C: three resolutions, each from 1; its tables' numbered rows are no paragraphs.
    const three = sectionsOf(GA, '75_254_E.xml');
    assert.deepEqual(three.sections.map((s) => `${s.label}:${s.operative.map((p) => p.number).join(',')}`), [':1,2,3', 'B:1,2,3', 'C:1,2']);
  });

  it('keeps the headings of an omnibus text numbered on through its sections (A/RES/75/239)', function () {
    skipWithoutCorpus(this, TEXTS);
    const m = parse(readFileSync(join(TEXTS, 'A-RES-75-239.txt'), 'utf8'));
    assert.equal(m.sections.length, 1);
    assert.ok(m.headings.some((h) => h.text === 'II'));
    assert.deepEqual(m.operative.map((p) => p.number), m.operative.map((_, i) => i + 1));
  });
});
