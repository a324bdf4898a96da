/**
 * The optional online catalog: the UNxml repositories' public `data_extract/YYYY.json` of one year,
 * fetched over HTTP(S) from a configurable base address and cached on disk. It sends nothing but the
 * name of the year file: never any text of the user's documents.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { parseDataExtract, type CatalogRecord } from './catalog';

export const DEFAULT_ONLINE_CATALOG = 'https://raw.githubusercontent.com/UNxml/SCresolutions/main';

export async function fetchYear(baseUrl: string, year: number, cacheDir: string | undefined, timeoutMs = 5000): Promise<CatalogRecord[]> {
  const cached = cacheDir ? join(cacheDir, 'online', `${year}.json`) : null;
  if (cached) {
    const text = await fs.readFile(cached, 'utf8').catch(() => null);
    if (text !== null) return parseDataExtract(text).records;
  }
  const response = await fetch(`${baseUrl.replace(/\/$/, '')}/data_extract/${year}.json`, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`online catalog: HTTP ${response.status} for ${year}`);
  const text = await response.text();
  const records = parseDataExtract(text).records;
  if (cached && records.length > 0) {
    await fs.mkdir(join(cacheDir!, 'online'), { recursive: true });
    await fs.writeFile(cached, text);
  }
  return records;
}
