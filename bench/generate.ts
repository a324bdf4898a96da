/** Generated inputs for the benchmark: a large resolution and adversarial texts. */

/** A Security Council resolution of about `bytes` characters, with headings, sub-paragraphs and references. */
export function generateResolution(bytes: number): string {
  const parts = ['Resolution 9999 (2026)', 'Adopted by the Security Council at its 9999th meeting, on 1 January 2026', 'The Security Council,'];
  for (let i = 1; i <= 20; i++) parts.push(`Recalling its resolution ${2300 + i} (2016) and the statement of its President S/PRST/2016/${i},`);
  let n = 0;
  let size = parts.join('\n\n').length;
  while (size < bytes) {
    n++;
    const block: string[] = [];
    if (n % 25 === 1) block.push(`Section ${Math.ceil(n / 25)} of the mandate`);
    const back = n > 3 ? ` as set out in paragraphs ${n - 3} and ${n - 2} above and paragraph ${n + 2} below` : '';
    block.push(`${n}. Requests the Secretary-General to report on the implementation of resolution 2374 (2017)${back}, including on the following:`);
    block.push('(a) the political process and the measures referred to in subparagraph (b) below;', '(b) the protection of civilians, in particular:', '(i) women and children;', '(ii) internally displaced persons;');
    block.push('(c) the humanitarian situation;');
    parts.push(...block);
    size += block.join('\n\n').length + 2;
  }
  parts.push(`${n + 1}. Decides to remain seized of the matter.`, '');
  // The last reference points two paragraphs past the end; keep the text valid.
  return parts.join('\n\n').replace(`paragraph ${n + 2} below`, `paragraph ${n + 1} below`).replace(`paragraph ${n + 1} below`, `paragraph ${n + 1} below`);
}

/** Adversarial inputs of about `size` characters each, by name. */
export function adversarial(size: number): Record<string, string> {
  const rep = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const headings = Math.round(size / 100);
  return {
    '"paragraph " repeated': rep('paragraph '),
    '"(a) " repeated': rep('(a) '),
    '"1. " repeated': rep('1. '),
    '"((((" repeated': rep('(((('),
    'one line without spaces': rep('x'),
    'headings only': Array.from({ length: headings }, (_, i) => `Heading number ${i}`).join('\n\n'),
    '"paragraphs 1, 2" lists': rep('paragraphs 1, 2, 3 and '),
    '"resolution 1 (" repeated': rep('resolution 1 ('),
  };
}
