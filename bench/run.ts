/**
 * `npm run bench`: throughput, latency and memory, each against a baseline measured in the same run,
 * with the project's targets marked PASS or FAIL. `--json` prints the figures as JSON as well.
 * Speed is measured here, never asserted by timed unit tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import * as rpc from 'vscode-languageserver-protocol/node';
import { analyze } from '../server/src/core/analysis';
import { splitLines } from '../server/src/core/parse/lines';
import { anchorsOf } from '../server/src/core/parse/references';
import { LANGUAGES } from '../server/src/core/lang';
import { adversarial, generateResolution } from './generate';
import { positionOf, startClient } from '../test/helpers/lspClient';
import { agreedLanguage } from './agreed';
import { threadsFor } from '../server/src/cli/check';

const ROOT = resolve(__dirname, '../..');
const CORPUS = process.env.UNRES_CORPUS ?? resolve(ROOT, '../shared/corpus');
const TEXTS = join(CORPUS, 'texts');
const UNXML = join(CORPUS, 'UNxml-SCresolutions');
/** The XML folders a library indexes together: Security Council, General Assembly, Human Rights Council. */
const LIBRARY_ROOTS = [UNXML, join(CORPUS, 'UNxml-GAresolutions'), join(CORPUS, 'UNxml-HRCresolutions')];
const BUNDLED_SERVER = join(ROOT, 'dist/server.js');

interface Target {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
  readonly unit: string;
  readonly higherIsBetter: boolean;
}

const report: Record<string, unknown> = {};
const targets: Target[] = [];

function target(name: string, value: number, limit: number, unit: string, higherIsBetter = false): void {
  targets.push({ name, value, limit, unit, higherIsBetter });
}

/** Milliseconds of one run. */
function timeOnce(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Milliseconds of single runs after a warm-up, repeated until at least `minMs` have passed. */
function samples(fn: () => void, minMs: number): number[] {
  for (let i = 0; i < 3; i++) fn();
  const out: number[] = [];
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) / 1e6 < minMs || out.length < 5) out.push(timeOnce(fn));
  return out;
}

/** Mean milliseconds per run: throughput counts every run, garbage collections included. */
function msPerRun(fn: () => void, minMs = 300): number {
  const s = samples(fn, minMs);
  return s.reduce((a, b) => a + b, 0) / s.length;
}

