/** The table of checks and the function that runs them with configured severities. */
import type { Diagnostic, Related, Resolution, Severity } from '../model';
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
import { translator, type Locale } from '../messages';

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
  const lang = LANGUAGES[model.language];
  const out: Diagnostic[] = [];
  const t = translator(options.locale);
  for (const rule of RULES) {
    const override = options.severities?.[rule.code];
    if (override === 'off') continue;
    for (const f of rule.check({ model, lang, library: options.library, t })) {
      out.push({
        code: rule.code,
        severity: override ?? f.severity ?? rule.severity,
        message: f.message,
        span: f.span,
        related: f.related ?? NONE,
        ...(f.fix ? { fix: f.fix } : {}),
        ...(f.alternatives ? { alternatives: f.alternatives } : {}),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
