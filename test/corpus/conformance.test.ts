/**
 * Conformance on the real corpus (../shared/corpus): adopted texts raise no errors but for real defects
 * recorded here with their reasons; the PDF extraction of S/RES/2584 (2021) reads as its clean text;
 * the plain-text parser finds the paragraph numbers that the UN's XML marks up.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { parse } from '../../server/src/core/parse';
import { renderAkn } from '../../server/src/library/akn';
import { TEXTS, UNXML, listFiles, skipWithoutCorpus } from '../helpers/corpus';

/** Errors in adopted texts that are real defects of the text, not of the parser. */
const KNOWN_DEFECTS: Record<string, { code: string; text: string; reason: string }[]> = {
  'S-RES-2253-2015.txt': [
    { code: 'ref/year-mismatch', text: '2015', reason: 'cites "resolutions 1989 (2011), 2083 (2012), and 2161 (2015)"; resolution 2161 was adopted on 17 June 2014' },
  ],
  'S-RES-2734-2024.txt': [
    { code: 'ref/year-mismatch', text: '2015', reason: 'repeats the citation "2161 (2015)" of resolution 2253 (2015); resolution 2161 is of 2014' },
    { code: 'xref/unknown-target', text: '84 (a)', reason: 'paragraph 88 cites "paragraphs 84 (a) and 84 (b)" for the assets-freeze exemptions, which are paragraph 87 (a) and (b); paragraph 84 has no sub-paragraphs' },
    { code: 'xref/unknown-target', text: '84 (b)', reason: 'same stale citation as above' },
  ],
};

/**
 * Files where the XML's <num> markup and the printed numbering differ. Each was looked at: in most the
 * XML leaves the first paragraphs or a whole annex without <num> elements, or marks numbered items
 * as top-level paragraphs; the plain-text parser follows the printed numbers.
 */
const XML_MARKUP_DIFFERS = new Set([
  'S_RES_2820-2606294E.xml', // XML has no <num> for paragraph 5
  'S_RES_1409_N0238115.xml',
  'S_RES_1591_N0528789.xml', // XML marks only paragraphs 1-3 with <num>
  'S_RES_1977_N1130679.xml', // XML marks paragraphs 6-23 only
  'S_RES_1991_N1139119.xml', // XML marks paragraphs 5-24 only
  'S_RES_1996_N1140583.xml', // XML marks paragraphs 1-3 only
  'S_RES_2053_N1239313.xml', // XML marks paragraphs 5-29 only
  'S_RES_2103_1334353e.xml', // XML has no <num> for paragraph 1
  'S_RES_2157_1454246E.xml', // XML has no <num> for paragraph 1
  'S_RES_2231_1512243E.xml', // annex A (JCPOA) numbers its own lists; the XML marks them differently
  'S_RES_2270_1603394E.xml',
]);

describe('corpus conformance', function () {
  before(function () {
    skipWithoutCorpus(this);
  });

  it('every adopted text raises no error but the recorded real defects', function () {
    skipWithoutCorpus(this, TEXTS);
    const unexpected: string[] = [];
    for (const file of listFiles(TEXTS, '.txt')) {
      const text = readFileSync(file, 'utf8');
      const known = [...(KNOWN_DEFECTS[basename(file)] ?? [])];
      for (const d of analyze(text).diagnostics.filter((x) => x.severity === 'error')) {
        const at = text.slice(d.span.start, d.span.end);
        const i = known.findIndex((k) => k.code === d.code && k.text === at);
        if (i >= 0) known.splice(i, 1);
        else unexpected.push(`${basename(file)}: ${d.code} «${at}» ${d.message}`);
      }
      assert.deepEqual(known, [], `${basename(file)}: recorded defects no longer reported`);
    }
    assert.deepEqual(unexpected, []);
  });

  it('S/RES/2584 (2021): the PDF extraction and the clean text give the same structure', function () {
    const pdf = parse(readFileSync(join(TEXTS, 'S-RES-2584-2021.pdf.txt'), 'utf8'));
    const clean = parse(readFileSync(join(TEXTS, 'S-RES-2584-2021.txt'), 'utf8'));
    assert.equal(pdf.operative.length, 63);
    assert.deepEqual(pdf.operative.map((p) => p.label), clean.operative.map((p) => p.label));
    assert.deepEqual(pdf.headings.map((h) => h.text), clean.headings.map((h) => h.text));
    assert.equal(pdf.preamble.length, clean.preamble.length);
    const internal = (m: typeof pdf) =>
      m.references.flatMap((r) => (r.kind === 'paragraph' ? [`${r.holder?.kind === 'operative' ? r.holder.label : 'pp'}: ${r.text.replace(/\s+/g, ' ')} → ${r.targets.map((t) => (t.resolved ? t.label : '?')).join(',')}`] : []));
    assert.deepEqual(internal(pdf), internal(clean));
    assert.ok(internal(pdf).length >= 10);
    assert.ok(internal(pdf).every((r) => !r.includes('?')), 'every internal reference resolves');
    for (const p of pdf.operative) {
      const all = [p.content.text, ...p.children.map((c) => c.content.text)].join(' ');
      assert.ok(!/undocs\.org|21-08828|S\/RES\/2584/.test(all), `artifact text inside paragraph ${p.label}`);
    }
  });

  it('the operative numbers found in a rendering of each AKN XML file equal its <num> markup', function () {
    skipWithoutCorpus(this, UNXML);
    const files = listFiles(UNXML, '.xml');
    assert.ok(files.length >= 1500, `expected the 1,543 XML files, found ${files.length}`);
    const differing: string[] = [];
    for (const file of files) {
      const r = renderAkn(readFileSync(file, 'utf8'));
      const ours = parse(r.text).operative.map((p) => p.label);
      if (ours.join(',') !== r.paragraphs.map((p) => p.num).join(',')) differing.push(basename(file));
    }
    const fresh = differing.filter((f) => !XML_MARKUP_DIFFERS.has(f));
    const healed = [...XML_MARKUP_DIFFERS].filter((f) => !differing.includes(f));
    assert.deepEqual(fresh, [], 'files whose numbering differs from the XML');
    assert.deepEqual(healed, [], 'listed differences that no longer occur: remove them from the list');
  });
});