/** The floor: one pass over the characters. */
function charScan(text: string): number {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

const mbps = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padl = (s: string | number, n: number) => String(s).padStart(n);

function throughput(): void {
  if (!existsSync(TEXTS)) {
    console.log(`(analysis throughput skipped: ${TEXTS} is absent)`);
    return;
  }
  const md = new MarkdownIt();
  const rows: object[] = [];
  console.log('\n1. Analysis throughput (parse + every check + reference resolution), MB/s');
  console.log(`${pad('text', 28)}${padl('KB', 7)}${padl('analysis', 10)}${padl('char scan', 11)}${padl('markdown-it', 13)}${padl('vs md-it', 10)}`);
  const texts = readdirSync(TEXTS).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(TEXTS, f), 'utf8') }));
  // Both parsers see every text before any is timed, so that the first rows do not pay for the JIT.
  msPerRun(() => texts.forEach((t) => analyze(t.text)), 500);
  msPerRun(() => texts.forEach((t) => md.parse(t.text, {})), 500);
  for (const { name, text } of texts) {
    const a = mbps(text.length, msPerRun(() => analyze(text), 150));
    const scan = mbps(text.length, msPerRun(() => charScan(text), 50));
    const m = mbps(text.length, msPerRun(() => md.parse(text, {}), 150));
    rows.push({ name, kb: Math.round(text.length / 1024), analysis: a, scan, markdownIt: m, ratio: a / m });
    console.log(`${pad(name, 28)}${padl(Math.round(text.length / 1024), 7)}${padl(a.toFixed(1), 10)}${padl(scan.toFixed(0), 11)}${padl(m.toFixed(1), 13)}${padl((a / m).toFixed(2) + '×', 10)}`);
  }
  const all = texts.reduce((n, t) => n + t.text.length, 0);
  // The two passes no analysis can skip, with the project's own code: splitting lines, and searching the
  // anchors of references over the whole text. The analysis is held to a multiple of them.
  const anchors = anchorsOf(LANGUAGES.en).pattern;
  const floorPasses = (text: string): number => {
    anchors.lastIndex = 0;
    let n = splitLines(text).length;
    while (anchors.test(text)) n++;
    return n;
  };
  // Whole corpus: medians of 11 runs taken in turn, so that the three see the same load.
  const [analysisMs, markdownMs, floorMs] = medians([() => texts.forEach((t) => analyze(t.text)), () => texts.forEach((t) => md.parse(t.text, {})), () => texts.forEach((t) => floorPasses(t.text))], 11);
  const a = mbps(all, analysisMs);
  const m = mbps(all, markdownMs);
  console.log(`${pad('whole corpus (median of 11)', 28)}${padl(Math.round(all / 1024), 7)}${padl(a.toFixed(1), 10)}${padl('', 11)}${padl(m.toFixed(1), 13)}${padl((a / m).toFixed(2) + '×', 10)}`);
  // For reference, not a target: VS Code's Markdown support turns on HTML and linkify
  // (extensions/markdown-language-features/src/markdownEngine.ts), which makes markdown-it slower.
  const asVsCode = new MarkdownIt({ html: true, linkify: true });
  msPerRun(() => texts.forEach((t) => asVsCode.parse(t.text, {})), 500);
  const v = mbps(all, msPerRun(() => texts.forEach((t) => asVsCode.parse(t.text, {})), 1000));
  console.log(`(markdown-it configured as VS Code's Markdown support, html and linkify on: ${v.toFixed(1)} MB/s on the whole corpus; analysis ${(a / v).toFixed(2)}× that. The target uses the defaults above.)`);
  console.log(`(lines and the anchor search alone, the floor: ${mbps(all, floorMs).toFixed(0)} MB/s, ${floorMs.toFixed(2)} ms; the analysis takes ${(analysisMs / floorMs).toFixed(2)}× that.)`);
  report.throughput = { texts: rows, corpus: { analysis: a, markdownIt: m, ratio: a / m, markdownItAsVsCode: v, ratioAsVsCode: a / v, floorPasses: mbps(all, floorMs), timesFloor: analysisMs / floorMs } };
  target('analysis vs markdown-it parse (whole corpus)', a / m, 1.5, '×', true);
  target('analysis time vs the floor (whole corpus)', analysisMs / floorMs, 4, '×');
}

/**
 * Median milliseconds of each function, timed in turn `runs` times after a warm-up: a mean would let one
 * garbage collection decide a ratio, and alternating runs leaves each function the same heap to collect.
 */
function medians(fns: (() => void)[], runs: number): number[] {
  for (let i = 0; i < 2; i++) fns.forEach((f) => f());
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) fns.forEach((f, k) => times[k].push(timeOnce(f)));
  return times.map((t) => stats(t).median);
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((x, y) => x - y);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

