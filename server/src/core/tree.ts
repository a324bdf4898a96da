/** Walks of the paragraph tree shared by the parser, the checks and the features. */
import type { Operative, SubParagraph } from './model';

/**
 * The last item of a list, or undefined when it is empty. Reading `list[list.length - 1]` of an empty list
 * asks for the property "-1", which V8 looks up along the prototype chain: several times slower than an
 * element, and the parser asks it of empty lists (a paragraph without sub-paragraphs) all the time.
 */
export function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length === 0 ? undefined : list[list.length - 1];
}

/** The last item at the deepest level: where a paragraph's text ends. */
export function lastLeaf(p: Operative | SubParagraph): Operative | SubParagraph {
  let leaf = p;
  while (leaf.children.length > 0) leaf = leaf.children[leaf.children.length - 1];
  return leaf;
}
