/**
 * A headline-style English title in sentence case, as APA and Chicago want a translated title:
 * only the first word and the proper names in `keep` (e.g. the issuer's name) stay capitalised.
 */
export function sentenceCase(title: string, keep: string[]): string {
  const pattern = new RegExp(`(${keep.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  const lowered = title
    .split(pattern)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(/\b([A-Z])([a-z’'-]*)\b/g, (word) => word.toLowerCase())))
    .join('');
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}