async function serverLatency(name: string, text: string, withTargets: boolean): Promise<void> {
  const client = await startClient({}, { server: existsSync(BUNDLED_SERVER) ? BUNDLED_SERVER : undefined, initializationOptions: { debounceMs: 0 } });
  try {
    const uri = await client.open(name, text);
    await client.waitForDiagnostics(uri);
    const doc = { uri };
    const refMatch = /paragraphs? \d/.exec(text.slice(text.indexOf('\n2. ')))!;
    const refAt = positionOf(text, refMatch[0], refMatch[0].length, text.indexOf('\n2. ') + refMatch.index);
    const docMatch = /resolutions? \d/.exec(text)!;
    const docAt = positionOf(text, docMatch[0], docMatch[0].length, docMatch.index);
    // Enough samples for a stable 95th percentile (with 30, it is the second slowest of them).
    const runs = 200;
    const rows: Record<string, { median: number; p95: number }> = {};
    let version = 1;
    // Typing inside a paragraph near the start, in the middle and near the end: a keystroke's cost must not
    // depend on where it is. Each place is inside the word "the" first found after that share of the text
    // (its first letter may follow a label, and a space typed between a label and its text is a change of
    // structure, analysed in full).
    const places: [string, number][] = [
      ['start', 0.01],
      ['middle', 0.5],
    ];
    const offsets = places.map(([label, share]): [string, number] => [label, text.indexOf(' the ', Math.floor(text.length * share)) + 2]);
    offsets.push(['end', text.length - 2]);
    for (const [label, at] of offsets) {
      const position = positionOf(text, text.slice(at, at + 1), 0, at);
      // Alternately a space typed and deleted, so that the text is the original after every other edit.
      let typed = false;
      const edit = async (): Promise<void> => {
        version++;
        typed = !typed;
        const end = typed ? position : { ...position, character: position.character + 1 };
        await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end }, text: typed ? ' ' : '' }] });
        await client.waitForDiagnostics(uri, version);
      };
      await timeIt(edit, 10);
      rows[`didChange → diagnostics (${label})`] = stats(await timeIt(edit, runs));
      if (typed) await edit();
    }
    // The original text again, in full, so that positions hold whatever the edits did.
    version++;
    await client.connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    await client.waitForDiagnostics(uri, version);
    const requests: [string, () => Promise<unknown>][] = [
      ['hover', () => client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: doc, position: refAt })],
      ['hover (document)', () => client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: doc, position: docAt })],
      ['definition', () => client.connection.sendRequest(rpc.DefinitionRequest.type, { textDocument: doc, position: refAt })],
      ['references', () => client.connection.sendRequest(rpc.ReferencesRequest.type, { textDocument: doc, position: refAt, context: { includeDeclaration: true } })],
      ['completion', () => client.connection.sendRequest(rpc.CompletionRequest.type, { textDocument: doc, position: refAt })],
      ['documentSymbol', () => client.connection.sendRequest(rpc.DocumentSymbolRequest.type, { textDocument: doc })],
      ['semanticTokens', () => client.connection.sendRequest(rpc.SemanticTokensRequest.type, { textDocument: doc })],
      ['folding', () => client.connection.sendRequest(rpc.FoldingRangeRequest.type, { textDocument: doc })],
      ['codeLens', () => client.connection.sendRequest(rpc.CodeLensRequest.type, { textDocument: doc })],
    ];
    for (const [label, fn] of requests) {
      await timeIt(fn, 20);
      rows[label] = stats(await timeIt(fn, runs));
    }
    console.log(`\n2. Language server over stdio on ${name} (${Math.round(text.length / 1024)} KB), ms`);
    console.log(`${pad('request', 36)}${padl('median', 9)}${padl('p95', 9)}`);
    for (const [label, s] of Object.entries(rows)) console.log(`${pad(label, 36)}${padl(s.median.toFixed(2), 9)}${padl(s.p95.toFixed(2), 9)}`);
    const servers = (report.server ??= {}) as Record<string, unknown>;
    servers[name] = rows;
    const changes = Object.entries(rows).filter(([label]) => label.startsWith('didChange'));
    const change = Math.max(...changes.map(([, r]) => r.p95));
    if (withTargets) {
      target(`didChange → diagnostics p95 on ${name} (worst place)`, change, 8, 'ms');
      target(`slowest request p95 on ${name}`, Math.max(...Object.entries(rows).filter(([label]) => !label.startsWith('didChange')).map(([, r]) => r.p95)), 5, 'ms');
    } else {
      target(`didChange → diagnostics p95 on ${name} (worst place)`, change, 15, 'ms');
      for (const label of ['documentSymbol', 'semanticTokens', 'folding', 'codeLens']) target(`${label} p95 on ${name}`, rows[label].p95, 20, 'ms');
    }
  } finally {
    await client.stop();
  }
}

