import type { ContentProblem } from '../content/errors';
import type { Report } from '../content/types';

/** One Chinese term and the English our translation uses for it, wherever it is recorded. */
export interface TermRule {
  /** How messages name the term: `term "loss-rate"` (glossary) or `term “执法监督”` (term list). */
  name: string;
  zh: string;
  /** The rendering first, then the other forms of it the English may use (plural, short form). */
  renderings: string[];
  /** Renderings ruled out: none may stand in a block whose Chinese has the term. */
  avoid: string[];
  /** Chinese in which the characters are not the term, e.g. 调解 in 协调解决 (coordinate and resolve). */
  notIn: string[];
  /** Where the term is recorded, for the fix. */
  file: string;
  line: number;
}

/** A heading or a point in both languages, with its line in the English file. */
interface Block {
  what: string;
  zh: string;
  en: string;
  line: number;
}

function blocks(report: Report): Block[] {
  return report.sections.flatMap((section) => [
    ...(section.heading ? [{ what: `the heading of section "${section.id}"`, zh: section.heading.zh, en: section.heading.en, line: section.line.en }] : []),
    ...section.points.map((point) => ({ what: `point "${point.id}"`, zh: point.text.zh, en: point.text.en, line: point.line.en })),
  ]);
}

const indexesOf = (text: string, needle: string) => {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
};

/**
 * Whether a block's Chinese has the term standing on its own: not only inside a longer term
 * (监督员 inside 特邀行政执法监督员 is that term's business: the longest term decides), nor only
 * where the characters belong to other words (`notIn`: 调解 in 协调解决).
 */
export function standsAlone(zh: string, term: string, allTerms: readonly string[], notIn: readonly string[] = []): boolean {
  const longer = [...allTerms, ...notIn].filter((other) => other.length > term.length && other.includes(term));
  const spans = longer.flatMap((other) => indexesOf(zh, other).map((start) => [start, start + other.length] as const));
  return indexesOf(zh, term).some((start) => !spans.some(([from, to]) => from <= start && start + term.length <= to));
}

const quoted = (forms: string[]) => `“${forms.join('”, “')}”`;

/**
 * Term drift: a heading or point whose Chinese has a term but whose English has none of its
 * renderings, or has a rendering the list rules out. Each problem names the English file and line,
 * the term, the block and the fix.
 */
export function findDrift(report: Report, rules: readonly TermRule[], allTerms: readonly string[] = rules.map((r) => r.zh)): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = report.files.en;
  for (const block of blocks(report)) {
    const english = block.en.toLowerCase();
    for (const rule of rules) {
      if (!standsAlone(block.zh, rule.zh, allTerms, rule.notIn)) continue;
      if (!rule.renderings.some((form) => english.includes(form.toLowerCase()))) {
        problems.push({
          file,
          line: block.line,
          problem: `${rule.name}: ${block.what} has “${rule.zh}” in the Chinese but none of ${quoted(rule.renderings)} in the English`,
          fix: `use “${rule.renderings[0]}” here, the rendering ${rule.file} (line ${rule.line}) records; if the wording here is the same rendering in another form, add it to "variants" there`,
        });
      }
      for (const form of rule.avoid) {
        if (english.includes(form.toLowerCase())) {
          problems.push({
            file,
            line: block.line,
            problem: `${rule.name}: ${block.what} renders “${rule.zh}” as “${form}”, which ${rule.file} rules out`,
            fix: `write “${rule.renderings[0]}” instead (${rule.file}, line ${rule.line})`,
          });
        }
      }
    }
  }
  return problems;
}

const SPELLED = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** A lone digit 1–9: not part of a longer number, a decimal, a percentage, an ordinal or a name like "1+12". */
const LONE_DIGIT = /(?<![\p{L}\p{N}.,+\-–/])[1-9](?![\p{L}\p{N}%+\-–/]|[.,]\p{N})/gu;

/** Numbers one to nine are spelled out in the English points; digits are for 10 and above, percentages and decimals. */
export function findDigitsToSpell(report: Report): ContentProblem[] {
  return report.sections.flatMap((section) =>
    section.points.flatMap((point) =>
      [...point.text.en.matchAll(LONE_DIGIT)].map((match) => ({
        file: report.files.en,
        line: point.line.en,
        problem: `point "${point.id}" writes the number ${match[0]} in digits`,
        fix: `spell it out (“${SPELLED[Number(match[0])]}”): the English writes one to nine in words, and digits for 10 and above, percentages and decimals`,
      })),
    ),
  );
}
