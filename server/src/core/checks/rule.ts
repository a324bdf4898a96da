/** What every check is: a stable code, a default severity, a one-line description and a pure function. */
import type { Diagnostic, Related, Resolution, Severity, Span, TextEdit } from '../model';
import type { Language } from '../lang';
import type { LibraryView } from '../library';
import type { Translate } from '../messages';

export interface CheckContext {
  readonly model: Resolution;
  readonly lang: Language;
  /** Other resolutions, when a library is configured. */
  readonly library?: LibraryView;
  /** Messages in the user's language: `t('xref.self', { label })`. */
  readonly t: Translate;
}

/** A finding before the configured severity is applied. */
export interface Finding {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly Related[];
  readonly fix?: { readonly title: string; readonly edits: readonly TextEdit[] };
  /** Other remedies, offered after `fix` ("change the year" when the number is the likelier slip). */
  readonly alternatives?: readonly { readonly title: string; readonly edits: readonly TextEdit[] }[];
  /** A severity that overrides the rule's default for this finding (e.g. "bis" paragraphs are information). */
  readonly severity?: Severity;
}

/**
 * What a rule's findings depend on, so that after an edit that keeps the structure (`core/incremental`) they
 * are carried over rather than found again:
 * - `structure`: only the structure (sections, paragraphs, labels, headings and their places), never a
 *   paragraph's text or references;
 * - `reference`: each reference's findings depend on that reference and the structure alone, and lie inside it;
 * - `citations`: the findings depend on the references to other documents alone (each one's kind, symbol,
 *   number and year, where it stands and the text it spans), all of them together.
 * Without a scope, the rule runs again over the whole model after every edit.
 */
export type RuleScope = 'structure' | 'reference' | 'citations';

export interface Rule {
  readonly code: string;
  readonly severity: Severity;
  readonly description: string;
  readonly scope?: RuleScope;
  check(ctx: CheckContext): Finding[];
}

export type { Diagnostic };
