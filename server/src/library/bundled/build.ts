/**
 * Builds the catalog shipped with unres (`data/un-resolutions.jsonl`) from the UN's public metadata: the
 * CSV of every Security Council resolution and the `data_extract/*.json` files of the UNxml
 * repositories (SC, GA, HRC). Pure: file contents in, the catalog's text out; `scripts/build-catalog.mjs`
 * reads the files and writes the result, and a test rebuilds it and compares.
 *
 * The file is JSON lines: a header object (format, provenance), then one object a resolution with
 * short keys (see `CatalogEntry`), Security Council first by number, then the General Assembly and the
 * Human Rights Council by session and number.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { normalizeSymbol } from '../catalog';

/** One resolution, with short keys to keep the file small; absent fields are omitted. */
export interface CatalogEntry {
  /** Symbol: "S/RES/2374 (2017)", "A/RES/75/1", "A/HRC/RES/55/1". */
  readonly s: string;
  /** Title (SC: the library's bracketed description without the symbol). */
  readonly t?: string;
  /** Agenda item name or topic ("The situation in Mali"). */
  readonly a?: string;
  /** Agenda item number (GA, HRC): "Agenda item 128 (a)". */
  readonly i?: string;
  /** Adoption date as the UN writes it: "5 September 2017". */
  readonly d?: string;
  /** Meeting: "8040th meeting", "3rd plenary meeting". */
  readonly m?: string;
  /** Vote counts: in favour, against, abstaining. */
  readonly v?: readonly [number, number, number];
  /** Outcome: u unanimous, nv without a vote, rv recorded vote, v adopted by a vote. */
  readonly o?: 'u' | 'nv' | 'rv' | 'v';
  /** Adopted under Chapter VII of the Charter (SC, as the data says). */
  readonly c7?: 1;
  /** Draft resolution symbol. */
  readonly dr?: string;
  /** The first sponsors, as the data writes them. */
  readonly sp?: readonly string[];
  /** Number of sponsors (with additional sponsors). */
  readonly ns?: number;
  /** Main Committee (GA). */
  readonly cm?: string;
}

export interface CatalogSources {
  /** `catalogs/sc-resolutions-1946-2026.csv`. */
  readonly scCsv: string;
  /** The data_extract files: name (for ordering) and text. */
  readonly sc: readonly { readonly name: string; readonly text: string }[];
  readonly ga: readonly { readonly name: string; readonly text: string }[];
  readonly hrc: readonly { readonly name: string; readonly text: string }[];
}

export interface CatalogHeader {
  readonly format: 'unres-catalog/1';
  readonly source: string;
  readonly generated: string;
  readonly acknowledgement: string;
  readonly counts: { readonly sc: number; readonly ga: number; readonly hrc: number };
  /** The highest Security Council resolution number. */
  readonly lastSc: number;
  /** The highest number of each closed General Assembly and Human Rights Council session ("A/RES/75": 328), see `closedSessions`. */
  readonly lastOfSession: Readonly<Record<string, number>>;
}

const FIRST_SPONSORS = 5;

export const ACKNOWLEDGEMENT = 'Source: United Nations (UN Digital Library and the UNxml repositories SCresolutions, GAresolutions, HRCresolutions).';

/** A data_extract line as JSON: some files (HRC) wrap their lines in stray quotes. */
export function unwrapLine(raw: string): string {
  let line = raw.trim();
  if (line.startsWith('"{')) line = line.slice(1);
  if (line.endsWith('}"')) line = line.slice(0, -1);
  return line;
}

/** One JSON object a line; bad lines are skipped. */
export function jsonLines(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const raw of text.split('\n')) {
    const line = unwrapLine(raw);
    if (!line.startsWith('{')) continue;
    try {
      const o = JSON.parse(line) as unknown;
      if (o && typeof o === 'object' && typeof (o as Record<string, unknown>).symbol === 'string') out.push(o as Record<string, unknown>);
    } catch {
      // A line that is not JSON is not a record.
    }
  }
  return out;
}

const str = (v: unknown): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(/\s+/g, ' ').trim();
  return s && s !== 'N.A.' ? s : undefined;
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : []);

function counts(o: Record<string, unknown>): [number, number, number] | undefined {
  const n = [o.MS_in_favour_count, o.MS_against_count, o.MS_abstaining_count].map((x) => Number(x));
  return n.every((x) => Number.isInteger(x)) && n[0] > 0 ? [n[0], n[1], n[2]] : undefined;
}

