import { stemmer } from 'stemmer';

/**
 * Text as the search compares it, with a map back to the original: compatibility forms folded
 * (full-width ３，Ａ → 3,A), accents dropped, lower case, and thousands separators removed from
 * numbers (3,662 → 3662). `map[i]` is the index in the original of folded character i, so a match
 * in the folded text highlights the right characters in the original.
 */
export interface Folded {
  text: string;
  map: number[];
}

const HAN = /\p{Script=Han}/u;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** A comma between digits that is followed by exactly three digits: a thousands separator. */
function isSeparator(original: string, i: number): boolean {
  return original[i] === ',' && isDigit(original[i - 1]) && isDigit(original[i + 1]) && isDigit(original[i + 2]) && isDigit(original[i + 3]) && !isDigit(original[i + 4]);
}

function foldChar(c: string): string {
  if (c < '\u0080') return c.toLowerCase();
  if (HAN.test(c)) return c;
  return c.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

export function fold(original: string): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    const c = String.fromCodePoint(code);
    if (!isSeparator(original, i)) {
      const folded = foldChar(c);
      text += folded;
      for (let k = 0; k < folded.length; k++) map.push(i);
    }
    i += c.length;
  }
  map.push(original.length);
  return { text, map };
}

/** Words (letters) and numbers (digits, one decimal part) in folded text; Chinese is matched by substring instead. */
const TOKEN = /[a-z]+|\d+(?:\.\d+)?/g;

export interface Token {
  /** What the token is compared by: a word's stem, or the number as written without separators. */
  key: string;
  /** The token as written (folded), for completing a word being typed. */
  word: string;
  start: number;
  end: number;
}

/**
 * A word's comparison key: Porter stems applied until they stop changing, so that every form of a
 * word meets at one key (reconsider → reconsid, reconsideration → reconsider → reconsid).
 */
export function wordKey(word: string): string {
  if (isDigit(word[0])) return word;
  let key = word;
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = stemmer(key);
  }
  return key;
}

export function tokens(folded: string): Token[] {
  const found: Token[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    found.push({ key: wordKey(match[0]), word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export const hasHan = (text: string) => HAN.test(text);
