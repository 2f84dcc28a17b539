import type { Part } from './types';

export type { Part };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function span({ text, italic, lang }: Exclude<Part, string>): string {
  const inner = lang ? `<span lang="${lang}">${escapeHtml(text)}</span>` : escapeHtml(text);
  return italic ? `<i>${inner}</i>` : inner;
}

/** The citation as plain text (to paste anywhere) and as HTML (to paste into a word processor, italics kept). */
export function rich(parts: Part[]): { text: string; html: string } {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.text)).join(''),
    html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : span(p))).join(''),
  };
}
