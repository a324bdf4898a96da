/** The `unres` command line: check drafts, print their structure. Uses the core, nothing else. */
import { Command, InvalidArgumentError } from 'commander';
import { analyze } from '../core/analysis';
import { outline } from '../core/features/outline';
import { RULES, type SeverityOverride } from '../core/checks';
import { LineIndex } from '../core/text';
import { readText } from '../node/readText';
import { writeFile } from 'node:fs/promises';
import { parse } from '../core/parse';
import { applyEdits, renumber } from '../core/features/renumber';
import { cleanUpPdfText } from '../core/features/cleanup';
import { ResolutionLibrary } from '../library';
import { BundledCatalog } from '../library/bundled/catalog';
import { LayeredView } from '../library/view';
import { existsSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { checkFiles, jsonArray } from './check';
import { join } from 'node:path';
import { registerConcordance } from './concordance';
import { toLocale } from '../core/messages';
import { registerCompare } from './compare';
import { registerPrecedents } from './precedents';

function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'unres');
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

function collectRule(value: string, previous: Record<string, SeverityOverride>): Record<string, SeverityOverride> {
  const [code, level] = value.split('=');
  if (!RULES.some((r) => r.code === code)) throw new InvalidArgumentError(`unknown rule '${code}' (rules: ${RULES.map((r) => r.code).join(', ')})`);
  if (!SEVERITIES.includes(level)) throw new InvalidArgumentError(`severity must be one of ${SEVERITIES.join(', ')}`);
  return { ...previous, [code]: level as SeverityOverride };
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  let exit = 0;
  const program = new Command('unres')
    .description('Check and inspect United Nations resolution drafts.')
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err });

  program
    .command('check')
    .description('check drafts and print problems (exit 0: no errors, 1: errors, 2: usage or file problem)')
    .argument('<files...>', 'resolution texts')
    .option('--format <format>', 'text or json', 'text')
    .option('--rule <code=severity>', 'change a rule severity, or turn it off (repeatable)', collectRule, {})
    .option('--library <path>', 'a folder or file of resolutions to check references against (repeatable)', (v: string, prev: string[]) => [...prev, v], [])
    .option('--cache-dir <path>', 'where to keep the library index between runs', defaultCacheDir())
    .option('--jobs <n>', 'files checked at once, on worker threads, at most one a core (default: the number of cores)', parseJobs, availableParallelism())
    .option('--locale <locale>', 'language of the messages (en, fr, es, ru, ar, zh)', 'en')
    .action(async (files: string[], opts: { format: string; rule: Record<string, SeverityOverride>; library: string[]; cacheDir: string; jobs: number; locale: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        err(`unres: --format must be text or json\n`);
        exit = 2;
        return;
      }
      let library: ResolutionLibrary | undefined;
      if (opts.library.length > 0) {
        const missing = opts.library.filter((p) => !existsSync(p));
        for (const p of missing) err(`unres: library ${p}: no such file or folder\n`);
        if (missing.length > 0) exit = 2;
        library = new ResolutionLibrary({ cacheDir: opts.cacheDir });
        const report = await library.index(opts.library.filter((p) => existsSync(p)));
        if (report.malformed.length > 0) err(`unres: skipped ${report.malformed.length} library file(s) that could not be read: ${report.malformed.join('; ')}\n`);
      }
      // Citations are checked against the catalog shipped with unres, and the library over it.
      const view = new LayeredView(new BundledCatalog(), () => library ?? null);
      const elements: string[] = [];
      const settings = { format: opts.format, severities: opts.rule, locale: toLocale(opts.locale), library: opts.library.filter((p) => existsSync(p)), cacheDir: opts.cacheDir } as const;
      for await (const r of checkFiles(files, opts.jobs, settings, view)) {
        if ('error' in r) {
          err(`${r.file}: ${r.error}\n`);
          exit = 2;
          continue;
        }
        if (r.warning) err(`${r.file}: ${r.warning}\n`);
        if (r.hasErrors && exit === 0) exit = 1;
        if (opts.format === 'json') elements.push(r.out);
        else out(r.out);
      }
      if (opts.format === 'json') out(jsonArray(elements) + '\n');
    });

  program
    .command('outline')
    .description('print the parsed structure of a draft')
    .argument('<file>', 'resolution text')
    .option('--format <format>', 'json (the only format)', 'json')
    .action(async (file: string, opts: { format: string }) => {
      if (opts.format !== 'json') {
        err('unres: outline supports --format json only\n');
        exit = 2;
        return;
      }
      const read = await readText(file);
      if (!read.ok) {
        err(`${file}: ${read.error}\n`);
        exit = 2;
        return;
      }
      out(JSON.stringify(outline(analyze(read.text).model), null, 2) + '\n');
    });

  /** Rewrites a file (or prints the result); never touches the file when reading or rewriting fails. */
  const rewrite = (name: string, description: string, transform: (text: string) => { text: string; notes: string[] }) =>
    program
      .command(name)
      .description(description)
      .argument('<file>', 'resolution text')
      .option('--write', 'write the result back to the file instead of printing it')
      .action(async (file: string, opts: { write?: boolean }) => {
        const read = await readText(file);
        if (!read.ok) {
          err(`${file}: ${read.error}\n`);
          exit = 2;
          return;
        }
        if (read.warning) {
          err(`${file}: ${read.warning}; not rewritten\n`);
          exit = 2;
          return;
        }
        const result = transform(read.text);
        for (const n of result.notes) err(`${file}: ${n}\n`);
        if (!opts.write) out(result.text);
        else if (result.text !== read.text) await writeFile(file, result.text);
      });

  rewrite('renumber', 'number operative paragraphs 1..N and sub-paragraphs (a), (b)... and update every reference', (text) => {
    const model = parse(text);
    const r = renumber(model);
    const index = new LineIndex(text);
    const notes = r.unresolved.map((s) => {
      const p = index.positionAt(s.start);
      return `${p.line + 1}:${p.character + 1}: reference to a paragraph that does not exist, left as it is: ${text.slice(s.start, s.end)}`;
    });
    return { text: applyEdits(text, r.edits), notes };
  });

  rewrite('clean', 'turn text pasted from a PDF into a clean draft (no page furniture, one paragraph a line)', (text) => ({ text: cleanUpPdfText(parse(text)), notes: [] }));

  registerConcordance(program, out, err, (code) => {
    exit = Math.max(exit, code);
  });
  const io = { out, err, exit: (code: number) => (exit = Math.max(exit, code)) };
  registerCompare(program, io);
  registerPrecedents(program, io, defaultCacheDir());

  program
    .command('rules')
    .description('list the checks with their codes and default severities')
    .action(() => {
      for (const r of RULES) out(`${r.code.padEnd(34)} ${r.severity.padEnd(12)} ${r.description}\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    return 2;
  }
  return exit;
}
