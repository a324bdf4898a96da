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
  // A number written without its period ("7 Further underlines") or with a letter ("l0."): the XML has no <num>
  // for it, the parser reads it as that paragraph (and numbering/sequence names the defect).
  'S_RES_1345_N0129889.xml',
  'S_RES_1382_N0166853.xml',
  'S_RES_1643_N0564481.xml',
  'S_RES_2328_1622417E.xml',
  'S_RES_2730-2409275E.xml',
]);

/**
 * Errors the checks raise on renderings of the UN's XML of every Security Council resolution since 2000,
 * each looked at. "Real defect" means the adopted text, as the XML holds it, has the fault the message
 * names; "limit" names what the parser does not read yet. The test fails on an error not listed here and
 * on a listed one that no longer occurs.
 */
const XML_RECORDED_ERRORS: { code: string; reason: string; files: string[] }[] = [
  {
    code: 'ref/year-mismatch',
    reason: 'real defect: a resolution cited with a year other than its adoption year ("2312 (2106)", "1556 (2005)" for 1556 (2004)); the table agrees with the catalog',
    files: [
      'S_RES_1617_N0544660.xml',
      'S_RES_1730_N0667131.xml',
      'S_RES_1777_N0751129.xml',
      'S_RES_1865_N0922201.xml',
      'S_RES_1893_N0958429.xml',
      'S_RES_1945_N1058433.xml',
      'S_RES_1946_N1058599.xml',
      'S_RES_1974_N1127368.xml',
      'S_RES_1980_N1131511.xml',
      'S_RES_2023_N1162278.xml',
      'S_RES_2033_N1220623.xml',
      'S_RES_2035_N1223587.xml',
      'S_RES_2045_N1232111.xml',
      'S_RES_2085_N1266067.xml',
      'S_RES_2091_1323394e.xml',
      'S_RES_2101_1331435e.xml',
      'S_RES_2138_1423546e.xml',
      'S_RES_2139_1424339e.xml',
      'S_RES_2173_1459957E.xml',
      'S_RES_2182_1463293E.xml',
      'S_RES_2200_1501927E.xml',
      'S_RES_2228_1510800E.xml',
      'S_RES_2232_1512781E.xml',
      'S_RES_2253_1522456E.xml',
      'S_RES_2265_1601870E.xml',
      'S_RES_2295_1611177E.xml',
      'S_RES_2296_1611206E.xml',
      'S_RES_2325_1622240E.xml',
      'S_RES_2340_1701956E.xml',
      'S_RES_2342_1703090E.xml',
      'S_RES_2364_1710886E.xml',
      'S_RES_2368_1712331E.xml',
      'S_RES_2375_1715864E.xml',
      'S_RES_2378_1716558E.xml',
      'S_RES_2386_1720316E.xml',
      'S_RES_2395_1723099E.xml',
      'S_RES_2402_1802985E.xml',
      'S_RES_2437_1816448E.xml',
      'S_RES_2441_1818615E.xml',
      'S_RES_2456_1903244E.xml',
      'S_RES_2491_1917042E.xml',
      'S_RES_2511 (2020)-2002954E.xml',
      'S_RES_2546 (2020)-2012940E.xml',
      'S_RES_2610 (2021)-2119270E.xml',
      'S_RES_2617 (2021)-2119887E.xml',
      'S_RES_2624 (2022)-2202899E.xml',
      'S_RES_2663-2227169E.xml',
      'S_RES_2695-2316869E.xml',
      'S_RES_2734-2410318E.xml',
    ],
  },
  {
    code: 'numbering/sequence',
    reason: 'real defect: a paragraph number without its period ("7 Further underlines", "11 Condemns"), or "l0." for "10."',
    files: [
      'S_RES_1345_N0129889.xml',
      'S_RES_1382_N0166853.xml',
      'S_RES_1643_N0564481.xml',
      'S_RES_2328_1622417E.xml',
      'S_RES_2730-2409275E.xml',
    ],
  },
  { code: 'numbering/sequence', reason: 'limit: a form in an annex without a heading, its boxes numbered 1-21', files: ['S_RES_1409_N0238115.xml'] },
  { code: 'numbering/subparagraph-sequence', reason: 'real defect: "v)" printed without its opening bracket', files: ['S_RES_2677_E.xml'] },
  { code: 'numbering/subparagraph-sequence', reason: 'limit: a technical annex of items "(1) 2.1:" with "(a)" inside an item', files: ['S_RES_1454_N0275941.xml'] },
  {
    code: 'xref/unknown-target',
    reason: 'real defect: cites a sub-paragraph that the paragraph does not have: "paragraph 3(c) above", "paragraph 17 (a) above", "paragraph 29(l)", "paragraphs 34 and 35 (f)", "paragraphs 84 (a) and 84 (b)", "paragraph 31 (l)"',
    files: [
      'S_RES_2153_1431493E.xml',
      'S_RES_2162_1456257E.xml',
      'S_RES_2609 (2021)-2119016E.xml',
      'S_RES_2659-2225701E.xml',
      'S_RES_2734-2410318E.xml',
      'S_RES_2802-2518650E.xml',
    ],
  },
  {
    code: 'xref/unknown-target',
    reason: 'real defect: cites "paragraph 10-g of resolution 1533" without the year, so the paragraph reads as this text\'s',
    files: ['S_RES_1552_N0444246.xml'],
  },
  { code: 'xref/unknown-target', reason: 'limit: a technical annex in parts ("Part II 1.") that cites its own items', files: ['S_RES_2806-2520426E.xml'] },
  {
    code: 'xref/unknown-target',
    reason:
      'limit: paragraphs of another document tied to it by more than the clause rule reads: the document named in an earlier clause or in the paragraph that introduces the sub-paragraphs ("resolution 2628 (2022) except as follows: (a) recalls paragraphs 22, 23"), words between ("paragraph 7 and other relevant aspects of resolution 1958 (2010)", "in option 2 of paragraph 62 of the report"), or a parallel ("paragraph 54 of resolution 2127 (2013) and the measures established by paragraph 55"): read as this text\'s',
    files: [
      'S_RES_1445_N0272318.xml',
      'S_RES_1683_N0638479.xml',
      'S_RES_1861_N0920844.xml',
      'S_RES_2134_1421894e.xml',
      'S_RES_2335_1623176E.xml',
      'S_RES_2670-2229179E.xml',
    ],
  },
  { code: 'xref/direction', reason: 'limit: an annex quotes an article of the ICTY Statute whose "paragraph 5 below" counts the article\'s own paragraphs', files: ['S_RES_1837_N0852583.xml'] },
];

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

  it('every rendering of the UN\'s XML raises no error but the recorded ones', function () {
    skipWithoutCorpus(this, UNXML);
    const actual = new Set<string>();
    for (const file of listFiles(UNXML, '.xml')) {
      const { diagnostics } = analyze(renderAkn(readFileSync(file, 'utf8')).text);
      for (const d of diagnostics) if (d.severity === 'error') actual.add(`${basename(file)} ${d.code}`);
    }
    const recorded = new Set(XML_RECORDED_ERRORS.flatMap((r) => r.files.map((f) => `${f} ${r.code}`)));
    assert.deepEqual([...actual].filter((e) => !recorded.has(e)).sort(), [], 'errors on adopted texts that are neither a recorded defect nor a recorded limit');
    assert.deepEqual([...recorded].filter((e) => !actual.has(e)).sort(), [], 'recorded errors that no longer occur: remove them from the list');
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
