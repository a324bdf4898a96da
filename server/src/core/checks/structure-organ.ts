/** structure/organ: the text names its organ ("The Security Council,") before the preamble. */
import type { Rule } from './rule';

export const structureOrgan: Rule = {
  code: 'structure/organ',
  severity: 'warning',
  scope: 'structure',
  description: 'The text has an organ line such as "The Security Council," before the preamble.',
  check({ model, lang, t }) {
    if (model.organ || (model.preamble.length === 0 && model.operative.length === 0)) return [];
    const first = model.preamble[0] ?? model.operative[0];
    const [a, b] = lang.organs.map((o) => `"${o.line},"`);
    const message = b === undefined ? t('organ.missingOne', { first: a }) : t('organ.missing', { first: a, second: b });
    return [{ span: { start: first.span.start, end: Math.min(first.span.end, first.span.start + 1) }, message }];
  },
};
