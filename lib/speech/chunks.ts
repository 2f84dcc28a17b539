import type { Lang } from '../content/types';

/**
 * The longest piece of text read as one utterance, in characters: about 15 seconds of speech. Chrome's
 * network voices stop an utterance after roughly that long, and a shorter utterance also lets
 * pause, speed and "next" act sooner.
 */
export const CHUNK_MAX: Record<Lang, number> = { zh: 60, en: 200 };

/** Where a sentence ends (with any closing quote or bracket), and where a clause does: the text may be cut after these. */
const ENDS: Record<Lang, { sentence: RegExp; clause: RegExp }> = {
  // Not at 、, which joins the parts of one phrase (发案量高、败诉多的单位).
  zh: { sentence: /[。！？；][”’」』）]*/g, clause: /[，：][”’」』）]*/g },
  // A stop must be followed by a space: 9.8% and 3,662 stay whole.
  en: { sentence: /[.!?;][”’"')\]]*(?=\s)/g, clause: /[,:][”’"')\]]*(?=\s)/g },
};

/** Cuts text after every match of `end`; the pieces, joined, are the text. */
function cutAfter(text: string, end: RegExp): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const match of text.matchAll(end)) {
    const to = match.index + match[0].length;
    pieces.push(text.slice(from, to));
    from = to;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/** Joins consecutive pieces while the result stays within `max` characters. */
function gather(pieces: string[], max: number): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] + piece).trim().length <= max) out[last] += piece;
    else out.push(piece);
  }
  return out;
}

/**
 * The utterances a text is read in: whole sentences, as many as fit in CHUNK_MAX; a longer sentence
 * is cut at its clauses. The words are never changed, only cut: the chunks, joined with the
 * whitespace between them, are the text. A text that fits is one chunk.
 */
export function speechChunks(text: string, lang: Lang): string[] {
  const max = CHUNK_MAX[lang];
  const { sentence, clause } = ENDS[lang];
  const pieces = cutAfter(text, sentence).flatMap((s) => (s.trim().length > max ? gather(cutAfter(s, clause), max) : [s]));
  return gather(pieces, max)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
}
