/**
 * The catalog shipped with unres (`data/un-resolutions.jsonl`, built by `npm run catalog`): every Security
 * Council resolution and the General Assembly and Human Rights Council resolutions of recent sessions,
 * metadata only. Read on first use; each line is parsed when its symbol is asked for.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LibraryDocument, LibraryView } from '../../core/library';
import { normalizeSymbol } from '../catalog';
import type { CatalogEntry, CatalogHeader } from './build';

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

const SYMBOL_AT = '{"s":"';

/** A damaged file answers nothing rather than failing a check or a hover. */
function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** The header says what the checks ask (the last numbers); the lines are indexed when a document is asked for. */
export class BundledCatalog implements LibraryView {
  private text: string | null = null;
  private head: CatalogHeader | null | undefined;
  private lines: Map<string, string> | null = null;
  private readonly parsed = new Map<string, LibraryDocument>();

  /**
   * `read` gives the file's text, or at least its first line when `headerOnly` (by default the file
   * shipped with unres; empty when it is missing). The checks need only the header.
   */
  constructor(private readonly read: (headerOnly: boolean) => string = readShipped) {}

  private get raw(): string {
    this.text ??= this.read(false);
    return this.text;
  }

  get header(): CatalogHeader | null {
    if (this.head === undefined) {
      const first = (this.text ?? this.read(true)).split('\n', 1)[0];
      this.head = first.startsWith('{"format"') ? (parseJson(first) as CatalogHeader | null) : null;
    }
    return this.head;
  }

  private get index(): Map<string, string> {
    if (!this.lines) {
      this.lines = new Map();
      for (const line of this.raw.split('\n')) {
        if (line.startsWith(SYMBOL_AT)) this.lines.set(line.slice(SYMBOL_AT.length, line.indexOf('"', SYMBOL_AT.length)), line);
      }
    }
    return this.lines;
  }

  get size(): number {
    return this.index.size;
  }

  get(symbol: string): LibraryDocument | null {
    const s = normalizeSymbol(symbol);
    let doc = this.parsed.get(s);
    if (!doc) {
      const entry = parseJson(this.index.get(s) ?? '') as CatalogEntry | null;
      if (!entry) return null;
      doc = documentOf(entry);
      this.parsed.set(s, doc);
    }
    return doc;
  }

  get maxScNumber(): number {
    return this.header?.lastSc ?? 0;
  }

  lastOfSession(prefix: string): number | null {
    return this.header?.lastOfSession[prefix] ?? null;
  }

  *entries(): Iterable<LibraryDocument> {
    for (const s of this.index.keys()) yield this.get(s)!;
  }
}

const HEADER_BYTES = 16 * 1024;

/** The shipped file, or only its beginning (the header line is about 1 KB). */
function readShipped(headerOnly: boolean): string {
  const path = findCatalogFile();
  try {
    if (!path) return '';
    if (!headerOnly) return readFileSync(path, 'utf8');
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(HEADER_BYTES);
      return buffer.toString('utf8', 0, readSync(fd, buffer, 0, HEADER_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}
