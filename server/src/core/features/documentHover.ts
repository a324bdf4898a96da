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

const KIND_NAMES: Record<DocumentKind, string> = {
  'sc-resolution': 'Security Council resolution',
  'ga-resolution': 'General Assembly resolution',
  'hrc-resolution': 'Human Rights Council resolution',
  'presidential-statement': 'Statement by the President of the Security Council',
  'meeting-record': 'Security Council meeting record',
  document: 'United Nations document',
};

const MAX_TEXT = 600;
const SPONSORS_SHOWN = 3;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "15 in favour, adopted unanimously", "adopted without a vote", "recorded vote 120-10-35". */
export function voteText(doc: LibraryDocument): string | undefined {
  const v = doc.votes;
  switch (doc.outcome) {
    case 'without-vote':
      return 'adopted without a vote';
    case 'recorded-vote':
      return v ? `recorded vote ${v.inFavour}-${v.against}-${v.abstaining}` : 'adopted by a recorded vote';
    case 'unanimous':
      return v ? `${v.inFavour} in favour, adopted unanimously` : 'adopted unanimously';
    case 'vote':
      if (v) return `${v.inFavour} in favour, ${v.against === 0 ? 'none' : v.against} against, ${plural(v.abstaining, 'abstention', 'abstentions')}`;
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

function adoption(doc: LibraryDocument): string | null {
  const when = [doc.date, doc.meeting].filter(Boolean).join(', ');
  const vote = voteText(doc);
  if (!when && !vote) return null;
  const said = when ? `Adopted ${when}${vote ? `; ${vote}` : ''}` : `${vote!.charAt(0).toUpperCase()}${vote!.slice(1)}`;
  return `${escapeMarkdown(said)}${doc.chapterVII ? ', under Chapter VII of the Charter' : ''}.`;
}

function sponsors(doc: LibraryDocument): string | null {
  const names = doc.sponsors ?? [];
  if (names.length === 0) return null;
  const count = Math.max(doc.sponsorCount ?? names.length, names.length);
  const shown = names.slice(0, SPONSORS_SHOWN).join(', ');
  const more = count > SPONSORS_SHOWN ? ` and ${count - SPONSORS_SHOWN} more` : '';
  const draft = doc.draft ? `Draft ${doc.draft}; ` : '';
  // "Submitted by the President of the General Assembly" is no sponsor: it says who submitted the draft.
  if (count === 1 && /^submitted by /i.test(names[0])) return escapeMarkdown(draft ? `${draft}${names[0].charAt(0).toLowerCase()}${names[0].slice(1)}.` : `${names[0]}.`);
  return escapeMarkdown(`${draft}${plural(count, 'sponsor', 'sponsors')}: ${shown}${more}.`);
}

export function documentHover(ref: DocumentReference, library: LibraryView | undefined, language?: string): string {
  const doc = library?.get(ref.symbol, language) ?? null;
  const lines = [`**${escapeMarkdown(ref.symbol)}** — ${KIND_NAMES[ref.docKind]}`];
  if (doc) {
    for (const l of [...about(ref, doc), adoption(doc), sponsors(doc)]) if (l) lines.push('', l);
  } else if (ref.docKind === 'sc-resolution' && ref.number !== null) {
    const year = scYearOf(ref.number);
    if (year) lines.push('', `Adopted in ${year}.`);
  }
  const texts = library?.hasTexts === true;
  const label = (p: { label: string }): string => p.label.split(' ')[0];
  if (ref.paragraphs.length > 0) {
    for (const p of ref.paragraphs) {
      const text = doc?.paragraphs?.find((x) => x.label === label(p))?.text;
      lines.push('', text ? `Paragraph ${escapeMarkdown(label(p))}: ${escapeMarkdown(shorten(text, MAX_TEXT))}` : `Cites paragraph ${escapeMarkdown(p.label)} of that document.`);
    }
  } else if (doc?.paragraphs?.[0]) lines.push('', `1\\. ${escapeMarkdown(shorten(doc.paragraphs[0].text, MAX_TEXT))}`);
  lines.push('', link('Official document', officialUrl(ref)));
  // Only when no library is configured: with one, a document it lacks is simply not there.
  if (!texts && (!doc || ref.paragraphs.length > 0)) {
    lines.push('', `_To see ${doc ? 'the text of the cited paragraphs' : 'this document'} here, add a resolution library: command "unres: Add a resolution library folder…", setting \`unres.library.paths\`, or \`--library\` on the command line._`);
  }
  return lines.join('\n');
}
