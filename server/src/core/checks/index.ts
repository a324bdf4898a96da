/** The table of checks and the function that runs them with configured severities. */
import type { Diagnostic, Reference, Related, Resolution, Severity, Span, TextContent, TextEdit } from '../model';
import { ownSpan } from '../parse/content';
import type { Shift } from '../edits';
import { LANGUAGES } from '../lang';
import type { Rule } from './rule';
import { numberingSequence } from './numbering-sequence';
import { subparagraphSequence } from './subparagraph-sequence';
import { xrefUnknownTarget } from './xref-unknown-target';
import { xrefDirection } from './xref-direction';
import { xrefSelf } from './xref-self';
import { operativeEnding, preambleEnding } from './style-endings';
import { operativeOpening, preambleOpening } from './style-openings';
import { structureOrgan } from './structure-organ';
import { refYearMismatch } from './ref-year-mismatch';
import { refUnknownDocument } from './ref-unknown-document';
import { refUnknownParagraph } from './ref-unknown-paragraph';
import { refStyle } from './ref-style';
import type { LibraryView } from '../library';
import { translator, type Locale, type Translate } from '../messages';

export const RULES: readonly Rule[] = [
  numberingSequence,
  subparagraphSequence,
  xrefUnknownTarget,
  xrefDirection,
  xrefSelf,
  preambleEnding,
  operativeEnding,
  preambleOpening,
  operativeOpening,
  structureOrgan,
  refYearMismatch,
  refUnknownDocument,
  refUnknownParagraph,
  refStyle,
];

export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  /** Per-rule severity overrides, keyed by rule code. */
  readonly severities?: Readonly<Record<string, SeverityOverride>>;
  readonly library?: LibraryView;
  /** The language of the messages; English by default. */
  readonly locale?: Locale;
}

/** Shared by every diagnostic without related places: a text with 100,000 findings allocates no empty arrays. */
const NONE: readonly Related[] = Object.freeze([]);

export function runChecks(model: Resolution, options: CheckOptions = {}): Diagnostic[] {
  return checkAll(model, options).diagnostics;
}

/** The diagnostics of a model, and each rule's apart (in `RULES` order; empty for rules turned off). */
export interface Checked {
  readonly diagnostics: Diagnostic[];
  readonly byRule: readonly (readonly Diagnostic[])[];
}

export function checkAll(model: Resolution, options: CheckOptions = {}): Checked {
  const t = translator(options.locale);
  return merge(RULES.map((rule) => runRule(rule, model, options, t)));
}

/** What an edit that kept the structure changed (`core/parse/patch`): how offsets moved, and the paragraph text read again. */
export interface Edited {
  readonly shift: Shift;
  /** The paragraph text read again, before the change, with its references before and after it. */
  readonly reread: { readonly before: TextContent; readonly replaced: readonly Reference[]; readonly references: readonly Reference[] } | null;
}

/**
 * The diagnostics of `model` after an edit that kept the structure, from those of the model before it: the
 * findings of a rule that reads only the structure are moved; those of a rule that judges each reference
 * apart are moved but for the references of the text read again, which it judges anew; every other rule runs
 * again. Throws `Unmappable` when a finding it keeps held the replaced text.
 */
export function recheck(previous: Checked, model: Resolution, edited: Edited, options: CheckOptions = {}): Checked {
  const t = translator(options.locale);
  return merge(
    RULES.map((rule, i) => {
      if (rule.scope === undefined || options.severities?.[rule.code] === 'off') return runRule(rule, model, options, t);
      const move = (d: Diagnostic): Diagnostic => withSpans(d, (s) => edited.shift.span(s));
      const segments = edited.reread?.before.segments ?? [];
      const first = segments[0];
      const last = segments[segments.length - 1];
      if (rule.scope === 'structure' || first === undefined) return previous.byRule[i].map(move);
      if (rule.scope === 'citations') return sameCitations(edited.reread!.replaced, edited.reread!.references, edited.shift) ? previous.byRule[i].map(move) : runRule(rule, model, options, t);
      // The findings inside the text read again are replaced by the rule's findings on its references.
      const start = first.docStart;
      const end = last.docStart + last.length;
      const kept = previous.byRule[i].filter((d) => d.span.start < start || d.span.start > end);
      const at = kept.findIndex((d) => d.span.start > end);
      const found = runRule(rule, { ...model, references: edited.reread!.references as Reference[] }, options, t);
      return [...kept.slice(0, at < 0 ? kept.length : at).map(move), ...found, ...kept.slice(at < 0 ? kept.length : at).map(move)];
    }),
  );
}

function runRule(rule: Rule, model: Resolution, options: CheckOptions, t: Translate): Diagnostic[] {
  const override = options.severities?.[rule.code];
  if (override === 'off') return [];
  const out: Diagnostic[] = [];
  for (const f of rule.check({ model, lang: LANGUAGES[model.language], library: options.library, t })) {
    // The model's nodes own their spans, which an edit moves in place (`parse/patch.ts`): a finding keeps copies.
    out.push(withSpans({
      code: rule.code,
      severity: override ?? f.severity ?? rule.severity,
      message: f.message,
      span: f.span,
      related: f.related ?? NONE,
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.alternatives ? { alternatives: f.alternatives } : {}),
    }, ownSpan));
  }
  return out;
}

/** Every rule's findings in one list, in the order of the text (a stable sort keeps the rules' order at one offset). */
function merge(byRule: readonly (readonly Diagnostic[])[]): Checked {
  return { diagnostics: byRule.flat().sort((a, b) => a.span.start - b.span.start), byRule };
}

/** Whether the paragraph read again cites the same documents, alike and at the same places once moved. */
function sameCitations(before: readonly Reference[], after: readonly Reference[], shift: Shift): boolean {
  const a = before.filter((r) => r.kind === 'document');
  const b = after.filter((r) => r.kind === 'document');
  return a.length === b.length && a.every((r, i) => {
    const x = b[i];
    return x.kind === 'document' && r.kind === 'document' && r.text === x.text && r.symbol === x.symbol && r.number === x.number && r.year === x.year && r.docKind === x.docKind && shift.moves(r.span, x.span);
  });
}

/** The diagnostic with each of its spans mapped by `map`. */
function withSpans(d: Diagnostic, map: (s: Span) => Span): Diagnostic {
  const related = d.related.length === 0 ? d.related : d.related.map((r) => ({ ...r, span: map(r.span) }));
  const edits = (es: readonly TextEdit[]): TextEdit[] => es.map((e) => ({ ...e, span: map(e.span) }));
  return {
    ...d,
    span: map(d.span),
    related,
    ...(d.fix ? { fix: { ...d.fix, edits: edits(d.fix.edits) } } : {}),
    ...(d.alternatives ? { alternatives: d.alternatives.map((a) => ({ ...a, edits: edits(a.edits) })) } : {}),
  };
}
