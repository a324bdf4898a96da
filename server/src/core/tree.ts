/** Walks of the paragraph tree shared by the parser, the checks and the features. */
import type { Operative, SubParagraph } from './model';

/** The last item at the deepest level: where a paragraph's text ends. */
export function lastLeaf(p: Operative | SubParagraph): Operative | SubParagraph {
  const last = p.children[p.children.length - 1];
  return last ? lastLeaf(last) : p;
}
