/** One analysis of a text: the model and the diagnostics of every check. The entry point of the core. */
import type { Diagnostic, Resolution } from './model';
import { parse, type ParseOptions } from './parse';
import { runChecks, type CheckOptions } from './checks';

export interface Analysis {
  readonly model: Resolution;
  readonly diagnostics: readonly Diagnostic[];
}

export function analyze(text: string, options: ParseOptions & CheckOptions = {}): Analysis {
  const model = parse(text, options);
  return { model, diagnostics: runChecks(model, options) };
}
