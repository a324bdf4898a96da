/** `unres concordance ORIGINAL VERSION...`: the findings of each language version against the original. */
import type { Command } from 'commander';
import { parse } from '../core/parse';
import { concordance } from '../core/features/concordance';
import { LineIndex } from '../core/text';
import { toLocale } from '../core/messages';
import { readText } from '../node/readText';
import type { Span } from '../core/model';

export function registerConcordance(program: Command, out: (s: string) => void, err: (s: string) => void, setExit: (code: number) => void): void {
  program
    .command('concordance')
    .description('check language versions against the original: paragraph numbers, references, citations, dates and figures (exit 0: they agree, 1: findings, 2: usage or file problem)')
    .argument('<original>', 'the original text')
    .argument('<versions...>', 'the versions in other languages')
    .option('--format <format>', 'text or json', 'text')
    .option('--locale <locale>', 'language of the messages (en, fr, es, ru, ar, zh)', 'en')
    .action(async (originalFile: string, versionFiles: string[], opts: { format: string; locale: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        err('unres: --format must be text or json\n');
        setExit(2);
        return;
      }
      const original = await readText(originalFile);
      if (!original.ok) {
        err(`${originalFile}: ${original.error}\n`);
        setExit(2);
        return;
      }
      const originalModel = parse(original.text);
      const originalIndex = new LineIndex(original.text);
      const locale = toLocale(opts.locale);
      const results: object[] = [];
      let findings = 0;
      let failed = false;
      for (const file of versionFiles) {
        const read = await readText(file);
        if (!read.ok) {
          err(`${file}: ${read.error}\n`);
          failed = true;
          continue;
        }
        const index = new LineIndex(read.text);
        const list = concordance(originalModel, parse(read.text), locale);
        findings += list.length;
        const range = (i: LineIndex, s: Span) => ({ start: i.positionAt(s.start), end: i.positionAt(s.end) });
        if (opts.format === 'json')
          results.push({
            file,
            original: originalFile,
            findings: list.map((f) => ({
              code: f.code,
              severity: f.severity,
              message: f.message,
              range: range(index, f.span),
              original: f.original ? { file: originalFile, range: range(originalIndex, f.original) } : null,
            })),
          });
        else
          for (const f of list) {
            const p = index.positionAt(f.span.start);
            const o = f.original ? originalIndex.positionAt(f.original.start) : null;
            out(`${file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message}${o ? ` (${originalFile}:${o.line + 1}:${o.character + 1})` : ''}\n`);
          }
      }
      if (opts.format === 'json') out(JSON.stringify(results, null, 2) + '\n');
      setExit(failed ? 2 : findings > 0 ? 1 : 0);
    });
}
