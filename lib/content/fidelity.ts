import type { ContentProblem } from './errors';

/** A piece of Chinese text covered by the fidelity rule, with where it lives. */
export interface FidelityPiece {
  text: string;
  file: string;
  line: number;
  /** What the piece is, for the message: 'point "ch1-6-p2"', 'the meeting line', … */
  what: string;
}

/** The fidelity rule's normalisation: NFKC (full-width punctuation → ASCII), then no whitespace. */
export function normalizeForFidelity(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The fidelity rule: the meeting line, the issuer line and every heading and point, joined in
 * document order and normalised, must equal the normalised source text.
 */
export function checkFidelity(pieces: FidelityPiece[], source: string, sourceFile: string): ContentProblem[] {
  const want = normalizeForFidelity(source);
  let got = '';
  const starts: number[] = [];
  for (const piece of pieces) {
    starts.push(got.length);
    got += normalizeForFidelity(piece.text);
  }
  if (got === want) return [];

  let at = 0;
  while (at < want.length && want[at] === got[at]) at++;
  let index = starts.findLastIndex((start) => start <= at);
  if (index < 0 || at >= got.length) index = pieces.length - 1;
  const piece = pieces[index];
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 10), at + 10) || '(end of text)');
  return [
    {
      file: piece.file,
      line: piece.line,
      problem: `the Chinese of ${piece.what} no longer matches the source (${sourceFile}) at character ${at + 1}: the source reads ${around(want)}, the content reads ${around(got)}`,
      fix: 'restore the source wording; the Chinese text is never edited (only , ( ) : ; are shown as full-width ，（ ）：；)',
    },
  ];
}
