import { stemmer } from 'stemmer';
import { FORMAT_CHARACTERS } from './query-text';

/**
 * Text as the search compares it, with a map back to the original: compatibility forms folded
 * (full-width ３，Ａ → 3,A), accents dropped, lower case, format characters (\p{Cf}: zero-width
 * space and joiners, soft hyphen, BOM) dropped, and thousands separators removed from numbers
 * (3,662 → 3662). `map[i]` is the index in the original of folded character i, so a match
 * in the folded text highlights the right characters in the original.
 */
export interface Folded {
  text: string;
  map: number[];
}

const HAN = /\p{Script=Han}/u;
const FORMAT = new RegExp(FORMAT_CHARACTERS.source, 'u');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * A comma between digits that is followed by exactly three digits: a thousands separator. Format
 * characters do not count as neighbours (3\u200b,662 is 3,662), as foldText drops them first.
 */
function isSeparator(original: string, i: number): boolean {
  if (original[i] !== ',') return false;
  const visible = (from: number, step: 1 | -1, count: number) => {
    const found: (string | undefined)[] = [];
    for (let at = from + step; found.length < count; at += step) {
      const c = original[at];
      if (c === undefined || !FORMAT.test(c)) found.push(c);
      if (c === undefined) break;
    }
    return found;
  };
  const [before] = visible(i, -1, 1);
  const after = visible(i, 1, 4);
  return isDigit(before) && isDigit(after[0]) && isDigit(after[1]) && isDigit(after[2]) && !isDigit(after[3]);
}

const folds = new Map<string, string>();

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  // CJK ideographs fold to themselves; everything else (full-width forms, accents, curly apostrophes, invisible format characters) once, then from the cache.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return c;
  let folded = folds.get(c);
  if (folded === undefined) {
    folded = FORMAT.test(c)
      ? ''
      : HAN.test(c)
        ? c
        : c
            .normalize('NFKD')
            .replace(/\p{M}/gu, '')
            .normalize('NFKC')
            .toLowerCase()
            .replace(/[\u2018\u2019]/g, "'");
    folds.set(c, folded);
  }
  return folded;
}

const SEPARATOR = /(?<=\d),(?=\d{3}(?!\d))/g;
const NEEDS_FOLDING = /[^\0-\x40\x5b-\x7f\u3400-\u4dbf\u4e00-\u9fff]/gu;

/** The folded text alone, without the map: what the index needs for every document, fast. */
export function foldText(original: string): string {
  return original.replace(FORMAT_CHARACTERS, '').replace(SEPARATOR, '').replace(NEEDS_FOLDING, foldChar);
}

/** The folded text and its map back to the original: for the few documents a result shows. */
export function fold(original: string): Folded {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (!(code === 44 && isSeparator(original, i))) {
      const folded = foldChar(width === 1 ? original[i] : original.slice(i, i + 2));
      parts.push(folded);
      for (let k = 0; k < folded.length; k++) map.push(i);
    }
    i += width;
  }
  map.push(original.length);
  return { text: parts.join(''), map };
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
const keys = new Map<string, string>();

export function wordKey(word: string): string {
  if (isDigit(word[0])) return word;
  let key = keys.get(word);
  if (key === undefined) {
    key = word;
    for (let previous = ''; previous !== key;) {
      previous = key;
      key = stemmer(key);
    }
    keys.set(word, key);
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
