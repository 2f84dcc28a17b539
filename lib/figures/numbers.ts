import type { Lang } from '../content/types';

const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const EN_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text states a number: in digits (thousands separators allowed, not as part of a
 * longer number), or for whole numbers up to ten as a Chinese numeral or an English word/ordinal.
 */
export function statesNumber(text: string, value: number, lang: Lang): boolean {
  const digits = String(Math.abs(value));
  const plain = text.normalize('NFKC').replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (new RegExp(`(?<![\\d.])${escape(digits)}(?!\\d|\\.\\d)`).test(plain)) return true;
  const whole = Math.abs(value);
  if (!Number.isInteger(whole) || whole > 10) return false;
  if (lang === 'zh') return text.includes(ZH_NUMERALS[whole]);
  return new RegExp(`\\b(${EN_WORDS[whole]}|${EN_ORDINALS[whole]})\\b`, 'i').test(text);
}

/** Decimal places of a number as written (the report writes no trailing zeros). */
export function decimalsOf(value: number): number {
  return (String(Math.abs(value)).split('.')[1] ?? '').length;
}

/** Half a unit in the last written place: the rounding error of a stated number. */
export function roundingHalfWidth(value: number): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

/** Rounds away binary noise (16.880000000000003 → 16.88). */
export function clean(value: number, places = 6): number {
  return Number(value.toFixed(places));
}
