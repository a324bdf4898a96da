/** The one place that converts core results (offsets) into LSP types (line/character). */
import * as lsp from 'vscode-languageserver';
import type { Diagnostic as CoreDiagnostic, Severity, Span } from '../core/model';
import type { LineIndex } from '../core/text';


export function range(index: LineIndex, s: Span): lsp.Range {
  return { start: index.positionAt(s.start), end: index.positionAt(s.end) };
}

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  information: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

/** A finding as LSP shows it: the range, severity, code with its rule page, and message. */
export function finding(index: LineIndex, d: Pick<CoreDiagnostic, 'span' | 'severity' | 'code' | 'message'>, docsBase: string): lsp.Diagnostic {
  return {
    range: range(index, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: `${docsBase}/${d.code.replace('/', '-')}.md` },
    source: 'unres',
    message: d.message,
  };
}

/** `docsBase` is the URI of the folder holding one Markdown page per rule (shipped with the extension). */
export function diagnostic(index: LineIndex, uri: string, d: CoreDiagnostic, docsBase: string): lsp.Diagnostic {
  return {
    ...finding(index, d, docsBase),
    relatedInformation: d.related.map((r) => ({ location: { uri, range: range(index, r.span) }, message: r.message })),
    data: d.fix ? { fix: d.fix } : undefined,
  };
}
