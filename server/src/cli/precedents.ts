/** `unres precedents`: where the wording of a paragraph was adopted before (agreed language). */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { parse } from '../core/parse';
import { passages } from '../core/agreed/passages';
import { wordDiffText } from '../core/agreed/diff';
import { precedentJson, precedentName } from '../core/features/precedents';
import { ResolutionLibrary } from '../library';
import { readResolution } from '../library/read';
import type { CliIo } from './compare';

interface Options {
  readonly library: string[];
  readonly cacheDir: string;
  readonly paragraph?: string;
  readonly text?: string;
  readonly limit: string;
  readonly format: string;
}

/** "21", "21 (a)", "pp 3" or "3" for a preambular paragraph when no operative one has that label. */
function findParagraph(text: string, wanted: string) {
  const all = passages(parse(text));
  const w = wanted.trim().replace(/\s+/g, ' ');
  const pp = /^pp ?(\d+)$/i.exec(w);
  if (pp) return all.find((p) => p.part === 'preamble' && p.paragraph === Number(pp[1])) ?? null;
  return all.find((p) => p.part === 'operative' && p.paragraph === w) ?? null;
}

export function registerPrecedents(program: Command, io: CliIo, defaultCacheDir: string): void {
  program
    .command('precedents')
    .description('find where the wording of a paragraph was adopted before, in the library (agreed language)')
    .argument('[file]', 'the draft that holds the paragraph')
    .option('--library <path>', 'a folder or file of resolutions (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--paragraph <label>', 'the paragraph of the file: "21", "21 (a)", "pp 3"')
    .option('--text <text>', 'look up this text instead of a paragraph of the file')
    .option('--limit <k>', 'how many results', '10')
    .option('--format <format>', 'text or json', 'text')
    .option('--cache-dir <path>', 'where to keep the library index between runs', defaultCacheDir)
    .action(async (file: string | undefined, opts: Options) => {
      const fail = (message: string): void => {
        io.err(`unres: ${message}\n`);
        io.exit(2);
      };
      const limit = Number(opts.limit);
      if (opts.format !== 'text' && opts.format !== 'json') return fail('--format must be text or json');
      if (!Number.isInteger(limit) || limit < 1) return fail('--limit must be a positive whole number');
      if (opts.library.length === 0) return fail('give at least one --library folder');
      if (opts.text === undefined && (!file || opts.paragraph === undefined)) return fail('give a file and --paragraph N, or --text "..."');
      for (const p of opts.library) if (!existsSync(p)) return fail(`library ${p}: no such file or folder`);
      let query = opts.text ?? '';
      let symbol: string | null = null;
      if (file) {
        const read = await readResolution(file);
        if (!read.ok) return fail(`${file}: ${read.error}`);
        symbol = parse(read.text).symbol;
        if (opts.text === undefined) {
          const found = findParagraph(read.text, opts.paragraph ?? '');
          if (!found) return fail(`${file}: no paragraph ${opts.paragraph}`);
          query = found.text;
        }
      }
      const library = new ResolutionLibrary({ cacheDir: opts.cacheDir });
      const report = await library.index(opts.library);
      if (report.malformed.length > 0) io.err(`unres: skipped ${report.malformed.length} library file(s) that could not be read: ${report.malformed.join('; ')}\n`);
      const results = library.precedents(query, { limit, excludeSymbol: symbol });
      if (opts.format === 'json') {
        io.out(JSON.stringify({ results: results.map(precedentJson) }, null, 2) + '\n');
        return;
      }
      if (results.length === 0) io.out('no similar paragraph in the library\n');
      for (const r of results) {
        io.out(`${Math.floor(r.similarity * 100)}%  ${precedentName(r)}${r.passage.date ? ` (${r.passage.date})` : ''}\n    ${wordDiffText(r.diff).replace(/\s+/g, ' ')}\n`);
      }
    });
}