/** "Security Council resolution 2374 (2017) [on sanctions ...]" → "on sanctions ...". */
export function scTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const open = title.indexOf('[on ');
  if (!title.startsWith('Security Council resolution') || open < 0) return title;
  const close = title.indexOf(']', open);
  return title.slice(open + 1, close < 0 ? undefined : close).trim();
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'by', 'for', 'on', 'de', 'du', 'des']);

/** The data writes member States in capitals: "BOLIVIA (PLURINATIONAL STATE OF)" → "Bolivia (Plurinational State of)". */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w.replace(/[()]/g, ''))) return w;
      if (w.startsWith("d'") && i > 0) return `d'${w.charAt(2).toUpperCase()}${w.slice(3)}`;
      const at = w.startsWith('(') ? 1 : 0;
      return `${w.slice(0, at)}${w.charAt(at).toUpperCase()}${w.slice(at + 1)}`;
    })
    .join(' ')
    .replace(/-([a-z])/g, (_m, c: string) => `-${c.toUpperCase()}`);
}

function sponsors(o: Record<string, unknown>): Pick<CatalogEntry, 'sp' | 'ns'> {
  const all = [...strings(o.sponsors), ...strings(o.additional_sponsors)];
  return all.length > 0 ? { sp: all.slice(0, FIRST_SPONSORS).map(displayName), ns: all.length } : {};
}

/** "#fifthCommittee" → "Fifth Committee"; other names as they are. */
function committee(v: unknown): string | undefined {
  const s = str(v);
  const m = s && /^#([a-z]+)Committee$/.exec(s);
  return m ? `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)} Committee` : s;
}

/** "15-0-0", "015--": in favour, against, abstaining. */
function csvVote(vote: string): { v?: [number, number, number]; o?: CatalogEntry['o'] } {
  if (/^adopted unanimously$/i.test(vote)) return { o: 'u' };
  const m = /^(\d+)-(\d*)-(\d*)$/.exec(vote);
  if (!m) return {};
  const v: [number, number, number] = [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)];
  return v[0] > 0 ? { v, o: v[1] === 0 && v[2] === 0 ? 'u' : 'v' } : {};
}

