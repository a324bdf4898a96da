/**
 * Property (fast-check) on real texts: take the paragraphs of a resolution of the corpus, apply a random
 * edit script (delete, insert, move, reword a few words, renumber) and the comparison recovers the script
 * exactly: every paragraph's origin and its change.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { compare, paragraphTokens, type Change } from '../../server/src/core/features/compare';
import { wordKeys } from '../../server/src/core/agreed/words';
import { skipWithoutCorpus, TEXTS } from '../helpers/corpus';

/** Texts rendered from XML (clean); the property needs no PDF extraction. */
const FILES = ['S-RES-2584-2021.txt', 'S-RES-2719-2023.txt', 'A-RES-75-1.txt', 'S-RES-2231-2015.txt', 'A-HRC-RES-55-8.txt'];

interface Source {
  readonly preamble: string[];
  readonly operative: string[];
}

function dice(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared++;
      count.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Paragraph texts (one line each, sub-paragraphs joined in) that are distinct enough to be told apart. */
function distinct(texts: string[]): string[] {
  const kept: { text: string; words: string[] }[] = [];
  for (const text of texts) {
    const words = wordKeys(text);
    if (words.length < 4 || kept.some((k) => dice(k.words, words) >= 0.5)) continue;
    kept.push({ text, words });
  }
  return kept.map((k) => k.text);
}

function sourceOf(file: string): Source {
  const m = parse(readFileSync(join(TEXTS, file), 'utf8'));
  const line = (node: Parameters<typeof paragraphTokens>[0]) => paragraphTokens(node).filter((t) => !t.label).map((t, i) => (t.spaced && i > 0 ? ' ' : '') + t.text).join('');
  // Paragraphs that cite others by number are left out: moving paragraphs around would change what they cite.
  const citing = new Set(m.references.flatMap((r) => (r.kind === 'paragraph' && r.holder ? [r.holder] : [])));
  return { preamble: distinct(m.preamble.filter((p) => !citing.has(p)).map(line)).slice(0, 25), operative: distinct(m.operative.filter((p) => !citing.has(p)).map(line)).slice(0, 40) };
}

interface Item {
  readonly text: string;
  /** Index in the old part, or null when inserted. */
  readonly from: number | null;
  readonly change: Change;
}

interface Script {
  readonly deletes: number[];
  readonly move: { from: number; to: number } | null;
  readonly rewords: { at: number; words: number[] }[];
  readonly inserts: { at: number; words: number }[];
}

const script = (n: number): fc.Arbitrary<Script> =>
  fc.record({
    deletes: fc.uniqueArray(fc.nat(n - 1), { maxLength: Math.max(0, Math.min(3, n - 4)) }),
    move: fc.option(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1) }), { nil: null }),
    rewords: fc.array(fc.record({ at: fc.nat(n - 1), words: fc.uniqueArray(fc.nat(200), { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
    inserts: fc.array(fc.record({ at: fc.nat(n), words: fc.integer({ min: 5, max: 30 }) }), { maxLength: 3 }),
  });

let made = 0;
/** A word no resolution uses. */
const nonce = (): string => `zqx${(made++).toString(36)}`;

/** Applies the script and says what the comparison must find for each paragraph of the new text. */
function apply(texts: string[], s: Script): Item[] {
  let items: Item[] = texts.map((text, i) => ({ text, from: i, change: 'unchanged' as Change }));
  const gone = new Set(s.deletes);
  const reworded = new Set<number>();
  for (const r of s.rewords) {
    const item = items[r.at];
    const words = item.text.split(' ');
    if (gone.has(r.at) || reworded.has(r.at) || words.length < 12 * r.words.length) continue;
    reworded.add(r.at);
    for (const w of r.words) {
      const k = 1 + (w % (words.length - 2));
      words[k] = nonce();
    }
    items[r.at] = { ...item, text: words.join(' '), change: 'changed' };
  }
  items = items.filter((_, i) => !gone.has(i));
  if (s.move && items.length > 3) {
    const from = s.move.from % items.length;
    const to = s.move.to % items.length;
    if (Math.abs(from - to) >= 2) {
      const [item] = items.splice(from, 1);
      items.splice(to, 0, { ...item, change: 'moved' });
    }
  }
  for (const ins of s.inserts) {
    const text = Array.from({ length: ins.words }, nonce).join(' ');
    items.splice(ins.at % (items.length + 1), 0, { text: text.charAt(0).toUpperCase() + text.slice(1), from: null, change: 'added' });
  }
  return items;
}

/** A clean resolution: organ line, preambular paragraphs, operative paragraphs numbered 1..N (renumbered). */
function render(preamble: string[], operative: string[]): string {
  const pp = preamble.map((t) => `${t},`);
  const op = operative.map((t, i) => `${i + 1}. ${t}${i === operative.length - 1 ? '.' : ';'}`);
  return ['The Security Council,', ...pp, ...op].join('\n\n') + '\n';
}

describe('compare (property, real texts)', function () {
  this.timeout(120000);
  before(function () {
    skipWithoutCorpus(this, TEXTS);
  });

  for (const file of FILES) {
    it(`recovers a random edit script on ${file}`, () => {
      const src = sourceOf(file);
      const oldText = render(src.preamble, src.operative);
      const oldModel = parse(oldText);
      assert.equal(oldModel.preamble.length, src.preamble.length, 'the rendered preamble parses back');
      assert.equal(oldModel.operative.length, src.operative.length, 'the rendered operative part parses back');
      fc.assert(
        fc.property(script(src.preamble.length), script(src.operative.length), (sp, so) => {
          const pre = apply(src.preamble, sp);
          const ops = apply(src.operative, so);
          const result = compare(oldModel, parse(render(pre.map((x) => x.text), ops.map((x) => x.text))));
          for (const [part, items, n] of [['preamble', pre, src.preamble.length], ['operative', ops, src.operative.length]] as const) {
            const got = result.paragraphs.filter((a) => a.part === part);
            const kept = new Set(items.map((x) => x.from));
            const expected = [
              ...items.map((x, j) => `${x.from === null ? '-' : x.from + 1}→${j + 1} ${x.change}`),
              ...Array.from({ length: n }, (_, i) => i).filter((i) => !kept.has(i)).map((i) => `${i + 1}→- removed`),
            ];
            const actual = got.map((a) => `${a.old?.index ?? '-'}→${a.new?.index ?? '-'} ${a.change}`);
            assert.deepEqual([...actual].sort(), [...expected].sort(), part);
            if (part === 'operative') for (const a of got) if (a.new) assert.equal(a.new.label, String(a.new.index));
          }
        }),
        { numRuns: 40 },
      );
    });
  }
});
