import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { dedent, parseAnnotated, render } from './annotated';

/** Runs every check on the fixture and compares the diagnostics of `code` with its annotations. */
export function checkFixture(code: string, source: string): void {
  const { text, annotations } = parseAnnotated(dedent(source));
  const actual = analyze(text)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => ({ start: d.span.start, end: d.span.end, severity: d.severity, code: d.code }));
  assert.deepEqual(render(text, actual), render(text, annotations.filter((a) => a.code === code)));
}
