/**
 * Fixtures as data: text with expected annotations under the lines they mark, rust-analyzer style:
 *
 *     3. Decides to extend the mandate;
 *     ^^ error numbering/sequence
 *
 * and a cursor marker `$0` for features that take a position.
 */
import * as assert from 'node:assert/strict';

export interface Annotation {
  readonly start: number;
  readonly end: number;
  readonly severity: string;
  readonly code: string;
}

const ANNOTATION = /^(\s*)(\^+) (error|warning|information|hint) (\S+)\s*$/;

export function parseAnnotated(source: string): { text: string; annotations: Annotation[] } {
  const lines = source.split('\n');
  const kept: string[] = [];
  const annotations: Annotation[] = [];
  let offset = 0;
  let previousLineStart = 0;
  for (const line of lines) {
    const m = ANNOTATION.exec(line);
    if (m) {
      const start = previousLineStart + m[1].length;
      annotations.push({ start, end: start + m[2].length, severity: m[3], code: m[4] });
      continue;
    }
    kept.push(line);
    previousLineStart = offset;
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), annotations };
}

/** Removes the `$0` marker and returns its offset. */
export function cursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf('$0');
  assert.ok(offset >= 0, 'fixture has no $0 cursor marker');
  return { text: source.slice(0, offset) + source.slice(offset + 2), offset };
}

/** Dedents a template literal so fixtures can be indented in test files. */
export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

/** Renders spans of a text as "line:col-col text" for readable assertion failures. */
export function render(text: string, items: readonly { start: number; end: number; severity: string; code: string }[]): string[] {
  return items
    .map((a) => {
      const before = text.slice(0, a.start);
      const line = before.split('\n').length;
      const col = a.start - before.lastIndexOf('\n') - 1;
      return `${line}:${col} ${a.severity} ${a.code} «${text.slice(a.start, a.end)}»`;
    })
    .sort();
}
