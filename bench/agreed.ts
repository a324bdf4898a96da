/**
 * The agreed-language bench (issue #15), on the SC, GA and HRC XML folders of the corpus: a paragraph
 * of the library with two or three words changed must find its source first; search time; what the
 * index adds to building the library, cold and warm; memory. Each measurement runs in a fresh process
 * (this file is also the child's entry point).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResolutionLibrary } from '../server/src/library';
import { renderAkn } from '../server/src/library/akn';
import { passagesOfAkn } from '../server/src/library/passages';
import { parse } from '../server/src/core/parse';
import { wordKeys } from '../server/src/core/agreed/words';

interface ChildResult {
  readonly indexMs: number;
  readonly buildMs: number;
  readonly files: number;
  readonly fromCache: number;
  readonly passages: number;
  readonly extractMs?: number;
  readonly queries?: number;
  readonly found?: number;
  readonly p50?: number;
  readonly p95?: number;
  readonly heapMB?: number;
  readonly rssMB?: number;
  /** Wall-clock milliseconds of index + build, and the p95 of the searches. */
  readonly wallMs: number;
  readonly wallP95?: number;
}

/**
 * Milliseconds of CPU time of this process (user and system). On a shared machine wall-clock time
 * measures the neighbours; CPU time measures this work, and on an idle machine the two agree for this
 * single-threaded code (GC threads make CPU time, if anything, the larger). Wall time is printed too.
 */
const now = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const wallNow = (): number => Number(process.hrtime.bigint()) / 1e6;

/** A small seeded generator (mulberry32): the same queries every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function child(mode: string, cacheDir: string, roots: string[]): Promise<ChildResult> {
  const library = new ResolutionLibrary({ cacheDir });
  const wall = wallNow();
  let t = now();
  const report = await library.index(roots);
  const indexMs = now() - t;
  t = now();
  const index = library.agreedIndex;
  const buildMs = now() - t;
  const base = { indexMs, buildMs, files: report.files, fromCache: report.fromCache, passages: index.size, wallMs: wallNow() - wall };
  if (mode === 'extract') {
    // What indexing does for agreed language beyond the rendering it already did: parse and list the passages.
    let extractMs = 0;
    for (const d of library.entries()) {
      if (!d.location?.uri.endsWith('.xml')) continue;
      const r = renderAkn(readFileSync(new URL(d.location.uri), 'utf8'));
      const s = now();
      passagesOfAkn(r, parse(r.text));
      extractMs += now() - s;
    }
    return { ...base, extractMs };
  }
  if (mode !== 'warm') return base;
  const rand = random(15);
  const pool = index.passages.filter((p) => wordKeys(p.text).length >= 12);
  const vocabulary = wordKeys(pool.slice(0, 2000).map((p) => p.text).join(' '));
  const times: number[] = [];
  const walls: number[] = [];
  let found = 0;
  const QUERIES = 400;
  for (let q = 0; q < QUERIES; q++) {
    const source = pool[Math.floor(rand() * pool.length)];
    const words = source.text.split(/\s+/);
    const changes = 2 + Math.floor(rand() * 2);
    for (let k = 0; k < changes; k++) {
      const at = Math.floor(rand() * words.length);
      if (rand() < 0.25) words.splice(at, 1);
      else words[at] = vocabulary[Math.floor(rand() * vocabulary.length)];
    }
    const s = now();
    const w = wallNow();
    const best = library.precedents(words.join(' '), { limit: 1 })[0];
    times.push(now() - s);
    walls.push(wallNow() - w);
    // The source, or a paragraph with the very same words (agreed language is repeated word for word).
    if (best && wordKeys(best.passage.text).join(' ') === wordKeys(source.text).join(' ')) found++;
  }
  times.sort((a, b) => a - b);
  walls.sort((a, b) => a - b);
  global.gc?.();
  const m = process.memoryUsage();
  return { ...base, queries: QUERIES, found, p50: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], heapMB: (m.heapUsed + m.arrayBuffers) / 1048576, rssMB: m.rss / 1048576, wallP95: walls[Math.floor(walls.length * 0.95)] };
}

type Target = (name: string, value: number, limit: number, unit: string, higherIsBetter?: boolean) => void;

export function agreedLanguage(corpus: string, target: Target, report: Record<string, unknown>): void {
  const roots = ['UNxml-SCresolutions', 'UNxml-GAresolutions', 'UNxml-HRCresolutions'].map((r) => join(corpus, r)).filter(existsSync);
  if (roots.length === 0) {
    console.log(`\n(agreed language skipped: the UNxml folders of ${corpus} are absent)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'unres-bench-agreed-'));
  const run = (mode: string, cache: string): ChildResult => JSON.parse(execFileSync(process.execPath, ['--expose-gc', __filename, mode, cache, ...roots], { encoding: 'utf8', maxBuffer: 1 << 24 })) as ChildResult;
  try {
    const cold = run('cold', join(dir, 'cache'));
    const extract = run('extract', join(dir, 'cache'));
    const warm = run('warm', join(dir, 'cache'));
    // Passages have their own cache file, which a warm start does not read: the library cache is as it
    // was, and what agreed language adds warm is reading its index from disk.
    const addedCold = ((extract.extractMs ?? 0) + cold.buildMs) / 1000;
    const addedWarm = warm.buildMs / 1000;
    const share = (warm.found ?? 0) / (warm.queries ?? 1);
    console.log(`\n6. Agreed language: ${warm.passages} paragraphs and sub-paragraphs of ${roots.map((r) => r.split('/').pop()).join(', ')} (${warm.files} files); CPU time of the process`);
    console.log(`   cold: library ${(cold.indexMs / 1000).toFixed(2)} s, of which passages ${((extract.extractMs ?? 0) / 1000).toFixed(2)} s; search index ${(cold.buildMs / 1000).toFixed(2)} s`);
    console.log(`   warm: library ${(warm.indexMs / 1000).toFixed(2)} s; search index read from disk ${(warm.buildMs / 1000).toFixed(2)} s`);
    console.log(`   ${warm.queries} paragraphs with 2 or 3 words changed: source first in ${(100 * share).toFixed(1)}%; search p50 ${warm.p50?.toFixed(1)} ms, p95 ${warm.p95?.toFixed(1)} ms`);
    console.log(`   wall clock (inflated when the machine is shared): cold ${(cold.wallMs / 1000).toFixed(2)} s, warm ${(warm.wallMs / 1000).toFixed(2)} s, search p95 ${warm.wallP95?.toFixed(1)} ms`);
    console.log(`   memory with the library and its index: ${warm.heapMB?.toFixed(0)} MB (heap and typed arrays), ${warm.rssMB?.toFixed(0)} MB resident`);
    report.agreed = { cold, extract, warm, addedCold, addedWarm, share };
    target('agreed language: source found first', 100 * share, 95, '%', true);
    target('agreed language: search p95', warm.p95 ?? Infinity, 50, 'ms');
    target('agreed language: index adds, cold', addedCold, 5, 's');
    target('agreed language: index adds, warm', addedWarm, 0.5, 's');
    target('agreed language: memory (heap + arrays)', warm.heapMB ?? Infinity, 300, 'MB');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [mode, cache, ...roots] = process.argv.slice(2);
  void child(mode, cache, roots).then((r) => console.log(JSON.stringify(r)));
}