function library(): void {
  const roots = LIBRARY_ROOTS.filter((r) => existsSync(r));
  if (roots.length === 0) {
    console.log(`\n(library indexing skipped: ${LIBRARY_ROOTS.join(', ')} are absent)`);
    return;
  }
  const script = (cache: string): string => `const {ResolutionLibrary}=require(${JSON.stringify(join(ROOT, 'out/server/src/library/index.js'))});
    const t=process.hrtime.bigint();new ResolutionLibrary({cacheDir:${JSON.stringify(cache)}}).index(${JSON.stringify(roots)}).then(r=>{
    console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,files:r.files,fromCache:r.fromCache,documents:r.documents,peakMB:process.resourceUsage().maxRSS/1024}));});`;
  type Indexing = { ms: number; files: number; fromCache: number; documents: number; peakMB: number };
  const run = (cache: string): Indexing => JSON.parse(execFileSync(process.execPath, ['-e', script(cache)], { encoding: 'utf8' })) as Indexing;
  // The median of three, as every other figure is a median: one run on a shared machine moved by 0.5 s.
  const median = (runs: Indexing[]): Indexing => [...runs].sort((a, b) => a.ms - b.ms)[1];
  const caches = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'unres-bench-')));
  const cold = median(caches.map(run));
  const warm = median(caches.map(run));
  for (const cache of caches) rmSync(cache, { recursive: true, force: true });
  console.log(`\n3. Library: indexing ${roots.map((r) => r.split('/').pop()).join(', ')} (parsed on ${availableParallelism()} threads)`);
  console.log(`${pad('', 8)}${padl('files', 7)}${padl('cached', 8)}${padl('documents', 11)}${padl('seconds', 9)}${padl('peak MB', 9)}`);
  for (const [label, r] of [['cold', cold], ['warm', warm]] as const) console.log(`${pad(label, 8)}${padl(r.files, 7)}${padl(r.fromCache, 8)}${padl(r.documents, 11)}${padl((r.ms / 1000).toFixed(2), 9)}${padl(Math.round(r.peakMB), 9)}`);
  report.library = { cold, warm };
  target('library cold index (SC, GA, HRC)', cold.ms / 1000, 3, 's');
  target('library warm index (SC, GA, HRC)', warm.ms / 1000, 0.3, 's');
}

/** Copies of the corpus texts the whole-process comparison reads: about 1,100 files. */
const CLI_COPIES = 49;

/** Wall-clock milliseconds of a whole process, start-up included. */
function processMs(args: string[]): number {
  return timeOnce(() => spawnSync(process.execPath, args, { stdio: 'ignore' }));
}

