import type { Lang, Report } from '../content/types';

const WORDS: Record<Lang, string[]> = {
  zh: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** A small count in words, as prose writes it (四 / four); larger ones in digits. Chinese counts things with 个 after it. */
export const countWord = (n: number, lang: Lang): string => WORDS[lang][n] ?? String(n);

/** How many problems chapter II of the report admits: its enumerated points, counted from the content. */
export const problemCount = (report: Report): number =>
  report.sections.filter((s) => s.id === 'ch2').flatMap((s) => s.points.filter((p) => p.ordinal !== null)).length;
