/**
 * What the server and the CLI give the core: the resolution library (full texts, local catalogs) over the
 * catalog shipped with unres. A library document's own fields win; the shipped catalog fills in the rest,
 * so every citation is known from the first second, with no settings.
 */
import type { LibraryDocument, LibraryView } from '../core/library';
import type { Precedent, SearchOptions } from '../core/agreed/search';
import { copyFields, withFields } from './store';

/** `over`'s fields that are set, on `base`; a library document's paragraphs stay unread until asked for. */
function merge(base: LibraryDocument, over: LibraryDocument): LibraryDocument {
  const out = withFields(base, {});
  copyFields(out, over, false);
  return out;
}

export class LayeredView implements LibraryView {
  /** Set while a library is configured, even before its index is ready: hovers then never ask for one. */
  libraryConfigured = false;

  constructor(
    private readonly catalog: LibraryView,
    private readonly library: () => LibraryView | null = () => null,
  ) {}

  get(symbol: string, language?: string): LibraryDocument | null {
    const own = this.library()?.get(symbol, language) ?? null;
    const known = this.catalog.get(symbol);
    return own && known ? merge(known, own) : (own ?? known);
  }

  get maxScNumber(): number {
    return Math.max(this.catalog.maxScNumber, this.library()?.maxScNumber ?? 0);
  }

  /** Only sessions the catalog judges (closed ones); the library may know later numbers of them. */
  lastOfSession(prefix: string): number | null {
    const known = this.catalog.lastOfSession?.(prefix) ?? null;
    return known === null ? null : Math.max(known, this.library()?.lastOfSession?.(prefix) ?? 0);
  }

  /** Agreed language comes from the library's texts; the catalog holds none. */
  precedents(text: string, options?: SearchOptions): Precedent[] {
    return this.library()?.precedents?.(text, options) ?? [];
  }

  get hasTexts(): boolean {
    return this.libraryConfigured || (this.library()?.hasTexts ?? false);
  }

  *entries(): Iterable<LibraryDocument> {
    const lib = this.library();
    const seen = new Set<string>();
    for (const d of lib?.entries() ?? []) {
      seen.add(d.symbol);
      yield this.get(d.symbol) ?? d;
    }
    for (const d of this.catalog.entries()) if (!seen.has(d.symbol)) yield d;
  }
}
