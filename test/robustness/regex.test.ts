/**
 * Every regular expression of the project is checked for catastrophic backtracking with recheck (a ReDoS
 * checker): the literals in the sources (found with the TypeScript parser), the patterns in the language
 * data, and the reference triggers built from them.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
// The pure-JavaScript checker: the native one leaves an agent process running after the tests.
process.env.RECHECK_BACKEND = 'pure';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkSync } = require('recheck') as typeof import('recheck');
import { LANGUAGES } from '../../server/src/core/lang';
import { anchorsOf } from '../../server/src/core/parse/references';

const ROOT = join(__dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function literals(file: string): { source: string; flags: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: { source: string; flags: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      out.push({ source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function unsafe(patterns: { source: string; flags: string; where: string }[]): string[] {
  return patterns.flatMap((p) => {
    const r = checkSync(p.source, p.flags.replace(/[gy]/g, ''), { timeout: 10000 });
    return r.status === 'vulnerable' ? [`${p.where}: /${p.source}/ (${r.status}${'attack' in r && r.attack ? `, e.g. ${JSON.stringify(r.attack.pattern)}` : ''})`] : [];
  });
}

describe('regular expressions are linear-time', function () {
  this.timeout(300000);

  it('in the sources of server, client and bench', () => {
    const files = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src')), ...sources(join(ROOT, 'bench'))];
    const patterns = files.flatMap((f) => literals(f).map((l) => ({ ...l, where: f.slice(ROOT.length + 1) })));
    assert.ok(patterns.length > 50, `found ${patterns.length} literals`);
    assert.deepEqual(unsafe(patterns), []);
  });

  it('in the language data, and the reference triggers built from it', () => {
    const patterns = Object.values(LANGUAGES).flatMap((l) => [
      ...(['adoption', 'annexHeading', 'sectionHeading', 'resolutionTitle'] as const).map((k) => ({ source: l[k], flags: '', where: `${l.id}.${k}` })),
      { source: anchorsOf(l).pattern.source, flags: anchorsOf(l).pattern.flags, where: `${l.id} reference anchors` },
    ]);
    assert.deepEqual(unsafe(patterns), []);
  });
});
