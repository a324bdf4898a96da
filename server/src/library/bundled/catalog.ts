/**
 * The catalog shipped with unres (`data/un-resolutions.jsonl`, built by `npm run catalog`): every Security
 * Council resolution and the General Assembly and Human Rights Council resolutions of recent sessions,
 * metadata only. Read on first use; each line is parsed when its symbol is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LibraryDocument, LibraryView } from '../../core/library';
import { normalizeSymbol } from '../catalog';
import { lastOfSessions, type CatalogEntry, type CatalogHeader } from './build';

export const CATALOG_FILE = 'data/un-resolutions.jsonl';

const OUTCOMES: Record<NonNullable<CatalogEntry['o']>, LibraryDocument['outcome']> = { u: 'unanimous', nv: 'without-vote', rv: 'recorded-vote', v: 'vote' };

/** The catalog file beside the code: the package root is an ancestor of both out/… and dist/. */
export function findCatalogFile(from: string = __dirname): string | null {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const p = join(dir, CATALOG_FILE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

export function documentOf(e: CatalogEntry): LibraryDocument {
  return {
    symbol: e.s,
    title: e.t,
    subject: e.a,
    agendaItem: e.i,
    date: e.d,
    meeting: e.m,
    votes: e.v ? { inFavour: e.v[0], against: e.v[1], abstaining: e.v[2] } : undefined,
    outcome: e.o ? OUTCOMES[e.o] : undefined,
    chapterVII: e.c7 === 1 ? true : undefined,
    draft: e.dr,
    sponsors: e.sp,
    sponsorCount: e.ns,
    committee: e.cm,
  };
}

interface Loaded {
  readonly header: CatalogHeader | null;
  /** The unparsed line of each symbol. */
  readonly lines: Map<string, string>;
  readonly parsed: Map<string, LibraryDocument>;
  readonly sessions: Map<string, number>;
  readonly maxSc: number;
}

const SYMBOL_AT = '{"s":"';

function load(text: string): Loaded {
  const lines = new Map<string, string>();
  let header: CatalogHeader | null = null;
  let maxSc = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(SYMBOL_AT)) {
      if (line.startsWith('{"format"')) header = JSON.parse(line) as CatalogHeader;
      continue;
    }
    const symbol = line.slice(SYMBOL_AT.length, line.indexOf('"', SYMBOL_AT.length));
    lines.set(symbol, line);
    if (symbol.startsWith('S/RES/')) maxSc = Math.max(maxSc, parseInt(symbol.slice(6), 10) || 0);
  }
  return { header, lines, parsed: new Map(), sessions: lastOfSessions(lines.keys()), maxSc };
}

export class BundledCatalog implements LibraryView {
  private loaded: Loaded | null = null;

  /** `read` gives the file's text (by default the file shipped with unres; empty when it is missing). */
  constructor(private readonly read: () => string = readShipped) {}

  private get data(): Loaded {
    this.loaded ??= load(this.read());
    return this.loaded;
  }

  get header(): CatalogHeader | null {
    return this.data.header;
  }

  get size(): number {
    return this.data.lines.size;
  }

  get(symbol: string): LibraryDocument | null {
    const s = normalizeSymbol(symbol);
    const d = this.data;
    let doc = d.parsed.get(s);
    if (!doc) {
      const line = d.lines.get(s);
      if (!line) return null;
      doc = documentOf(JSON.parse(line) as CatalogEntry);
      d.parsed.set(s, doc);
    }
    return doc;
  }

  get maxScNumber(): number {
    return this.data.maxSc;
  }

  lastOfSession(prefix: string): number | null {
    return this.data.sessions.get(prefix) ?? null;
  }

  *entries(): Iterable<LibraryDocument> {
    for (const s of this.data.lines.keys()) yield this.get(s)!;
  }
}

function readShipped(): string {
  const path = findCatalogFile();
  try {
    return path ? readFileSync(path, 'utf8') : '';
  } catch {
    return '';
  }
}
