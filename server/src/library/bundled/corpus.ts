/** Reads the inputs of the bundled catalog from a copy of the corpus (`../shared/corpus` or a clone's layout). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogSources } from './build';

export const CSV_PATH = 'catalogs/sc-resolutions-1946-2026.csv';
const EXTRACTS = { sc: 'UNxml-SCresolutions', ga: 'UNxml-GAresolutions', hrc: 'UNxml-HRCresolutions' } as const;

function extracts(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** The files, and the provenance line: the source repositories at the commits the corpus README names. */
export function readCatalogSources(corpus: string): { sources: CatalogSources; source: string } {
  const readme = readFileSync(join(corpus, 'README.md'), 'utf8');
  const commit = (repo: string): string => new RegExp(`UNxml/${repo}\`? \\(commit ([0-9a-f]{7,40})\\)`).exec(readme)?.[1] ?? 'unknown commit';
  const sources: CatalogSources = {
    scCsv: readFileSync(join(corpus, CSV_PATH), 'utf8'),
    sc: extracts(join(corpus, EXTRACTS.sc, 'data_extract')),
    ga: extracts(join(corpus, EXTRACTS.ga, 'data_extract')),
    hrc: extracts(join(corpus, EXTRACTS.hrc, 'data_extract')),
  };
  const source = [
    `${CSV_PATH} (UN Digital Library "Meetings conducted by the Security Council" tables 1946-2022, merged with data_extract)`,
    `UNxml/SCresolutions data_extract (commit ${commit('SCresolutions')})`,
    `UNxml/GAresolutions data_extract (commit ${commit('GAresolutions')})`,
    `UNxml/HRCresolutions data_extract (commit ${commit('HRCresolutions')})`,
  ].join('; ');
  return { sources, source };
}
