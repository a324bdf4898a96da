/**
 * The catalog shipped with unres: rebuilt from the corpus it equals the committed file (skipped without the
 * corpus); the builder reads the UN's metadata as it is (stray quotes, votes written "015--"); the loader
 * and the view over a library answer as the core asks.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog, closedSessions, displayName, jsonLines, ordinal, scTitle, type CatalogHeader } from '../../../server/src/library/bundled/build';
import { BundledCatalog, CATALOG_FILE, findCatalogFile } from '../../../server/src/library/bundled/catalog';
import { readCatalogSources } from '../../../server/src/library/bundled/corpus';
import { LayeredView } from '../../../server/src/library/view';
import { parseDataExtract } from '../../../server/src/library/catalog';
import type { LibraryDocument, LibraryView } from '../../../server/src/core/library';
import { CORPUS, skipWithoutCorpus } from '../../helpers/corpus';

const ROOT = join(__dirname, '../../../..');
const COMMITTED = join(ROOT, CATALOG_FILE);

const CSV = `number,symbol,year,adoption_date,meeting,agenda_or_topic,title,vote,source
9001,S/RES/9001 (2026),2026,2 February 2026,S/PV.9901,The situation in Arcadia,Security Council resolution 9001 (2026) [on the Arcadia Observer Mission],015--,test
9002,S/RES/9002 (2026),2026,3 March 2026,S/PV.9912,Non-proliferation,,13-0-2,test
`;
const SC = `{"symbol": "S/RES/9001 (2026)", "chapter_VII": "Chapter VII", "draft_resolution": "S/2026/10", "MS_in_favour_count": "15", "MS_against_count": "0", "MS_abstaining_count": "0", "sponsors": ["UNITED KINGDOM"], "additional_sponsors": ["CÔTE D'IVOIRE"]}\n`;
const HRC = `"{"symbol":"A/HRC/RES/99/2","title":"Lighthouses and human rights","adoption_type":"Without a vote","agenda_item":"Agenda item 3"}"\n"\n{"symbol":"A/HRC/RES/99/1","title":"Coastal rights","adoption_type":"By a recorded vote","MS_in_favour_count":"30","MS_against_count":"10","MS_abstaining_count":"7"}\n`;
const GA = `{"symbol": "A/RES/99/1", "title": "Ocean lights", "committee": "#secondCommittee", "adoption_type": "Without a vote", "agenda_item_name": "Oceans", "agenda_item": "Agenda item 20"}\nnot json\n`;

function build(): string {
  return buildCatalog({ scCsv: CSV, sc: [{ name: '2026.json', text: SC }], ga: [{ name: '99.json', text: GA }], hrc: [{ name: '99session.json', text: HRC }] }, { source: 'test', generated: '2026-01-01' });
}

describe('the catalog shipped with unres', () => {
  it('is the catalog the corpus gives (npm run catalog rebuilds it)', function () {
    skipWithoutCorpus(this, join(CORPUS, 'UNxml-GAresolutions'));
    const committed = readFileSync(COMMITTED, 'utf8');
    const header = JSON.parse(committed.slice(0, committed.indexOf('\n'))) as CatalogHeader;
    const { sources, source } = readCatalogSources(CORPUS);
    const rebuilt = buildCatalog(sources, { source, generated: header.generated });
    assert.ok(rebuilt === committed, 'data/un-resolutions.jsonl is not what `npm run catalog` builds from the corpus: run it and commit the file');
    assert.deepEqual(header.counts, { sc: 2820, ga: 2193, hrc: 186 });
    assert.match(header.source, /UNxml\/SCresolutions data_extract \(commit 6c4072a\)/);
  });

  it('is found beside the code, built or bundled', () => {
    assert.equal(findCatalogFile(), COMMITTED);
    assert.equal(findCatalogFile(join(ROOT, 'dist')), COMMITTED);
  });

  it('reads the UN’s metadata as it is written', () => {
    const lines = build().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(lines.slice(1), [
      { s: 'S/RES/9001 (2026)', t: 'on the Arcadia Observer Mission', a: 'The situation in Arcadia', d: '2 February 2026', m: '9901st meeting', v: [15, 0, 0], o: 'u', c7: 1, dr: 'S/2026/10', sp: ['United Kingdom', "Côte d'Ivoire"], ns: 2 },
      { s: 'S/RES/9002 (2026)', a: 'Non-proliferation', d: '3 March 2026', m: '9912th meeting', v: [13, 0, 2], o: 'v' },
      { s: 'A/RES/99/1', t: 'Ocean lights', a: 'Oceans', i: 'Agenda item 20', o: 'nv', cm: 'Second Committee' },
      { s: 'A/HRC/RES/99/1', t: 'Coastal rights', v: [30, 10, 7], o: 'rv' },
      { s: 'A/HRC/RES/99/2', t: 'Lighthouses and human rights', i: 'Agenda item 3', o: 'nv' },
    ]);
    assert.equal(jsonLines('"\n{"symbol":"x"}\nnope').length, 1);
    // The library reads the same files the same way (a clone of UNxml/HRCresolutions is a library).
    const library = parseDataExtract(HRC);
    assert.deepEqual([library.records.map((r) => [r.symbol, r.title]), library.badLines], [[['A/HRC/RES/99/2', 'Lighthouses and human rights'], ['A/HRC/RES/99/1', 'Coastal rights']], 0]);
    assert.equal(parseDataExtract(SC.replace('"symbol"', '"resolution_title": "Security Council resolution 9001 (2026) [on the Arcadia Observer Mission]", "symbol"')).records[0].title, 'on the Arcadia Observer Mission');
    assert.deepEqual([1, 2, 3, 4, 11, 12, 13, 21, 111, 8040].map(ordinal), ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '111th', '8040th']);
    assert.equal(displayName('BOLIVIA (PLURINATIONAL STATE OF)'), 'Bolivia (Plurinational State of)');
    assert.equal(displayName('Already Written'), 'Already Written');
    assert.equal(scTitle('Security Council resolution 1285 [2000) [on monitoring][Monitoring]'), 'on monitoring');
  });

  it('answers the core: documents, the last number of a session, the highest Security Council number', () => {
    const catalog = new BundledCatalog(build);
    assert.equal(catalog.get('S/RES/9001(2026)')?.votes?.inFavour, 15);
    assert.equal(catalog.get('S/RES/9001 (2026)')?.outcome, 'unanimous');
    assert.equal(catalog.get('A/HRC/RES/99/1')?.outcome, 'recorded-vote');
    assert.equal(catalog.get('A/RES/99/1')?.committee, 'Second Committee');
    assert.equal(catalog.get('A/RES/99/2'), null);
    // The latest session of an organ may still be adopting: its numbers are not judged.
    assert.equal(catalog.lastOfSession('A/HRC/RES/99'), null);
    assert.equal(catalog.lastOfSession('A/RES/98'), null);
    assert.equal(catalog.maxScNumber, 9002);
    assert.equal([...catalog.entries()].length, 5);
    assert.equal(new BundledCatalog(() => '').get('S/RES/1 (1946)'), null);
    const damaged = new BundledCatalog(() => '{"format": broken\n{"s":"S/RES/1 (1946)", cut');
    assert.deepEqual([damaged.get('S/RES/1 (1946)'), damaged.maxScNumber, damaged.lastOfSession('A/RES/75')], [null, 0, null]);
  });

  it('judges only closed sessions: complete, not the latest of the organ, not emergency or special ones', () => {
    const symbols = ['A/RES/74/1', 'A/RES/74/2', 'A/RES/74/3', 'A/RES/75/1', 'A/HRC/RES/52/9', 'A/HRC/RES/53/1', 'A/HRC/RES/54/1', 'A/RES/ES-11/1', 'A/RES/S-32/1'];
    assert.deepEqual([...closedSessions(symbols)], [['A/RES/74', 3], ['A/HRC/RES/53', 1]]);
  });

  it('lies under a library: the library’s fields win, the catalog fills in', () => {
    const own: LibraryDocument = { symbol: 'S/RES/9001 (2026)', subject: 'Arcadia (library)', paragraphs: [{ label: '1', text: 'Decides.' }] };
    const extra: LibraryDocument = { symbol: 'S/RES/9100 (2026)' };
    const library: LibraryView = { get: (s) => (s === own.symbol ? own : s === extra.symbol ? extra : null), maxScNumber: 9100, entries: () => [own, extra], hasTexts: true, lastOfSession: (p) => (p === 'A/RES/99' ? 4 : null) };
    const view = new LayeredView(new BundledCatalog(build), () => library);
    const sessions: LibraryView = { get: () => null, maxScNumber: 0, entries: () => [], lastOfSession: (p) => (p === 'A/RES/99' ? 2 : null) };
    assert.equal(new LayeredView(sessions, () => library).lastOfSession('A/RES/99'), 4, 'the library knows later numbers of a closed session');
    assert.equal(new LayeredView(sessions, () => ({ ...library, lastOfSession: () => 1 })).lastOfSession('A/RES/99'), 2);
    assert.equal(new LayeredView(sessions, () => library).lastOfSession('A/RES/98'), null, 'a session the catalog does not judge');
    const doc = view.get('S/RES/9001 (2026)');
    assert.equal(doc?.subject, 'Arcadia (library)');
    assert.equal(doc?.title, 'on the Arcadia Observer Mission');
    assert.equal(doc?.paragraphs?.length, 1);
    assert.equal(view.maxScNumber, 9100);
    assert.equal(view.hasTexts, true);
    assert.deepEqual([...view.entries()].map((d) => d.symbol), ['S/RES/9001 (2026)', 'S/RES/9100 (2026)', 'S/RES/9002 (2026)', 'A/RES/99/1', 'A/HRC/RES/99/1', 'A/HRC/RES/99/2']);
    const alone = new LayeredView(new BundledCatalog(build));
    assert.equal(alone.hasTexts, false);
    alone.libraryConfigured = true;
    assert.equal(alone.hasTexts, true);
  });

  it('ships in data/ with its provenance and the UN acknowledgement', () => {
    assert.ok(existsSync(COMMITTED));
    const header = JSON.parse(readFileSync(COMMITTED, 'utf8').split('\n', 1)[0]) as CatalogHeader;
    assert.equal(header.format, 'unres-catalog/1');
    assert.match(header.acknowledgement, /United Nations/);
    assert.match(header.generated, /^\d{4}-\d{2}-\d{2}$/);
  });
});
