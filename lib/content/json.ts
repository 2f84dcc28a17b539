import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Node, parseTree } from 'jsonc-parser';
import type { z } from 'zod';
import { ContentError, type ContentProblem } from './errors';

/** A place in a text: line and column, both from 1. */
export interface Position {
  line: number;
  column: number;
}

/** The line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * The node at a path of keys and array indices in a JSON syntax tree (jsonc-parser's parseTree),
 * or undefined. An index may come as a number or, from a path of strings, as digits: it is an index
 * only where the node is an array, so a key such as "2019" stays a key.
 */
function nodeAt(root: Node | undefined, path: readonly PropertyKey[]): Node | undefined {
  let node = root;
  for (const key of path) {
    if (!node) return undefined;
    if (node.type === 'array') node = node.children?.[Number(key)];
    else if (node.type === 'object') node = node.children?.find((property) => property.children?.[0]?.value === String(key))?.children?.[1];
    else return undefined;
  }
  return node;
}

const trees = new Map<string, Node | undefined>();

/**
 * Where the value at a path is written in a JSON text: the start of its key (or, in an array, of
 * the value). A path that does not exist (a missing key) gives the deepest object or array on it
 * that does, which is where the missing key belongs. Found from the parsed syntax tree, so spacing
 * and key order do not matter.
 */
export function positionOfPath(raw: string, path: readonly PropertyKey[]): Position {
  if (!trees.has(raw)) {
    if (trees.size > 32) trees.clear();
    trees.set(raw, parseTree(raw));
  }
  const root = trees.get(raw);
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(root, path.slice(0, depth));
    if (!node) continue;
    const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return positionAt(raw, at);
  }
  return { line: 1, column: 1 };
}

/** A content problem at a path of a JSON file: its file, line and column. */
export const problemAt = (raw: string, file: string, path: readonly PropertyKey[], problem: string, fix: string): ContentProblem => ({ file, ...positionOfPath(raw, path), problem, fix });

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
    ...positionAt(raw, jsonErrorOffset(raw)),
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

/**
 * Reads a JSON file of content/ and checks it against its schema. A syntax error, or every schema
 * problem at once, stops the build naming the file, the line and column of the value, and the fix.
 * Returns the checked data and the raw text (for the positions of later checks).
 */
export function readContentJson<S extends z.ZodType>(file: string, root: string, schema: S, fix: string): { raw: string; data: z.infer<S> } {
  const raw = readFileSync(join(root, file), 'utf8');
  const parsed = schema.safeParse(parseJson(raw, file));
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((issue) => ({ file, ...positionOfPath(raw, issue.path), problem: `${issue.path.join('.')}: ${issue.message}`, fix })));
  return { raw, data: parsed.data };
}
