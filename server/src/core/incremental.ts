/**
 * Analysis of the successive versions of one document. Given the changes from the last version, a change
 * inside one paragraph that cannot alter the structure is carried over to the last model, moved in place (`patchModel`), and
 * its diagnostics (`recheck`): only that paragraph's references are read again, and only the checks that
 * read paragraph texts run again over the model. Any other change, or none given, analyses the whole text,
 * where what the reference scan found in each paragraph's text is remembered from the last full analysis.
 * Either way the result is the full analysis of the new text (`test/robustness/incremental.property.test.ts`).
 */
import type { Analysis } from './analysis';
import { checkAll, recheck, type Checked, type CheckOptions } from './checks';
import { Unmappable, applyChange, type Change } from './edits';
import type { Language } from './lang';
import type { OrganCode } from './model';
import { parseDocument, type ParseOptions } from './parse';
import { patchModel, type Parsed } from './parse/patch';
import { scanReferences, type RawRef } from './parse/references';

export type { Change } from './edits';

/** Results of one version by language and organ, then by paragraph text. */
type Scans = Map<string, Map<string, RawRef[]>>;

type Options = Omit<ParseOptions, 'scanReferences'> & CheckOptions;

interface Version extends Parsed {
  readonly checked: Checked;
  readonly options: Options;
}

export class IncrementalAnalysis {
  private scans: Scans = new Map();
  private last: Version | null = null;
  /** Paragraphs whose references the last analysis read (the others were remembered or carried over). */
  scanned = 0;
  /** Whether the last analysis carried the model before it over rather than parsing the whole text. */
  patched = false;

  /**
   * The analysis of `text`; `changes`, in the order they were made, turn the text of the last call into it
   * (as an editor reports them). Without them the whole text is analysed.
   *
   * The result of the last call is invalidated by this one: a change carried over moves that model's nodes
   * in place (`patchModel`), and one declined midway may leave them part moved. Keep only the latest result.
   */
  analyze(text: string, options: Options = {}, changes?: readonly Change[]): Analysis {
    this.scanned = 0;
    const last = this.last;
    // Should anything fail, the next version is analysed in full: these changes are not given again.
    this.last = null;
    const carried = changes && last && sameOptions(last.options, options) ? this.carry(last, text, changes, options) : null;
    this.patched = carried !== null;
    this.last = carried ?? this.full(text, options);
    return { model: this.last.model, diagnostics: this.last.checked.diagnostics };
  }

  /** The next analysis parses the whole text (the library or the settings the checks read have changed). */
  invalidate(): void {
    this.last = null;
  }

  private full(text: string, options: Options): Version {
    const previous = this.scans;
    // Only this version's paragraphs are kept for the next: memory stays proportional to the text.
    const current: Scans = new Map();
    const scan = (paragraph: string, lang: Language, organ: OrganCode | null): RawRef[] => {
      const key = `${lang.id} ${organ}`;
      let mine = current.get(key);
      if (!mine) current.set(key, (mine = new Map()));
      const refs = mine.get(paragraph) ?? previous.get(key)?.get(paragraph) ?? this.scan(paragraph, lang, organ);
      mine.set(paragraph, refs);
      return refs;
    };
    const parsed = parseDocument(text, { ...options, scanReferences: scan });
    this.scans = current;
    return { ...parsed, checked: checkAll(parsed.model, options), options };
  }

  /** The last version carried over the changes, or null where a change may alter the structure. */
  private carry(last: Version, text: string, changes: readonly Change[], options: Options): Version | null {
    let version = last;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i];
      const old = version.model.text;
      if (c.start < 0 || c.start > c.end || c.end > old.length) return null;
      // The last change gives the text as the caller has it; the ones before, the texts in between.
      const next = i === changes.length - 1 ? text : applyChange(old, c);
      if (next.length !== old.length - (c.end - c.start) + c.text.length || !next.startsWith(c.text, c.start)) return null;
      const remembered = (paragraph: string, lang: Language, organ: OrganCode | null): RawRef[] => this.scans.get(`${lang.id} ${organ}`)?.get(paragraph) ?? this.scan(paragraph, lang, organ);
      const patched = patchModel(version, next, c, options.language, remembered);
      if (!patched) return null;
      try {
        version = { model: patched.model, facts: patched.facts, checked: recheck(version.checked, patched.model, patched, options), options };
      } catch (e) {
        if (e instanceof Unmappable) return null;
        throw e;
      }
    }
    return version;
  }

  private scan(paragraph: string, lang: Language, organ: OrganCode | null): RawRef[] {
    this.scanned++;
    return scanReferences(paragraph, lang, organ);
  }
}

function sameOptions(a: Options, b: Options): boolean {
  return a.language === b.language && a.severities === b.severities && a.library === b.library && a.locale === b.locale && a.references === b.references;
}
