/** Human-readable names for model nodes, shared by checks and features. */
import type { LabelStyle, Operative, Preambular, RefTarget, Resolution, SubParagraph } from './model';
import { LANGUAGES } from './lang';
import { writeSubLabel, writeSubPath } from './labels';
import { translator, type Translate } from './messages';

export function targetLabel(model: Resolution, t: Pick<RefTarget, 'label' | 'path'>): string {
  return t.path.length === 0 ? t.label : `${t.label} ${writeSubPath(t.path, labelStyleOf(model))}`;
}

/** Per model: checks ask once per finding, and a text may have thousands. */
const styles = new WeakMap<Resolution, LabelStyle>();

/** How the text writes sub-paragraph labels: as its first lettered sub-paragraph does, or as its language usually does. */
export function labelStyleOf(model: Resolution): LabelStyle {
  let style = styles.get(model);
  if (style === undefined) {
    style = firstLabelStyle(model);
    styles.set(model, style);
  }
  return style;
}

function firstLabelStyle(model: Resolution): LabelStyle {
  const first = (list: readonly SubParagraph[]): LabelStyle | null => {
    for (const sp of list) {
      const style = sp.labelStyle ?? first(sp.children);
      if (style) return style;
    }
    return null;
  };
  for (const p of model.operative) {
    const style = first(p.children);
    if (style) return style;
  }
  return LANGUAGES[model.language].subLabelStyles[0];
}

export function nodeName(model: Resolution, node: Operative | Preambular | SubParagraph, t: Translate = translator()): string {
  if (node.kind === 'operative') return t('paragraph', { label: node.label });
  if (node.kind === 'preamble') return t('preambularParagraph', { number: node.index + 1 });
  const owner = ownerOf(model, node);
  return owner ? t('paragraph', { label: `${owner.label} ${pathTo(owner, node)}` }) : t('subparagraph', { label: written(node) });
}

/** The operative paragraph that contains a sub-paragraph. */
export function ownerOf(model: Resolution, sp: SubParagraph): Operative | null {
  for (const p of model.operative) if (p.span.start <= sp.span.start && sp.span.end <= p.span.end) return p;
  return null;
}

function written(sp: SubParagraph): string {
  return sp.labelStyle ? writeSubLabel(sp.label, sp.labelStyle) : sp.label;
}

function pathTo(p: Operative | SubParagraph, target: SubParagraph): string {
  for (const c of p.children) {
    if (c === target) return written(c);
    if (c.span.start <= target.span.start && target.span.end <= c.span.end) return `${written(c)} ${pathTo(c, target)}`;
  }
  return '';
}

/** The paragraph (operative or preambular) whose span contains the offset. */
export function paragraphAt(model: Resolution, offset: number): Operative | Preambular | null {
  for (const p of model.operative) if (offset >= p.span.start && offset <= p.span.end) return p;
  for (const p of model.preamble) if (offset >= p.span.start && offset <= p.span.end) return p;
  return null;
}
