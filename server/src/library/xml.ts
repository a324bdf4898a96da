/**
 * A strict streaming XML reader for the library's Akoma Ntoso files, several times faster than a general
 * SAX parser because it jumps from one markup character to the next with indexOf. It checks what makes
 * XML well formed (one root, tags closed in order, quoted and unique attributes, known entities,
 * allowed characters, comments, CDATA, processing instructions and a doctype in their places) and throws
 * on the first fault; it reads no DTD (an entity it declares is an unknown entity). Text is given with its
 * entities decoded, line ends as written ("\r\n" in most UN files: the library collapses white space);
 * CDATA sections, comments and processing instructions are not given.
 */

export interface XmlHandler {
  /**
   * A start tag, its attributes as names and values in turn (see `attribute`), `at` being the offset of
   * its closing `>` (readXml gives its line and column).
   */
  open(name: string, attributes: readonly string[], at: number): void;
  text(text: string): void;
  close(name: string): void;
}

const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
// eslint-disable-next-line no-misleading-character-class -- the XML name rule lists U+200C and U+200D (joiners) among its ranges
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`, 'y');
const ENTITY = /(?:(amp)|(lt)|(gt)|(quot)|(apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const ENTITY_TEXT = ['&', '<', '>', '"', "'"];
/** Characters XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE, U+FFFF). */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** The same, and the first half of a surrogate pair: one pass finds both in most documents. */
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN_OR_ASTRAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDBFF\uFFFE\uFFFF]/g;

/** Whether the document has characters beyond U+FFFF (columns count them once); throws on one XML forbids. */
function checkCharacters(xml: string): boolean {
  FORBIDDEN_OR_ASTRAL.lastIndex = 0;
  const first = FORBIDDEN_OR_ASTRAL.exec(xml);
  if (!first) return false;
  FORBIDDEN.lastIndex = first.index;
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden) fail('a character XML forbids', forbidden.index);
  return true;
}

/** An attribute's value from a start tag's attributes, or null. */
export function attribute(attributes: readonly string[], name: string): string | null {
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return null;
}

function fail(message: string, at: number): never {
  throw new Error(`malformed XML at offset ${at}: ${message}`);
}

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text or an attribute value with its entity and character references replaced. */
function decode(raw: string, at: number): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    ENTITY.lastIndex = amp + 1;
    const m = ENTITY.exec(raw);
    if (!m) fail('unknown or unterminated entity', at + amp);
    let value: string;
    if (m[6] !== undefined || m[7] !== undefined) {
      const code = m[6] !== undefined ? Number(m[6]) : parseInt(m[7], 16);
      if (!isXmlChar(code)) fail('character reference to a character XML forbids', at + amp);
      value = String.fromCodePoint(code);
    } else value = ENTITY_TEXT[m.slice(1, 6).findIndex((g) => g !== undefined)];
    out += raw.slice(from, amp) + value;
    from = ENTITY.lastIndex;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

/** The name at an offset: ASCII names are read a character at a time, others by the full rule. */
function nameAt(xml: string, at: number): string {
  let i = at;
  for (let c = xml.charCodeAt(i); (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || (i > at && ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e)); c = xml.charCodeAt(++i));
  if (i > at && xml.charCodeAt(i) < 0x80) return xml.slice(at, i);
  NAME.lastIndex = at;
  const m = NAME.exec(xml);
  if (!m) fail('expected a name', at);
  return m[0];
}

function spaceAfter(xml: string, at: number): number {
  let i = at;
  for (let c = xml.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d; c = xml.charCodeAt(++i));
  return i;
}

/**
 * Reads a whole document; gives the 0-based line and column of an offset the handler was given. Throws
 * on XML that is not well formed.
 */
export function readXml(source: string, handler: XmlHandler): (offset: number) => { line: number; column: number } {
  const xml = source;
  const astral = checkCharacters(xml);
  const open: string[] = [];
  let rootSeen = false;
  // A byte order mark before the document is no text (it counts as a column, as saxes counted it).
  const start = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pos = start;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? n : lt;
    if (end > pos) {
      const raw = xml.slice(pos, end);
      if (open.length === 0) {
        if (raw.trim() !== '') fail('text outside the root element', pos);
      } else {
        if (raw.includes(']]>')) fail('"]]>" in text', pos + raw.indexOf(']]>'));
        handler.text(decode(raw, pos));
      }
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x2f /* / */) {
      const name = nameAt(xml, lt + 2);
      const gt = spaceAfter(xml, lt + 2 + name.length);
      if (xml.charCodeAt(gt) !== 0x3e) fail('expected ">" closing an end tag', gt);
      if (open.pop() !== name) fail(`end tag </${name}> does not close the open element`, lt);
      handler.close(name);
      pos = gt + 1;
    } else if (c === 0x21 /* ! */) {
      pos = declaration(xml, lt, open.length > 0, rootSeen);
    } else if (c === 0x3f /* ? */) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) fail('unterminated processing instruction', lt);
      const target = nameAt(xml, lt + 2);
      if (target.toLowerCase() === 'xml' && (target !== 'xml' || lt !== start)) fail('the XML declaration must come first', lt);
      pos = close + 2;
    } else {
      if (open.length === 0 && rootSeen) fail('a second root element', lt);
      rootSeen = true;
      pos = startTag(xml, lt, open, handler);
    }
  }
  if (open.length > 0) fail(`unclosed element <${open[open.length - 1]}>`, n);
  if (!rootSeen) fail('no root element', n);
  return positions(xml, astral);
}

/** A start tag; gives the offset after it. */
function startTag(xml: string, lt: number, open: string[], handler: XmlHandler): number {
  const name = nameAt(xml, lt + 1);
  const attributes: string[] = [];
  let at = lt + 1 + name.length;
  for (;;) {
    const next = spaceAfter(xml, at);
    const c = xml.charCodeAt(next);
    if (c === 0x3e /* > */ || (c === 0x2f /* / */ && xml.charCodeAt(next + 1) === 0x3e)) {
      const gt = c === 0x3e ? next : next + 1;
      handler.open(name, attributes, gt);
      if (c === 0x2f) handler.close(name);
      else open.push(name);
      return gt + 1;
    }
    if (next === at) fail('expected a space, ">" or "/>" in a start tag', next);
    const key = nameAt(xml, next);
    const eq = spaceAfter(xml, next + key.length);
    if (xml.charCodeAt(eq) !== 0x3d /* = */) fail('expected "=" after an attribute name', eq);
    const q = spaceAfter(xml, eq + 1);
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value', q);
    const close = xml.indexOf(quote, q + 1);
    if (close < 0) fail('unterminated attribute value', q);
    const raw = xml.slice(q + 1, close);
    if (raw.includes('<')) fail('"<" in an attribute value', q);
    if (attribute(attributes, key) !== null) fail(`duplicate attribute ${key}`, next);
    attributes.push(key, decode(raw, q + 1));
    at = close + 1;
  }
}

/** A comment, CDATA section or doctype; gives the offset after it. */
function declaration(xml: string, lt: number, inRoot: boolean, rootSeen: boolean): number {
  if (xml.startsWith('<!--', lt)) {
    const close = xml.indexOf('--', lt + 4);
    if (close < 0) fail('unterminated comment', lt);
    if (xml.charCodeAt(close + 2) !== 0x3e) fail('"--" in a comment', close);
    return close + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    if (!inRoot) fail('CDATA outside the root element', lt);
    const close = xml.indexOf(']]>', lt + 9);
    if (close < 0) fail('unterminated CDATA section', lt);
    return close + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt) && !rootSeen) {
    const subset = xml.indexOf('[', lt);
    const gt = xml.indexOf('>', lt);
    if (gt < 0) fail('unterminated doctype', lt);
    if (subset < 0 || subset > gt) return gt + 1;
    const close = xml.indexOf(']', subset);
    const after = close < 0 ? -1 : spaceAfter(xml, close + 1);
    if (after < 0 || xml.charCodeAt(after) !== 0x3e) fail('unterminated doctype', lt);
    return after + 1;
  }
  return fail('unexpected "<!"', lt);
}

/** Line and column (in code points, as XML counts them) of offsets in a document. */
function positions(xml: string, astral: boolean): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) starts.push(i + 1);
  // A "\r" not followed by "\n" ends a line too.
  const lone: number[] = [];
  for (let i = xml.indexOf('\r'); i >= 0; i = xml.indexOf('\r', i + 1)) if (xml.charCodeAt(i + 1) !== 0x0a) lone.push(i + 1);
  if (lone.length > 0) {
    for (const start of lone) starts.push(start);
    starts.sort((a, b) => a - b);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let column = offset - starts[lo];
    if (astral) for (let i = starts[lo]; i < offset; i++) if ((xml.charCodeAt(i) & 0xfc00) === 0xd800) column--;
    return { line: lo, column };
  };
}