function cliOnCorpus(): void {
  if (!existsSync(TEXTS)) return;
  const dir = mkdtempSync(join(tmpdir(), 'unres-bench-cli-'));
  const files: string[] = [];
  for (let i = 0; i < CLI_COPIES; i++) {
    for (const f of readdirSync(TEXTS).filter((n) => n.endsWith('.txt'))) {
      files.push(join(dir, `${i}-${f}`));
      copyFileSync(join(TEXTS, f), files[files.length - 1]);
    }
  }
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const markdownIt = `const md=new (require(${JSON.stringify(join(ROOT, 'node_modules/markdown-it'))}))();const fs=require('fs');for(const f of process.argv.slice(1))md.parse(fs.readFileSync(f,'utf8'),{});`;
  const runs: Record<string, string[]> = {
    'markdown-it parse': ['-e', markdownIt, ...files],
    'unres check (default jobs)': [join(ROOT, 'bin/unres.js'), 'check', '--format', 'json', ...files],
    'unres check --jobs 1': [join(ROOT, 'bin/unres.js'), 'check', '--format', 'json', '--jobs', '1', ...files],
    'unres check --jobs 2': [join(ROOT, 'bin/unres.js'), 'check', '--format', 'json', '--jobs', '2', ...files],
    'unres check --jobs 4': [join(ROOT, 'bin/unres.js'), 'check', '--format', 'json', '--jobs', '4', ...files],
  };
  // In turn, so that every command sees the same load; the median of five.
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
  for (let i = 0; i < 5; i++) for (const [label, args] of Object.entries(runs)) times[label].push(processMs(args));
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n6. Whole processes over ${files.length} copies of the corpus texts (${(bytes / 1048576).toFixed(0)} MB), median of 5, ${availableParallelism()} cores`);
  const [four, two] = [4, 2].map((jobs) => threadsFor(jobs, files.length, availableParallelism()));
  console.log(`(unres check runs at most one thread a core: --jobs 4 runs ${four} threads here, --jobs 2 runs ${two})`);
  const rows: Record<string, number> = {};
  for (const [label, t] of Object.entries(times)) {
    rows[label] = stats(t).median;
    console.log(`${pad(label, 30)}${padl((rows[label] / 1000).toFixed(2), 8)} s`);
  }
  report.cli = { files: files.length, bytes, medianMs: rows };
  target('unres check vs markdown-it (whole process)', rows['unres check (default jobs)'] / rows['markdown-it parse'], 0.6, '×');
  // Where both run the same threads they are the same command, and their ratio is the machine's noise: "no
  // slower" then means within the spread of --jobs 2's own runs, which this run measures.
  const twos = times['unres check --jobs 2'];
  const spread = four === two ? (Math.max(...twos) - Math.min(...twos)) / rows['unres check --jobs 2'] : 0;
  if (four === two) console.log(`(--jobs 4 and --jobs 2 are the same command here; the spread of the five --jobs 2 runs is ${(spread * 100).toFixed(1)} %, the margin of "no slower")`);
  target('unres check --jobs 4 vs --jobs 2', rows['unres check --jobs 4'] / rows['unres check --jobs 2'], 1 + spread, '×');
}

function memory(): void {
  if (!existsSync(TEXTS)) return;
  const script = `const {parse}=require(${JSON.stringify(join(ROOT, 'out/server/src/core/parse/index.js'))});
    const fs=require('fs');const dir=${JSON.stringify(TEXTS)};
    const texts=fs.readdirSync(dir).filter(f=>f.endsWith('.txt')).map(f=>fs.readFileSync(dir+'/'+f,'utf8'));
    const bytes=texts.reduce((n,t)=>n+Buffer.byteLength(t),0);
    global.gc();const before=process.memoryUsage().heapUsed;
    const models=texts.map(t=>parse(t));
    global.gc();const after=process.memoryUsage().heapUsed;
    console.log(JSON.stringify({bytes,retained:after-before,models:models.length}));`;
  const r = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' })) as { bytes: number; retained: number };
  const ratio = r.retained / r.bytes;
  console.log(`\n4. Memory: models of the whole corpus retain ${(r.retained / 1048576).toFixed(1)} MB for ${(r.bytes / 1048576).toFixed(2)} MB of text: ${ratio.toFixed(1)}× the text`);
  report.memory = { ...r, ratio };
  target('retained model heap per text byte', ratio, 10, '×');
}

function growth(): void {
  const n = 512 * 1024;
  const small = adversarial(n);
  const large = adversarial(2 * n);
  console.log('\n5. Adversarial inputs: median time from n = 512 KB to 2n (ratio ≤ 2.5 is linear)');
  console.log(`${pad('input', 28)}${padl('n ms', 9)}${padl('2n ms', 9)}${padl('ratio', 8)}`);
  const rows: object[] = [];
  let worst = 0;
  for (const name of Object.keys(small)) {
    // Inputs read in a few milliseconds get more runs: one collection of the 1 MB text would decide a median of 11.
    const runs = Math.min(101, Math.max(11, Math.ceil(300 / timeOnce(() => analyze(large[name])))));
    const [a, b] = medians([() => analyze(small[name]), () => analyze(large[name])], runs);
    worst = Math.max(worst, b / a);
    rows.push({ name, n: a, twoN: b, ratio: b / a });
    console.log(`${pad(name, 28)}${padl(a.toFixed(1), 9)}${padl(b.toFixed(1), 9)}${padl((b / a).toFixed(2), 8)}`);
  }
  report.growth = rows;
  target('worst growth from n to 2n', worst, 2.5, '×');
}

/**
 * Cold start: from spawning the bundled server to the first diagnostics of a draft that cites Security
 * Council, General Assembly and Human Rights Council resolutions (its GA citation makes the check read the
 * catalog), then the first hover on a citation. "without catalog" runs the same dist/server.js copied
 * alone into a temporary folder, where it finds no data/un-resolutions.jsonl.
 */
async function startup(): Promise<void> {
  if (!existsSync(BUNDLED_SERVER)) {
    console.log('\n(startup skipped: dist/server.js is absent; run npm run build)');
    return;
  }
  const alone = mkdtempSync(join(tmpdir(), 'unres-no-catalog-'));
  copyFileSync(BUNDLED_SERVER, join(alone, 'server.js'));
  const draft = 'The General Assembly,\n\nRecalling its resolution 75/1, Human Rights Council resolution 55/1 and Security Council resolution 2374 (2017),\n\n1. Decides to remain seized of the matter.\n';
  const hoverAt = positionOf(draft, 'resolution 75/1', 12);
  const run = async (server: string): Promise<{ diagnostics: number; hover: number; known: boolean }> => {
    const start = process.hrtime.bigint();
    const client = await startClient({}, { server, initializationOptions: { debounceMs: 0 } });
    try {
      const uri = await client.open('startup.unres', draft);
      await client.waitForDiagnostics(uri);
      const diagnostics = Number(process.hrtime.bigint() - start) / 1e6;
      const h = await client.connection.sendRequest(rpc.HoverRequest.type, { textDocument: { uri }, position: hoverAt });
      const hover = Number(process.hrtime.bigint() - start) / 1e6 - diagnostics;
      return { diagnostics, hover, known: /Declaration on the commemoration/.test(JSON.stringify(h)) };
    } finally {
      await client.stop();
    }
  };
  const rows: Record<string, { diagnostics: number; hover: number }> = {};
  try {
    const runs: Record<string, { diagnostics: number[]; hover: number[] }> = { 'with catalog': { diagnostics: [], hover: [] }, 'without catalog': { diagnostics: [], hover: [] } };
    for (let i = 0; i < 11; i++) {
      for (const [label, server] of [['with catalog', BUNDLED_SERVER], ['without catalog', join(alone, 'server.js')]] as const) {
        const r = await run(server);
        if (r.known !== (label === 'with catalog')) throw new Error(`startup bench: the ${label} server ${r.known ? 'knows' : 'does not know'} resolution 75/1`);
        runs[label].diagnostics.push(r.diagnostics);
        runs[label].hover.push(r.hover);
      }
    }
    for (const [label, r] of Object.entries(runs)) rows[label] = { diagnostics: stats(r.diagnostics).median, hover: stats(r.hover).median };
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
  console.log('\n6. Cold start of the bundled server: spawn → first diagnostics, then the first hover on a citation, median of 11, ms');
  console.log(`${pad('', 18)}${padl('diagnostics', 13)}${padl('hover', 9)}`);
  for (const [label, r] of Object.entries(rows)) console.log(`${pad(label, 18)}${padl(r.diagnostics.toFixed(1), 13)}${padl(r.hover.toFixed(1), 9)}`);
  report.startup = rows;
  target('first diagnostics: cost of the catalog', rows['with catalog'].diagnostics - rows['without catalog'].diagnostics, 50, 'ms');
}

/** The sections, by the name `--only` takes (`npm run bench -- --only=server,cli`). */
const SECTIONS: Record<string, () => unknown> = {
  throughput,
  server: async () => {
    if (existsSync(join(TEXTS, 'S-RES-2231-2015.txt'))) await serverLatency('S-RES-2231-2015.txt', readFileSync(join(TEXTS, 'S-RES-2231-2015.txt'), 'utf8'), true);
    await serverLatency('generated-2MB.unres', generateResolution(2 * 1024 * 1024), false);
  },
  library,
  memory,
  growth,
  startup,
  cli: cliOnCorpus,
  agreed: () => agreedLanguage(CORPUS, target, report),
};

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const unknown = only?.filter((name) => !(name in SECTIONS)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown bench section ${unknown.join(', ')}; the sections are ${Object.keys(SECTIONS).join(', ')}`);
  for (const [name, run] of Object.entries(SECTIONS)) if (!only || only.includes(name)) await run();
  console.log('\nTargets');
  for (const t of targets) {
    const pass = t.higherIsBetter ? t.value >= t.limit : t.value <= t.limit;
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${pad(t.name, 48)} ${t.value.toFixed(2)} ${t.unit} (target ${t.higherIsBetter ? '≥' : '≤'} ${+t.limit.toFixed(2)} ${t.unit})`);
  }
  report.targets = targets.map((t) => ({ ...t, pass: t.higherIsBetter ? t.value >= t.limit : t.value <= t.limit }));
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
