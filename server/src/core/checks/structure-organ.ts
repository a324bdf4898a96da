/** structure/organ: the text names its organ ("The Security Council,") before the preamble. */
import type { Rule } from './rule';

export const structureOrgan: Rule = {
  code: 'structure/organ',
  severity: 'warning',
  description: 'The text has an organ line such as "The Security Council," before the preamble.',
  check({ model, lang }) {
    if (model.organ || (model.preamble.length === 0 && model.operative.length === 0)) return [];
    const first = model.preamble[0] ?? model.operative[0];
    const examples = lang.organs.slice(0, 2).map((o) => `"${o.line},"`).join(' or ');
    return [{ span: { start: first.span.start, end: Math.min(first.span.end, first.span.start + 1) }, message: `No organ line: start the resolution with ${examples}.` }];
  },
};
