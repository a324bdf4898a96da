/**
 * Hover on a citation of another document: what the catalog and the library know of it (subject, adoption,
 * vote, sponsors), the cited paragraphs in the draft's language when the library holds them, the link.
 */
import type { DocumentKind, DocumentReference } from '../model';
import type { LibraryDocument, LibraryView } from '../library';
import { escapeMarkdown, link } from '../markdown';
import { shorten } from '../text';
import { officialUrl } from './links';
import { scYearOf } from '../scYears';
import { translator, type MessageKey, type Translate } from '../messages';

const KIND_NAMES = {
  'sc-resolution': 'hover.kind.scResolution',
  'ga-resolution': 'hover.kind.gaResolution',
  'hrc-resolution': 'hover.kind.hrcResolution',
  'presidential-statement': 'hover.kind.presidentialStatement',
  'meeting-record': 'hover.kind.meetingRecord',
  document: 'hover.kind.document',
} as const satisfies Record<DocumentKind, MessageKey>;

const MAX_TEXT = 600;
const SPONSORS_SHOWN = 3;

/** "15 in favour, adopted unanimously", "adopted without a vote", "recorded vote 120-10-35". */
export function voteText(doc: LibraryDocument, t: Translate = translator()): string | undefined {
  const v = doc.votes;
  switch (doc.outcome) {
    case 'without-vote':
      return t('vote.withoutVote');
    case 'recorded-vote':
      return v ? t('vote.recorded', { for: v.inFavour, against: v.against, abstaining: v.abstaining }) : t('vote.recordedNoCounts');
    case 'unanimous':
      return v ? t('vote.unanimousCounts', { for: v.inFavour }) : t('vote.unanimous');
    case 'vote':
      if (v) return t('vote.counts', { for: v.inFavour, against: v.against === 0 ? t('vote.none') : v.against, abstaining: t(v.abstaining === 1 ? 'vote.abstention' : 'vote.abstentions', { count: v.abstaining }) });
  }
  return doc.vote;
}

function about(ref: DocumentReference, doc: LibraryDocument): string[] {
  if (ref.docKind === 'sc-resolution' || !doc.agendaItem) {
    const parts = [doc.subject && `_${escapeMarkdown(doc.subject)}_`, doc.title && escapeMarkdown(doc.title)].filter(Boolean);
    return parts.length > 0 ? [parts.join(' — ')] : [];
  }
  const agenda = `${doc.agendaItem}${doc.subject ? `: ${doc.subject}` : ''}${doc.committee ? ` (${doc.committee})` : ''}`;
  return [doc.title ? `_${escapeMarkdown(doc.title)}_` : '', escapeMarkdown(agenda)].filter(Boolean);
}

function adoption(doc: LibraryDocument, t: Translate): string | null {
  const when = [doc.date, doc.meeting].filter(Boolean).join(', ');
  const vote = voteText(doc, t);
  if (!when && !vote) return null;
  const said = when ? (vote ? t('hover.adoptedVote', { when, vote }) : t('hover.adopted', { when })) : `${vote!.charAt(0).toUpperCase()}${vote!.slice(1)}`;
  return `${escapeMarkdown(said)}${doc.chapterVII ? t('hover.chapterVII') : ''}.`;
}

function sponsors(doc: LibraryDocument, t: Translate): string | null {
  const names = doc.sponsors ?? [];
  if (names.length === 0) return null;
  const count = Math.max(doc.sponsorCount ?? names.length, names.length);
  const shown = names.slice(0, SPONSORS_SHOWN).join(', ');
  const list = count > SPONSORS_SHOWN ? t('hover.andMore', { names: shown, more: count - SPONSORS_SHOWN }) : shown;
  const draft = doc.draft ? t('hover.draft', { draft: doc.draft }) : '';
  // "Submitted by the President of the General Assembly" is no sponsor: it says who submitted the draft.
  if (count === 1 && /^submitted by /i.test(names[0])) return escapeMarkdown(draft ? `${draft}${names[0].charAt(0).toLowerCase()}${names[0].slice(1)}.` : `${names[0]}.`);
  return escapeMarkdown(`${draft}${t(count === 1 ? 'hover.sponsor' : 'hover.sponsors', { count, names: list })}.`);
}

export function documentHover(ref: DocumentReference, library: LibraryView | undefined, language?: string, t: Translate = translator()): string {
  const doc = library?.get(ref.symbol, language) ?? null;
  const lines = [`**${escapeMarkdown(ref.symbol)}** — ${t(KIND_NAMES[ref.docKind])}`];
  if (doc) {
    for (const l of [...about(ref, doc), adoption(doc, t), sponsors(doc, t)]) if (l) lines.push('', l);
  } else if (ref.docKind === 'sc-resolution' && ref.number !== null) {
    const year = scYearOf(ref.number);
    if (year) lines.push('', t('hover.adoptedIn', { year }));
  }
  const texts = library?.hasTexts === true;
  const label = (p: { label: string }): string => p.label.split(' ')[0];
  if (ref.paragraphs.length > 0) {
    for (const p of ref.paragraphs) {
      const text = doc?.paragraphs?.find((x) => x.label === label(p))?.text;
      lines.push('', text ? t('hover.citedParagraph', { number: escapeMarkdown(label(p)), text: escapeMarkdown(shorten(text, MAX_TEXT)) }) : t('hover.citesParagraph', { label: escapeMarkdown(p.label) }));
    }
  } else if (doc?.paragraphs?.[0]) lines.push('', `1\\. ${escapeMarkdown(shorten(doc.paragraphs[0].text, MAX_TEXT))}`);
  lines.push('', link(t('hover.official'), officialUrl(ref)));
  // Only when no library is configured: with one, a document it lacks is simply not there.
  if (!texts && (!doc || ref.paragraphs.length > 0)) lines.push('', t(doc ? 'hover.addLibraryParagraphs' : 'hover.addLibrary'));
  return lines.join('\n');
}
