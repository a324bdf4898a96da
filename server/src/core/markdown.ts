/**
 * Markdown for hovers. Everything that comes from a document is escaped so that a text cannot inject
 * links, command URIs, images or HTML into the editor.
 */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&"']/g;

export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A link whose target we build ourselves (never from document text). */
export function link(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${encodeURI(url)})`;
}
