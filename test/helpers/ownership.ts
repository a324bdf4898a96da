/**
 * The invariant that lets an edit move a model's offsets in place (`server/src/core/parse/patch.ts`): no two
 * places of a model, or of a model and its diagnostics, hold the same span, segment, content or node.
 */
import type { Analysis } from '../../server/src/core/analysis';

/** Fields that link to a node owned elsewhere rather than own one. */
const LINKS = new Set(['holder', 'resolved']);

/** The paths at which an object already reached by another path is held again, empty when every object has one owner. */
export function sharedObjects(analysis: Analysis): string[] {
  const owner = new Map<object, string>();
  const shared: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    // Lists of words ("path") and empty lists (one frozen array for every diagnostic without related
    // places) hold no offsets, and may be shared.
    if (Array.isArray(value) && value.every((x) => typeof x !== 'object' || x === null)) return;
    const first = owner.get(value);
    if (first !== undefined) {
      shared.push(`${path} is ${first}`);
      return;
    }
    owner.set(value, path);
    if (Array.isArray(value)) value.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, v] of Object.entries(value)) if (!LINKS.has(k)) walk(v, `${path}.${k}`);
  };
  const { model, diagnostics } = analysis;
  // `operative` lists the sections' paragraphs again, and `other` some of `blocks`: both are indexes.
  walk({ ...model, operative: [], other: [] }, 'model');
  walk(diagnostics, 'diagnostics');
  return shared;
}
