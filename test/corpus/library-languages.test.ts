/**
 * The UN's own XML as a library: the Security Council's 2021 resolutions in six languages side by side (as
 * in a clone of UNxml/SCresolutions), the General Assembly's 75th session and the Human Rights Council's
 * folders. Skips without the corpus.
 */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as rpc from 'vscode-languageserver-protocol/node';
import { ResolutionLibrary } from '../../server/src/library';
import { CORPUS, UNXML, skipWithoutCorpus } from '../helpers/corpus';
import { positionOf, startClient, type Client } from '../helpers/lspClient';

const LANGUAGES = join(CORPUS, 'UNxml-SC-2021-languages');
const GA = join(CORPUS, 'UNxml-GAresolutions/75session');
const HRC = join(CORPUS, 'UNxml-HRCresolutions');
const ROOTS = [LANGUAGES, join(UNXML, '2021'), GA, HRC];

describe('corpus: the UN’s XML in six languages, and a General Assembly session, as a library', function () {
  this.timeout(120000);
  let client: Client;
  before(async function () {
    skipWithoutCorpus(this, LANGUAGES);
    skipWithoutCorpus(this, GA);
    client = await startClient({ library: { paths: ROOTS } });
  });
  after(async () => client?.stop());

  /** Hovers until the text shows up: indexing the corpus may take longer than a hover waits. */
  const hoverUntil = async (draft: string, needle: string, delta: number, expected: RegExp): Promise<string> => {
    const uri = await client.open('draft.unres', draft);
    const deadline = Date.now() + 60000;
    for (;;) {
      const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: positionOf(draft, needle, delta) });
      const value = ((h?.contents as rpc.MarkupContent | undefined)?.value ?? '').replace(/\\/g, '');
      if (expected.test(value) || Date.now() > deadline) return value;
      await new Promise((r) => setTimeout(r, 300));
    }
  };

  it('keeps one text per symbol and language, read from the XML’s metadata', async () => {
    const lib = new ResolutionLibrary();
    await lib.index([LANGUAGES, join(UNXML, '2021')]);
    const second = (language: string): string | undefined => lib.get('S/RES/2584 (2021)', language)?.paragraphs?.[1]?.text;
    assert.match(second('en')!, /^Calls on the Malian Transition Government/);
    assert.match(second('fr')!, /^Demande au Gouvernement de transition malien/);
    assert.match(second('es')!, /^Exhorta al Gobierno de Transición de Malí/);
    assert.match(second('ru')!, /^призывает переходное правительство Мали/);
    assert.match(second('ar')!, /^يدعو الحكومة الانتقالية في مالي/);
    assert.match(second('zh')!, /^促请马里过渡政府/);
    assert.match(second('de')!, /^Calls on the Malian Transition Government/, 'a language the library lacks: English');
  });

  it('shows a French draft the French paragraph of a cited resolution', async () => {
    const draft = 'Le Conseil de sécurité,\n\n1. Rappelle le paragraphe 2 de sa résolution 2584 (2021) ;\n';
    assert.match(await hoverUntil(draft, 'paragraphe 2', 11, /Demande au Gouvernement/), /Paragraph 2: Demande au Gouvernement de transition malien d’organiser des élections/);
  });

  it('hovers "paragraph 5 of resolution 75/1" with that paragraph of the General Assembly’s XML', async () => {
    const draft = 'The General Assembly,\n\n1. Recalls paragraph 5 of resolution 75/1;\n';
    const value = await hoverUntil(draft, 'paragraph 5', 10, /Paragraph 5:/);
    assert.match(value, /Paragraph 5: Our challenges are interconnected and can only be addressed through reinvigorated multilateralism/);
    assert.match(value, /_Declaration on the commemoration of the seventy-fifth anniversary of the United Nations_/);
  });

  it('hovers "paragraph 3 of Human Rights Council resolution 55/1" with that paragraph', async () => {
    const draft = 'The Human Rights Council,\n\n1. Recalls paragraph 3 of Human Rights Council resolution 55/1;\n';
    assert.match(await hoverUntil(draft, 'paragraph 3', 10, /Paragraph 3:/), /Paragraph 3: Welcomes and expresses its appreciation to the Government of South Sudan/);
  });
});
