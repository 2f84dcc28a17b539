import type { ContentProblem } from './errors';
import { excerpt, type Block, type LanguageDocument, type PointBlock } from './parse';

/** Ids are public and permanent: lowercase ASCII, digits and single hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const ID_FIX = 'ids use lowercase letters, digits and single hyphens and start with a letter, e.g. "ch1-6" for a section or "ch1-6-p2" for a point';

export function checkIds(document: LanguageDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const block of document.blocks) {
    if (!ID_PATTERN.test(block.id)) {
      problems.push({ file: document.file, line: block.line, problem: `the id "${block.id}" is malformed`, fix: ID_FIX });
    }
    const earlier = firstLine.get(block.id);
    if (earlier !== undefined) {
      problems.push({
        file: document.file,
        line: block.line,
        problem: `the id "${block.id}" is already used on line ${earlier}`,
        fix: 'give this block an id of its own; ids are published in links, so keep the id the earlier block has',
      });
    } else {
      firstLine.set(block.id, block.line);
    }
  }
  return problems;
}

const kindName = (block: Block) => (block.kind === 'point' ? 'point' : `level-${block.level} section`);

/** Both languages must have the same sections and points, of the same kind, in the same order. */
export function checkParity(zh: LanguageDocument, en: LanguageDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const enById = new Map(en.blocks.map((b) => [b.id, b]));
  const zhById = new Map(zh.blocks.map((b) => [b.id, b]));

  zh.blocks.forEach((block, index) => {
    const twin = enById.get(block.id);
    if (twin) {
      if (kindName(twin) !== kindName(block)) {
        problems.push({ file: en.file, line: twin.line, problem: `"${block.id}" is a ${kindName(twin)} here but a ${kindName(block)} in ${zh.file} (line ${block.line})`, fix: `make it a ${kindName(block)}, as in the Chinese` });
      }
      return;
    }
    const previous = zh.blocks.slice(0, index).reverse().find((b) => enById.has(b.id));
    const where = previous ? `after "{#${previous.id}}" (line ${enById.get(previous.id)!.line})` : 'at the start of the file';
    const line = previous ? enById.get(previous.id)!.line : 1;
    problems.push(
      block.kind === 'point'
        ? { file: en.file, line, problem: `point "${block.id}" is in ${zh.file} (line ${block.line}) but missing here`, fix: `translate it: add a paragraph starting with "{#${block.id}} " ${where}` }
        : { file: en.file, line, problem: `section "${block.id}" is in ${zh.file} (line ${block.line}) but missing here`, fix: `add its heading, ending with "{#${block.id}}", ${where}` },
    );
  });

  for (const block of en.blocks) {
    if (!zhById.has(block.id)) {
      problems.push({ file: en.file, line: block.line, problem: `${block.kind === 'point' ? 'point' : 'section'} "${block.id}" is not in ${zh.file}`, fix: 'use the id of the Chinese block this translates, or remove it; the Chinese text decides which blocks exist' });
    }
  }

  if (!problems.length) {
    const order = (d: LanguageDocument) => d.blocks.map((b) => b.id);
    const zhOrder = order(zh);
    const enOrder = order(en);
    const at = zhOrder.findIndex((id, i) => enOrder[i] !== id);
    if (at >= 0) {
      const misplaced = en.blocks[at];
      problems.push({ file: en.file, line: misplaced.line, problem: `"${misplaced.id}" is out of order: the Chinese has "${zhOrder[at]}" here`, fix: `move the blocks so they follow the order of ${zh.file}` });
    }
  }
  return problems;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The numbers written in digits in a text, after NFKC (full-width digits count). */
export function numbersIn(text: string): string[] {
  return text.normalize('NFKC').match(/\d+(?:\.\d+)?/g) ?? [];
}

/** As numbersIn, reading English thousands separators: "3,662" is 3662. */
export function englishNumbersIn(text: string): string[] {
  return numbersIn(text.replace(/(\d),(?=\d{3}\b)/g, '$1'));
}

/** Every number written in digits in a Chinese point must be in its English: as digits, or as a word up to ten. */
export function checkNumbers(zh: LanguageDocument, en: LanguageDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const enPoints = new Map(en.blocks.filter((b): b is PointBlock => b.kind === 'point').map((b) => [b.id, b]));
  for (const point of zh.blocks) {
    const twin = point.kind === 'point' ? enPoints.get(point.id) : undefined;
    if (point.kind !== 'point' || !twin) continue;
    const available = englishNumbersIn(twin.text);
    const words = twin.text.toLowerCase();
    for (const number of numbersIn(point.text)) {
      const index = available.indexOf(number);
      if (index >= 0) {
        available.splice(index, 1);
        continue;
      }
      const value = Number(number);
      if (Number.isInteger(value) && value <= 10 && new RegExp(`\\b${NUMBER_WORDS[value]}\\b`).test(words)) continue;
      const separated = Number.isInteger(value) && value >= 1000 ? ` (or ${value.toLocaleString('en-US')})` : '';
      problems.push({
        file: en.file,
        line: twin.line,
        problem: `the number ${number} in the Chinese of point "${point.id}" (${zh.file}:${point.line}) is missing from its English`,
        fix: `write ${number}${separated} in the English${value <= 10 ? `, or the word "${NUMBER_WORDS[value]}"` : ''}`,
      });
    }
  }
  return problems;
}

const FULL_WIDTH: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；' };

/** The Chinese is displayed with full-width punctuation where the source copy has ASCII. */
export function checkChinesePunctuation(zh: LanguageDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of zh.blocks) {
    const text = block.kind === 'point' ? block.text : (block.heading ?? '');
    const match = /[,():;]/.exec(text);
    if (match) {
      problems.push({
        file: zh.file,
        line: block.line,
        problem: `"${block.id}" has the ASCII "${match[0]}" at "${excerpt(text.slice(Math.max(0, match.index - 8)), 16)}"`,
        fix: `write the full-width "${FULL_WIDTH[match[0]]}"; Chinese text is shown with full-width punctuation`,
      });
    }
  }
  return problems;
}

/** An English block that still holds Chinese characters was not (fully) translated. */
export function checkEnglishTranslated(en: LanguageDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of en.blocks) {
    const text = block.kind === 'point' ? block.text : (block.heading ?? '');
    const match = /\p{Script=Han}+/u.exec(text);
    if (match) {
      problems.push({ file: en.file, line: block.line, problem: `"${block.id}" contains untranslated Chinese: "${match[0]}"`, fix: 'translate it into English' });
    }
  }
  return problems;
}
