/** The library's strict XML reader: what it gives, and the faults that make a file malformed. */
import * as assert from 'node:assert/strict';
import { readXml, type XmlHandler } from '../../../server/src/library/xml';

function events(xml: string): { events: string[]; place: (offset: number) => { line: number; column: number } } {
  const out: string[] = [];
  const starts: number[] = [];
  const handler: XmlHandler = {
    open: (name, attributes, at) => {
      out.push(`<${name}${attributes.map((a, i) => (i % 2 ? `="${a}"` : ` ${a}`)).join('')}>`);
      starts.push(at);
    },
    text: (t) => out.push(t),
    close: (name) => out.push(`</${name}>`),
  };
  const place = readXml(xml, handler);
  return { events: out, place: (i) => place(starts[i]) };
}

describe('library XML reader', () => {
  it('gives tags, attributes and text with references decoded; skips comments, CDATA, instructions and the doctype', () => {
    const { events: e } = events(`<?xml version="1.0"?>\n<!DOCTYPE a [<!ELEMENT a ANY>]>\n<!-- c -->\n<a x='1' y="&lt;&#65;&#x42;">t &amp; u<![CDATA[<raw>]]><?pi x?><b/></a>\n`);
    assert.deepEqual(e, ['<a x="1" y="<AB">', 't & u', '<b>', '</b>', '</a>']);
  });

  it('places each start tag at its ">", in code points, after "\\r\\n" and lone "\\r" line ends', () => {
    // As saxes placed them.
    const { place } = events('<a>\r\n  <b\r\n c="1">\r<c/>😀<d/></b></a>');
    assert.deepEqual([0, 1, 2, 3].map(place), [
      { line: 0, column: 2 },
      { line: 2, column: 6 },
      { line: 3, column: 3 },
      { line: 3, column: 8 },
    ]);
  });

  it('reads a document that starts with a byte order mark', () => {
    const { events: e, place } = events('\uFEFF<?xml version="1.0"?><a>t</a>');
    assert.deepEqual(e, ['<a>', 't', '</a>']);
    assert.deepEqual(place(0), { line: 0, column: 24 });
  });

  for (const [fault, xml] of [
    ['an unclosed element', '<a><b></b>'],
    ['an end tag that closes another element', '<a><b></a></b>'],
    ['an unquoted attribute', '<a x=1></a>'],
    ['a duplicate attribute', '<a x="1" x="2"></a>'],
    ['attributes without a space between them', '<a x="1"y="2"></a>'],
    ['"<" in an attribute value', '<a x="<"></a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an unterminated entity', '<a>AT&T</a>'],
    ['a character reference to a forbidden character', '<a>&#1;</a>'],
    ['a forbidden character', '<a>\u0001</a>'],
    ['text outside the root', 'x<a></a>'],
    ['two roots', '<a></a><b></b>'],
    ['no root', '<!-- only -->'],
    ['"--" in a comment', '<a><!-- a -- b --></a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['an XML declaration after the start', ' <?xml version="1.0"?><a></a>'],
    ['an unterminated comment', '<a><!-- </a>'],
  ]) {
    it(`refuses ${fault}`, () => assert.throws(() => events(xml), /malformed XML/));
  }
});
