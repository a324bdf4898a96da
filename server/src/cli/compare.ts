/** `unres compare OLD NEW`: the paragraph-aligned comparison of two resolutions. */
import type { Command } from 'commander';
import { parse } from '../core/parse';
import { compare } from '../core/features/compare';
import { comparisonHtml, comparisonJson, comparisonText, type Side } from '../core/features/compareReport';
import { readResolution } from '../library/read';

export interface CliIo {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** Records the exit code (the worst wins). */
  readonly exit: (code: number) => void;
}

const FORMATS = ['text', 'json', 'html'];

export function registerCompare(program: Command, io: CliIo): void {
  program
    .command('compare')
    .description('compare two resolutions paragraph by paragraph (plain text, PDF extraction or Akoma Ntoso XML)')
    .argument('<old>', 'the earlier resolution')
    .argument('<new>', 'the later resolution or draft')
    .option('--format <format>', 'text, json or html', 'text')
    .action(async (oldFile: string, newFile: string, opts: { format: string }) => {
      if (!FORMATS.includes(opts.format)) {
        io.err('unres: --format must be text, json or html\n');
        io.exit(2);
        return;
      }
      const sides: Side[] = [];
      for (const file of [oldFile, newFile]) {
        const read = await readResolution(file);
        if (!read.ok) {
          io.err(`${file}: ${read.error}\n`);
          io.exit(2);
          return;
        }
        const model = parse(read.text);
        sides.push({ file, symbol: model.symbol, model });
      }
      const [old, now] = sides;
      const result = compare(old.model, now.model);
      if (opts.format === 'json') io.out(JSON.stringify(comparisonJson(result, old, now), null, 2) + '\n');
      else if (opts.format === 'html') io.out(comparisonHtml(result, old, now));
      else io.out(comparisonText(result, old, now));
    });
}
