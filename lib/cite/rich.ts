import type { Part } from './types';

export type { Part };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The citation as plain text (to paste anywhere) and as HTML (to paste into a word processor, italics kept). */
export function rich(parts: Part[]): { text: string; html: string } {
  return {
    text: parts.map((p) => (typeof p === 'string' ? p : p.i)).join(''),
    html: parts.map((p) => (typeof p === 'string' ? escapeHtml(p) : `<i>${escapeHtml(p.i)}</i>`)).join(''),
  };
}
