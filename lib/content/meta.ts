import { z } from 'zod';
import type { ContentProblem } from './errors';
import { jsonSyntaxProblem, lineAt } from './json';
import type { Meta } from './types';

const bilingual = z.strictObject({ zh: z.string().trim().min(1), en: z.string().trim().min(1) });

const metaSchema = z.strictObject({
  title: bilingual,
  issuer: bilingual,
  delivered: bilingual.extend({ date: z.iso.date() }),
  meeting: bilingual,
  source_url: z.url({ protocol: /^https?$/ }),
  licence: bilingual,
});

/** Parses and validates content/meta.json; problems name the line of the offending key. */
export function parseMeta(raw: string, file: string): { meta?: Meta; problems: ContentProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { problems: [jsonSyntaxProblem(raw, file, error)] };
  }
  const result = metaSchema.safeParse(data);
  if (result.success) return { meta: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      // A missing key has no line of its own: point at the object that should hold it.
      line: lineOfPath(raw, (valueAt(data, issue.path) === undefined ? issue.path.slice(0, -1) : issue.path).map(String)),
      problem: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
      fix: 'meta.json needs title, issuer, delivered (with date YYYY-MM-DD), meeting and licence, each with non-empty "zh" and "en", and an http(s) source_url; see the README',
    })),
  };
}

/** The line of a key path in a JSON text, found by searching for each key in turn. */
export function lineOfPath(raw: string, path: string[]): number {
  let from = 0;
  for (const key of path) {
    const at = raw.indexOf(JSON.stringify(key), from);
    if (at < 0) break;
    from = at;
  }
  return lineAt(raw, from);
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}
