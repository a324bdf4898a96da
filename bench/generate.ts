/** Generated inputs for the benchmark: a large resolution and adversarial texts. */

/** Operative paragraphs per section: real lists stay well below the three digits labels allow. */
const PER_SECTION = 400;

/**
 * A Security Council resolution of about `bytes` characters, with headings, sub-paragraphs and
 * references: a body of up to 400 paragraphs, then annexes of up to 400 paragraphs numbered from 1.
 */
export function generateResolution(bytes: number): string {
  const parts = ['Resolution 9999 (2026)', 'Adopted by the Security Council at its 9999th meeting, on 1 January 2026', 'The Security Council,'];
  for (let i = 1; i <= 20; i++) parts.push(`Recalling its resolution ${2300 + i} (2016) and the statement of its President S/PRST/2016/${i},`);
  let size = parts.join('\n\n').length;
  const section: string[] = [];
  let sections = 0;
  /** Closes the current list: every "below" points at a paragraph that exists, and the list ends with a period. */
  const closeSection = (): void => {
    const n = section.filter((l) => /^\d+\. /.test(l)).length;
    const text = section.join('\n\n').replace(/paragraph (\d+) below/g, (m, k: string) => (Number(k) <= n ? m : `paragraph ${n} below`));
    parts.push(text.replace(/;$/, '.'));
    section.length = 0;
  };
  let n = 0;
  while (size < bytes) {
    if (n === PER_SECTION) {
      closeSection();
      sections++;
      section.push(`Annex ${sections}`);
      n = 0;
    }
    n++;
    const block: string[] = [];
    if (n % 25 === 1) block.push(`Section ${Math.ceil(n / 25)} of the mandate`);
    const back = n > 3 ? ` as set out in paragraphs ${n - 3} and ${n - 2} above and paragraph ${n + 2} below` : '';
    block.push(`${n}. Requests the Secretary-General to report on the implementation of resolution 2374 (2017)${back}, including on the following:`);
    block.push('(a) the political process and the measures referred to in subparagraph (b) below;', '(b) the protection of civilians, in particular:', '(i) women and children;', '(ii) internally displaced persons;');
    block.push('(c) the humanitarian situation;');
    section.push(...block);
    size += block.join('\n\n').length + 2;
  }
  section.push(`${n + 1}. Decides to remain seized of the matter.`);
  closeSection();
  return parts.join('\n\n') + '\n';
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
    '"paragraph 1 (a) and (b)" paths': rep('paragraph 1 (a) and (b), '),
    '"résolution 1 du" (French)': `Le Conseil de sécurité,\n\n1. ${rep('l’alinéa a) et b) de la résolution 1 du ')}`,
  };
}
