/** Hover on a citation of another document: what the view knows, written as a drafter reads it. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { hover } from '../../../server/src/core/features/hover';
import { voteText } from '../../../server/src/core/features/documentHover';
import type { LibraryDocument, LibraryView } from '../../../server/src/core/library';

const DRAFT = 'The Security Council,\n\nRecalling its resolution 9003 (2026) and paragraph 4 of resolution 9004 (2026),\n\n1. Decides to remain seized of the matter.\n';

function view(docs: LibraryDocument[], hasTexts: boolean): LibraryView {
  return { get: (s) => docs.find((d) => d.symbol === s) ?? null, maxScNumber: 9004, entries: () => docs, hasTexts };
}

const at = (needle: string, library: LibraryView): string => {
  const m = parse(DRAFT);
  return hover(m, DRAFT.indexOf(needle) + needle.length - 3, library)?.markdown.replace(/\\/g, '') ?? '';
};

describe('document hover', () => {
  const split: LibraryDocument = { symbol: 'S/RES/9003 (2026)', subject: 'Non-proliferation', date: '3 March 2026', meeting: '9912th meeting', votes: { inFavour: 13, against: 0, abstaining: 2 }, outcome: 'vote', draft: 'S/2026/99', sponsors: ['Arcadia', 'Borduria', 'Carpania', 'Syldavia'], sponsorCount: 6 };

  it('writes votes the way the UN reports them', () => {
    assert.equal(voteText(split), '13 in favour, none against, 2 abstentions');
    assert.equal(voteText({ symbol: 'x', outcome: 'unanimous', votes: { inFavour: 15, against: 0, abstaining: 0 } }), '15 in favour, adopted unanimously');
    assert.equal(voteText({ symbol: 'x', outcome: 'without-vote' }), 'adopted without a vote');
    assert.equal(voteText({ symbol: 'x', outcome: 'recorded-vote', votes: { inFavour: 120, against: 10, abstaining: 35 } }), 'recorded vote 120-10-35');
    assert.equal(voteText({ symbol: 'x', outcome: 'vote', votes: { inFavour: 12, against: 1, abstaining: 1 } }), '12 in favour, 1 against, 1 abstention');
    assert.equal(voteText({ symbol: 'x', vote: 'adopted unanimously' }), 'adopted unanimously', 'a library catalog’s own words');
  });

  it('shows the subject, adoption, vote, draft and the first sponsors', () => {
    const h = at('resolution 9003', view([split], false));
    assert.match(h, /_Non-proliferation_/);
    assert.match(h, /Adopted 3 March 2026, 9912th meeting; 13 in favour, none against, 2 abstentions\./);
    assert.match(h, /Draft S\/2026\/99; 6 sponsors: Arcadia, Borduria, Carpania and 3 more\./);
    assert.doesNotMatch(h, /add a resolution library/);
  });

  it('suggests a library for a cited paragraph only when none is configured', () => {
    const cited: LibraryDocument = { symbol: 'S/RES/9004 (2026)', subject: 'Arcadia' };
    assert.match(at('resolution 9004', view([cited], false)), /Cites paragraph 4 of that document\.[\s\S]*add a resolution library: command "unres: Add a resolution library folder…"/);
    assert.doesNotMatch(at('resolution 9004', view([cited], true)), /add a resolution library/);
    assert.match(at('resolution 9004', view([], false)), /To see this document here, add a resolution library/);
  });
});
