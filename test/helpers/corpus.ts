/** Where the shared corpus is, and a way for corpus tests to skip with a clear message when it is absent. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS = process.env.UNRES_CORPUS ?? resolve(__dirname, '../../../../shared/corpus');
export const TEXTS = join(CORPUS, 'texts');
export const UNXML = join(CORPUS, 'UNxml-SCresolutions');
export const CATALOG = join(CORPUS, 'catalogs/sc-resolutions-1946-2026.csv');

export function skipWithoutCorpus(ctx: Mocha.Context, path: string = CORPUS): void {
  if (!existsSync(path)) {
    console.log(`      (skipped: ${path} is absent; corpus tests run where ../shared/corpus is beside the repository)`);
    ctx.skip();
  }
}

export function listFiles(dir: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(ext)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
