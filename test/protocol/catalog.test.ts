/**
 * The catalog shipped with unres, through the built server with no settings at all: hovers on Security
 * Council, General Assembly and Human Rights Council citations, the unknown GA number, inlay hints and
 * completion of citations.
 */
import * as assert from 'node:assert/strict';
import * as rpc from 'vscode-languageserver-protocol/node';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const SC_DRAFT = `The Security Council,

Recalling its resolution 2374 (2017) and General Assembly resolution 75/1,

1. Decides to remain seized of the matter.
`;

const GA_DRAFT = `The General Assembly,

Recalling its resolution 75/1, and A/RES/ES-11/1,

Recalling also Human Rights Council resolution 55/1,

1. Welcomes the report requested in resolution 75/999;

2. Decides to remain seized of the matter.
`;

const value = (h: rpc.Hover | null): string => ((h?.contents as rpc.MarkupContent | undefined)?.value ?? '').replace(/\\/g, '');

describe('catalog of resolutions, with no settings', function () {
  let client: Client;
  let sc: string;
  let ga: string;
  before(async () => {
    client = await startClient();
    sc = await client.open('sc.unres', SC_DRAFT);
    ga = await client.open('ga.unres', GA_DRAFT);
  });
  after(async () => client.stop());

  const hover = async (uri: string, text: string, needle: string, delta: number): Promise<string> =>
    value(await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, delta) }));

  it('hovers a Security Council resolution with its subject, adoption, vote, Chapter VII, sponsors and link', async () => {
    const h = await hover(sc, SC_DRAFT, 'resolution 2374 (2017)', 12);
    assert.match(h, /\*\*S\/RES\/2374 \(2017\)\*\* — Security Council resolution/);
    assert.match(h, /_The situation in Mali_ — on sanctions against individuals and entities threatening the peace and reconciliation in Mali/);
    assert.match(h, /Adopted 5 September 2017, 8040th meeting; 15 in favour, adopted unanimously, under Chapter VII of the Charter\./);
    assert.match(h, /Draft S\/2017\/748; 1 sponsor: France\./);
    assert.match(h, /https:\/\/undocs\.org\/en\/S\/RES\/2374\(2017\)/);
    assert.doesNotMatch(h, /add a resolution library/);
  });

  it('hovers "General Assembly resolution 75/1" and "its resolution 75/1" with the title, agenda item and "without a vote"', async () => {
    for (const [uri, text, needle] of [
      [sc, SC_DRAFT, 'General Assembly resolution 75/1'],
      [ga, GA_DRAFT, 'its resolution 75/1'],
    ] as const) {
      const h = await hover(uri, text, needle, needle.length - 2);
      assert.match(h, /\*\*A\/RES\/75\/1\*\* — General Assembly resolution/);
      assert.match(h, /_Declaration on the commemoration of the seventy-fifth anniversary of the United Nations_/);
      assert.match(h, /Agenda item 128 \(a\): Strengthening of the United Nations system/);
      assert.match(h, /Adopted 21 September 2020, 3rd plenary meeting; adopted without a vote\./);
      assert.match(h, /Draft A\/75\/L\.1; submitted by the President of the General Assembly\./);
    }
  });

  it('hovers the symbol "A/RES/ES-11/1" with its recorded vote', async () => {
    const h = await hover(ga, GA_DRAFT, 'A/RES/ES-11/1', 4);
    assert.match(h, /_Aggression against Ukraine_/);
    assert.match(h, /Adopted 2 March 2022, 1st plenary meeting; recorded vote 141-5-35\./);
  });

  it('hovers "Human Rights Council resolution 55/1" with its recorded vote and the first sponsors', async () => {
    const h = await hover(ga, GA_DRAFT, 'Human Rights Council resolution 55/1', 34);
    assert.match(h, /\*\*A\/HRC\/RES\/55\/1\*\* — Human Rights Council resolution/);
    assert.match(h, /_Advancing human rights in South Sudan_/);
    assert.match(h, /Adopted 3 April 2024, 53rd meeting; recorded vote 21-8-18\./);
    assert.match(h, /27 sponsors: Albania, Andorra, Belgium and 24 more\./);
  });

  it('flags a General Assembly number beyond the last of its session, and no known one', async () => {
    const diags = (await client.waitForDiagnostics(ga)).filter((d) => d.code === 'ref/unknown-document');
    assert.deepEqual(
      diags.map((d) => [d.message, d.range.start]),
      [["No General Assembly resolution 75/999 is known: the last known of session 75 is 75/328.", positionOf(GA_DRAFT, 'resolution 75/999')]],
    );
    assert.deepEqual((await client.waitForDiagnostics(sc)).filter((d) => d.code === 'ref/unknown-document'), []);
  });

  it('completes "resolution 237" with the catalog’s Security Council resolutions and their subjects', async () => {
    const draft = 'The Security Council,\n\n1. Recalls resolution 237\n';
    const uri = await client.open('complete.unres', draft);
    const items = (await client.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 25 } })) as rpc.CompletionItem[];
    const item = items.find((i) => i.label === '2374 (2017)');
    assert.equal(item?.detail, 'The situation in Mali');
    assert.ok(items.every((i) => /^237\d* \(\d{4}\)$/.test(i.label)), items.map((i) => i.label).join());
  });
});

describe('catalog of resolutions: inlay hints', () => {
  it('shows the subject of SC citations and the title of GA citations with no library', async () => {
    const client = await startClient({ inlayHints: { subjects: true } });
    try {
      const uri = await client.open('hints.unres', SC_DRAFT);
      await client.waitForDiagnostics(uri);
      const hints = (await client.connection.sendRequest(rpc.InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } })) ?? [];
      assert.deepEqual(
        hints.map((h) => h.label),
        [' The situation in Mali', ' Declaration on the commemoration of the seventy-fifth…'],
      );
    } finally {
      await client.stop();
    }
  });
});
