/**
 * Akoma Ntoso (AKN4UN) XML → the plain text the parser reads, one block a line with blank lines between,
 * plus the offsets of every numbered paragraph of the main body (for go-to-definition into XML files and
 * for the conformance test that compares with `<num>`). Pure: XML text in, rendering out.
 */
import { XMLParser } from 'fast-xml-parser';

type XmlNode = Record<string, unknown>;

export interface AknParagraph {
  readonly num: string;
  readonly eId: string | null;
  /** Offset of the paragraph in the rendered text. */
  readonly offset: number;
}

export interface AknRendering {
  readonly text: string;
  readonly symbol: string | null;
  readonly date: string | null;
  /** The numbered paragraphs of the main body and attachments (not nested in one another), in order. */
  readonly paragraphs: readonly AknParagraph[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
});

const SKIP = new Set(['meta', 'img', 'authorialNote', 'noteRef']);
const BLOCK_TEXT = new Set(['p', 'subheading', 'heading', 'docTitle', 'formula', 'intro', 'wrapUp', 'tblock']);

function tagOf(n: XmlNode): string {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return '';
}

function childrenOf(n: XmlNode): XmlNode[] {
  const c = n[tagOf(n)];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

function attr(n: XmlNode, name: string): string | null {
  const a = n[':@'] as Record<string, string> | undefined;
  return a?.[name] ?? null;
}

function textOf(n: XmlNode): string {
  if (typeof n['#text'] === 'string') return n['#text'];
  if (SKIP.has(tagOf(n))) return '';
  return childrenOf(n).map(textOf).join('');
}

function clean(t: string): string {
  return t.replace(/[\s\u00a0]+/g, ' ').trim();
}

class Renderer {
  readonly blocks: string[] = [];
  readonly paragraphs: AknParagraph[] = [];
  private length = 0;
  private pendingLabel = '';
  private pendingParagraph: { num: string; eId: string | null } | null = null;

  emit(t: string): void {
    const text = clean(t);
    if (!text && !this.pendingLabel) return;
    const block = this.pendingLabel ? `${this.pendingLabel} ${text}`.trim() : text;
    if (this.pendingParagraph) {
      this.paragraphs.push({ ...this.pendingParagraph, offset: this.length });
      this.pendingParagraph = null;
    }
    this.pendingLabel = '';
    this.blocks.push(block);
    this.length += block.length + 2;
  }

  walk(n: XmlNode, topLevel: boolean): void {
    const tag = tagOf(n);
    if (SKIP.has(tag) || tag === '#text') return;
    if (BLOCK_TEXT.has(tag) && !childrenOf(n).some((c) => BLOCK_TEXT.has(tagOf(c)))) {
      this.emit(textOf(n));
      return;
    }
    const kids = childrenOf(n);
    const num = kids.find((c) => tagOf(c) === 'num');
    let inner = topLevel;
    if (num) {
      // A paragraph without its own text ("58." then "(a) ..."): its number stands on its own line.
      if (this.pendingLabel) this.emit('');
      this.pendingLabel = clean(textOf(num));
      // An operative paragraph: numbered "12." and not nested in another numbered paragraph.
      if (topLevel && tag === 'paragraph' && /^\d{1,3}\.?$/.test(this.pendingLabel)) {
        this.pendingParagraph = { num: this.pendingLabel.replace(/\.$/, ''), eId: attr(n, 'eId') };
        inner = false;
      }
    }
    for (const c of kids) {
      if (c !== num) this.walk(c, inner);
    }
    if (this.pendingLabel) this.emit('');
  }
}

function find(nodes: XmlNode[], tag: string): XmlNode | null {
  for (const n of nodes) {
    if (tagOf(n) === tag) return n;
    const hit = find(childrenOf(n), tag);
    if (hit) return hit;
  }
  return null;
}

/** Renders an AKN document. Throws on XML that is not well formed (callers report and skip the file). */
export function renderAkn(xml: string): AknRendering {
  const doc = parser.parse(xml) as XmlNode[];
  const r = new Renderer();
  for (const part of ['coverPage', 'preamble', 'mainBody', 'conclusions', 'attachments']) {
    const node = find(doc, part);
    if (node) r.walk(node, part === 'mainBody' || part === 'attachments');
  }
  const symbolNode = find(doc, 'docNumber');
  const dateNode = find(doc, 'FRBRdate');
  return {
    text: r.blocks.join('\n\n') + '\n',
    symbol: symbolNode ? clean(textOf(symbolNode)) : null,
    date: dateNode ? attr(dateNode, 'date') : null,
    paragraphs: r.paragraphs,
  };
}