/** 2 → "2nd", 11 → "11th", 8040 → "8040th". */
export function ordinal(n: number): string {
  const teen = Math.floor(n / 10) % 10 === 1;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function compact(e: Record<string, unknown>): CatalogEntry {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as unknown as CatalogEntry;
}

function scEntries(sources: CatalogSources): CatalogEntry[] {
  const extract = new Map<string, Record<string, unknown>>();
  for (const f of sources.sc) for (const o of jsonLines(f.text)) extract.set(normalizeSymbol(o.symbol as string), o);
  const rows = parseCsv(sources.scCsv, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const bySymbol = new Map<string, { n: number; e: CatalogEntry }>();
  for (const r of rows) {
    const n = Number(r.number);
    if (!Number.isInteger(n) || !r.symbol) continue;
    const s = normalizeSymbol(r.symbol);
    const x = extract.get(s);
    const meeting = /^S\/PV\.(\d+)$/.exec(r.meeting ?? '');
    const fromCsv = csvVote(r.vote ?? '');
    const v = x ? (counts(x) ?? fromCsv.v) : fromCsv.v;
    const o = v ? (v[1] === 0 && v[2] === 0 ? 'u' : 'v') : fromCsv.o;
    bySymbol.set(s, {
      n,
      e: compact({
        s,
        t: scTitle(str(r.title) ?? str(x?.resolution_title)),
        a: str(r.agenda_or_topic) ?? str(x?.agenda_item_name),
        d: str(r.adoption_date) ?? str(x?.adoption_date),
        m: meeting ? `${ordinal(Number(meeting[1]))} meeting` : (str(r.meeting) ?? str(x?.adoption_meeting)),
        v,
        o,
        c7: x && str(x.chapter_VII) === 'Chapter VII' ? 1 : undefined,
        dr: str(x?.draft_resolution),
        ...(x ? sponsors(x) : {}),
      }),
    });
  }
  return [...bySymbol.values()].sort((a, b) => a.n - b.n).map((x) => x.e);
}

/** "A/RES/75/1" → session "75" and number 1; "A/RES/ES-11/1" → "ES-11", 1. */
export function sessionOf(symbol: string): { session: string; number: number } | null {
  const m = /^A\/(?:HRC\/)?RES\/((?:ES-|S-)?\d+)\/(\d+)/.exec(symbol);
  return m ? { session: m[1], number: Number(m[2]) } : null;
}

/** The highest resolution number of each General Assembly and Human Rights Council session ("A/RES/75" → 337). */
export function lastOfSessions(symbols: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of symbols) {
    const at = sessionOf(s);
    if (!at) continue;
    const prefix = s.slice(0, s.lastIndexOf('/'));
    out.set(prefix, Math.max(out.get(prefix) ?? 0, at.number));
  }
  return out;
}

/** A session's list is complete when it holds this share of the numbers up to its last. */
const COMPLETE = 0.9;

/**
 * The sessions whose numbers the checks may judge: regular sessions whose list is complete, except the
 * latest of each organ (it may still be adopting). Emergency and special sessions can resume: never judged.
 */
export function closedSessions(symbols: readonly string[]): Map<string, number> {
  const prefixOf = (s: string): string => s.slice(0, s.lastIndexOf('/'));
  // "A/RES/75" → series "A/RES/" and regular session 75 (NaN for "ES-11", "S-32").
  const split = (prefix: string): [string, number] => [prefix.slice(0, prefix.lastIndexOf('/') + 1), Number(prefix.slice(prefix.lastIndexOf('/') + 1))];
  const last = lastOfSessions(symbols);
  const counts = new Map<string, number>();
  for (const s of symbols) counts.set(prefixOf(s), (counts.get(prefixOf(s)) ?? 0) + 1);
  const latest = new Map<string, number>();
  for (const prefix of last.keys()) {
    const [series, session] = split(prefix);
    if (Number.isInteger(session)) latest.set(series, Math.max(latest.get(series) ?? 0, session));
  }
  const out = new Map<string, number>();
  for (const [prefix, n] of last) {
    const [series, session] = split(prefix);
    if (Number.isInteger(session) && session < latest.get(series)! && (counts.get(prefix) ?? 0) >= COMPLETE * n) out.set(prefix, n);
  }
  return out;
}

function assemblyEntries(files: CatalogSources['ga']): CatalogEntry[] {
  const out: { key: [number, number, number]; e: CatalogEntry }[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    for (const o of jsonLines(f.text)) {
      const s = normalizeSymbol(o.symbol as string);
      const at = sessionOf(s);
      if (!at || seen.has(s)) continue;
      seen.add(s);
      const type = `${str(o.adoption_type) ?? ''} ${str(o.voting_type) ?? ''}`;
      const outcome: CatalogEntry['o'] = /without a vote|withoutvote/i.test(type) ? 'nv' : /recorded/i.test(type) ? 'rv' : undefined;
      const kind = at.session.startsWith('ES-') ? 2 : at.session.startsWith('S-') ? 1 : 0;
      out.push({
        key: [kind, Number(at.session.replace(/^\D+/, '')), at.number],
        e: compact({
          s,
          t: str(o.title),
          a: str(o.agenda_item_name),
          i: str(o.agenda_item),
          d: str(o.adoption_date),
          m: str(o.adoption_meeting),
          v: outcome === 'rv' ? counts(o) : undefined,
          o: outcome,
          dr: str(o.draft_resolution) ?? str(o.originating_document),
          cm: committee(o.committee),
          ...sponsors(o),
        }),
      });
    }
  }
  return out.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]).map((x) => x.e);
}

/** The catalog's text: the header line, then one line a resolution. */
export function buildCatalog(sources: CatalogSources, provenance: { source: string; generated: string }): string {
  const sc = scEntries(sources);
  const ga = assemblyEntries(sources.ga);
  const hrc = assemblyEntries(sources.hrc);
  const header: CatalogHeader = {
    format: 'unres-catalog/1',
    source: provenance.source,
    generated: provenance.generated,
    acknowledgement: ACKNOWLEDGEMENT,
    counts: { sc: sc.length, ga: ga.length, hrc: hrc.length },
    lastSc: Math.max(0, ...sc.map((e) => parseInt(e.s.slice('S/RES/'.length), 10))),
    lastOfSession: Object.fromEntries(closedSessions([...ga, ...hrc].map((e) => e.s))),
  };
  return [header, ...sc, ...ga, ...hrc].map((x) => JSON.stringify(x)).join('\n') + '\n';
}
