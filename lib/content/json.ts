import { ContentError, type ContentProblem } from './errors';

/** The line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The line where `needle` first occurs in a text, or 1 if it does not. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : lineAt(text, at);
}

/** A JSON syntax error as a content problem, with the line the parser stopped at. */
export function jsonSyntaxProblem(raw: string, file: string, error: unknown): ContentProblem {
  const position = /position (\d+)/.exec(String(error))?.[1];
  return {
    file,
    line: position ? lineAt(raw, Number(position)) : 1,
    problem: `not valid JSON (${(error as Error).message})`,
    fix: 'repair the JSON syntax: quotes around keys and strings, commas between entries, no trailing comma',
  };
}

/** Parses a content JSON file; a syntax error stops the build naming the file and the line. */
export function parseJson(raw: string, file: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ContentError([jsonSyntaxProblem(raw, file, error)]);
  }
}
