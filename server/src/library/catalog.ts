/**
 * Catalogs of metadata: the UNxml repositories' `data_extract/*.json` (one JSON object a line) and CSV
 * files with the documented header (number, symbol, year, adoption_date, meeting, agenda_or_topic,
 * title, vote). Pure: text in, records out; bad lines are counted, not fatal.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { scTitle, unwrapLine } from './bundled/build';

export interface CatalogRecord {
  readonly symbol: string;
  readonly subject?: string;
  readonly title?: string;
  readonly date?: string;
  readonly meeting?: string;
  readonly vote?: string;
}

export interface CatalogResult {
  readonly records: CatalogRecord[];
  readonly badLines: number;
}

/** "S/RES/2374 (2017)" whatever the spacing. */
export function normalizeSymbol(s: string): string {
  return s.trim().replace(/\s+/g, ' ').replace(/(\d)\(/, '$1 (');
}

function voteOf(o: Record<string, unknown>): string | undefined {
  const type = typeof o.adoption_type === 'string' ? o.adoption_type : '';
  if (/unanimously/i.test(type)) return 'adopted unanimously';
  const yes = Number(o.MS_in_favour_count);
  const no = Number(o.MS_against_count);
  const abstain = Number(o.MS_abstaining_count);
  if (!Number.isFinite(yes) || yes === 0) return undefined;
  if (no === 0 && abstain === 0) return 'adopted unanimously';
  return `adopted by ${yes} votes to ${no || 'none'}${abstain ? `, with ${abstain} abstention${abstain > 1 ? 's' : ''}` : ''}`;
}

export function parseDataExtract(text: string): CatalogResult {
  const records: CatalogRecord[] = [];
  let badLines = 0;
  for (const raw of text.split('\n')) {
    const line = unwrapLine(raw);
    // A quote alone on a line is what is left between two wrapped lines.
    if (!line || line === '"') continue;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (typeof o.symbol !== 'string') {
        badLines++;
        continue;
      }
      records.push({
        symbol: normalizeSymbol(o.symbol),
        subject: typeof o.agenda_item_name === 'string' ? o.agenda_item_name : undefined,
        title: typeof o.resolution_title === 'string' ? scTitle(o.resolution_title) : typeof o.title === 'string' ? o.title : undefined,
        date: typeof o.adoption_date === 'string' ? o.adoption_date : undefined,
        meeting: typeof o.adoption_meeting === 'string' ? o.adoption_meeting : undefined,
        vote: voteOf(o),
      });
    } catch {
      badLines++;
    }
  }
  return { records, badLines };
}

const CSV_HEADER = ['number', 'symbol', 'year', 'adoption_date', 'meeting', 'agenda_or_topic', 'title', 'vote'];

/** Throws when the header is not the documented one. */
export function parseCsvCatalog(text: string): CatalogResult {
  const rows = parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as Record<string, string>[];
  const header = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (!CSV_HEADER.every((h) => header.includes(h))) throw new Error(`CSV catalog needs the columns ${CSV_HEADER.join(', ')}`);
  const records: CatalogRecord[] = [];
  let badLines = 0;
  for (const r of rows) {
    if (!r.symbol) {
      badLines++;
      continue;
    }
    const meeting = /^S\/PV\.(\d+)/.exec(r.meeting ?? '');
    records.push({
      symbol: normalizeSymbol(r.symbol),
      subject: r.agenda_or_topic || undefined,
      title: r.title || undefined,
      date: r.adoption_date || undefined,
      meeting: meeting ? `${meeting[1]}th meeting` : r.meeting || undefined,
      vote: r.vote || undefined,
    });
  }
  return { records, badLines };
}
