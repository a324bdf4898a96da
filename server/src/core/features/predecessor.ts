/**
 * Which resolution a draft renews: the latest earlier resolution of the library on the same agenda item,
 * else the resolutions the draft recalls, newest first. Pure: the model and the library view.
 */
import type { LibraryDocument, LibraryView } from '../library';
import type { Resolution } from '../model';

export interface Predecessor {
  readonly symbol: string;
  readonly uri: string;
  readonly date?: string;
  readonly subject?: string;
  readonly reason: 'same agenda item' | 'recalled by the draft';
}

const SYMBOL_ORDER = /^(S\/RES\/|A\/RES\/|A\/HRC\/RES\/)(\d+)(?:\/(\d+))?(?: \((\d{4})\))?/;

/** Organ and a number that grows with time: S/RES/2584 (2021) → 2584; A/RES/75/1 → 75 000 001. */
function orderOf(symbol: string): { organ: string; n: number } | null {
  const m = SYMBOL_ORDER.exec(symbol);
  if (!m) return null;
  return { organ: m[1], n: m[3] ? Number(m[2]) * 1_000_000 + Number(m[3]) : Number(m[2]) };
}

function withText(d: LibraryDocument | null): d is LibraryDocument & { location: NonNullable<LibraryDocument['location']> } {
  return !!d && !!d.location && (d.paragraphs?.length ?? 0) > 0;
}

/** Candidates best first, each once. */
export function predecessors(model: Resolution, library: LibraryView): Predecessor[] {
  const own = model.symbol ? orderOf(model.symbol) : null;
  const earlier = (d: LibraryDocument): boolean => {
    const o = orderOf(d.symbol);
    return !own || (!!o && o.organ === own.organ && o.n < own.n);
  };
  const newestFirst = (a: LibraryDocument, b: LibraryDocument): number => (orderOf(b.symbol)?.n ?? 0) - (orderOf(a.symbol)?.n ?? 0);
  const recalled = [...new Set(model.references.flatMap((r) => (r.kind === 'document' ? [r.symbol] : [])))]
    .map((s) => library.get(s))
    .filter(withText)
    .filter((d) => d.symbol !== model.symbol && earlier(d))
    .sort(newestFirst);
  // The agenda item: the draft's own when the library knows it, else that of the latest resolution it recalls.
  const subject = (model.symbol ? library.get(model.symbol)?.subject : undefined) ?? recalled.find((d) => d.subject)?.subject;
  const sameItem = subject
    ? [...library.entries()].filter((d) => d.subject === subject && d.symbol !== model.symbol && earlier(d)).filter(withText).sort(newestFirst)
    : [];
  const out: Predecessor[] = [];
  const seen = new Set<string>();
  const add = (d: LibraryDocument & { location: { uri: string } }, reason: Predecessor['reason']): void => {
    if (seen.has(d.symbol)) return;
    seen.add(d.symbol);
    out.push({ symbol: d.symbol, uri: d.location.uri, date: d.date, subject: d.subject, reason });
  };
  if (sameItem[0]) add(sameItem[0], 'same agenda item');
  for (const d of recalled) add(d, 'recalled by the draft');
  for (const d of sameItem) add(d, 'same agenda item');
  return out;
}
