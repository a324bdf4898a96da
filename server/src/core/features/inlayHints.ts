/** Inlay hints (off by default): the subject of each cited resolution, after the citation. */
import type { Resolution } from '../model';
import type { LibraryView } from '../library';
import { shorten } from '../text';

export function inlayHints(model: Resolution, library: LibraryView): { offset: number; label: string }[] {
  const out: { offset: number; label: string }[] = [];
  for (const r of model.references) {
    if (r.kind !== 'document') continue;
    const doc = library.get(r.symbol);
    // The Security Council's agenda item says what a resolution is about; an Assembly resolution's title does.
    const subject = r.docKind === 'sc-resolution' ? (doc?.subject ?? doc?.title) : (doc?.title ?? doc?.subject);
    if (subject) out.push({ offset: r.span.end, label: ` ${shorten(subject, 60)}` });
  }
  return out;
}
