/** Library documents from the files that hold them: AKN XML and plain-text resolutions. Pure functions. */
import type { LibraryDocument, LibraryParagraph } from '../core/library';
import type { Resolution } from '../core/model';
import { LineIndex } from '../core/text';
import { LANGUAGES } from '../core/lang';
import { clean, renderAkn, type AknRendering } from './akn';
import { normalizeSymbol } from './catalog';

const ADOPTION = new RegExp(LANGUAGES.en.adoption, 'my');

/**
 * The first match of a pattern anchored at line starts ("^…" with the m flag), tried at each line start
 * of a rendering (whose only line terminator is "\n") rather than at every character.
 */
function firstAtLineStart(pattern: RegExp, text: string): RegExpExecArray | null {
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}

/** A library document from Akoma Ntoso XML, or from its rendering when the caller has it already. */
export function documentFromAkn(xml: string | AknRendering, uri: string): LibraryDocument | null {
  const r = typeof xml === 'string' ? renderAkn(xml) : xml;
  if (!r.symbol) return null;
  const paragraphs: LibraryParagraph[] = r.paragraphs.map((p, i) => {
    const end = r.paragraphs[i + 1]?.offset ?? r.text.length;
    const text = clean(r.text.slice(p.offset, end).replace(/^\d+(?:\.| ?-)?\s*/, ''));
    return { label: p.num, text, location: { uri, line: p.line, character: p.column } };
  });
  const adoption = firstAtLineStart(ADOPTION, r.text);
  return {
    symbol: normalizeSymbol(r.symbol),
    date: adoption?.[3],
    meeting: adoption?.[2] ? `${adoption[2]}th meeting` : undefined,
    location: { uri, line: 0, character: 0 },
    paragraphs,
    language: r.language ?? undefined,
  };
}

/** A plain-text file (as parsed) is a library document when the parser finds a symbol and operative paragraphs in it. */
export function documentFromText(m: Resolution, uri: string): LibraryDocument | null {
  if (!m.symbol || m.operative.length === 0) return null;
  const index = new LineIndex(m.text);
  const body = m.sections[0].operative;
  return {
    symbol: normalizeSymbol(m.symbol),
    date: m.adoption?.date,
    meeting: m.adoption?.meeting ? `${m.adoption.meeting}th meeting` : undefined,
    language: m.language,
    location: { uri, line: 0, character: 0 },
    paragraphs: body.map((p) => ({ label: p.label, text: p.content.text, location: { uri, ...index.positionAt(p.labelSpan.start) } })),
  };
}
