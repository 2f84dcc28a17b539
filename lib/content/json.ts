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

/** A JSON syntax error as a content problem, with the line where the text stops being JSON. */
export function jsonSyntaxProblem(raw: string, file: string, error: unknown): ContentProblem {
  return {
    file,
    line: lineAt(raw, jsonErrorOffset(raw)),
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

const NUMBER_OR_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset at which a text stops being JSON (its length if it ends too soon), or -1 if it is
 * JSON. V8's messages give no position for some errors ("Unexpected end of JSON input",
 * "Unexpected token"), so the loaders find it themselves.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw new JsonStop(at);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const take = (char: string) => {
    if (text[at] !== char) fail();
    at++;
  };
  const string = () => {
    take('"');
    for (;;) {
      const char = text[at];
      if (char === undefined || char < ' ') fail();
      at++;
      if (char === '"') return;
      if (char !== '\\') continue;
      if (text[at] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) at += 5;
      else if (text[at] !== undefined && '"\\/bfnrt'.includes(text[at])) at++;
      else fail();
    }
  };
  const list = <T>(open: string, close: string, item: () => T) => {
    take(open);
    space();
    if (text[at] === close) return void at++;
    for (;;) {
      item();
      space();
      if (text[at] === close) return void at++;
      take(',');
    }
  };
  const value = (): void => {
    space();
    if (text[at] === '{') {
      list('{', '}', () => {
        space();
        string();
        space();
        take(':');
        value();
      });
    } else if (text[at] === '[') {
      list('[', ']', value);
    } else if (text[at] === '"') {
      string();
    } else {
      NUMBER_OR_LITERAL.lastIndex = at;
      const match = NUMBER_OR_LITERAL.exec(text);
      if (!match) fail();
      at += match![0].length;
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof JsonStop) return error.offset;
    throw error;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
