import { z } from 'zod';
import { bilingual } from './schema';
import type { ContentProblem } from './errors';
import { jsonSyntaxProblem, positionOfPath } from './json';
import type { Meta } from './types';


const metaSchema = z.strictObject({
  title: bilingual,
  issuer: bilingual,
  delivered: bilingual.extend({ date: z.iso.date() }),
  meeting: bilingual,
  source_url: z.url({ protocol: /^https?$/ }),
  licence: bilingual,
  /** Where the report was delivered, as citations name it (APA's location, BibTeX's address, RIS's CY). */
  place: bilingual,
  /** The BibTeX / CSL key of the report; a point's or figure's key adds its id. */
  cite_key: z.string().regex(/^[a-z][a-z0-9]*$/, 'lowercase letters and digits, starting with a letter, e.g. "hangzhou2021"'),
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
      // A missing key has no place of its own: positionOfPath points at the object that should hold it.
      ...positionOfPath(raw, issue.path),
      problem: `${issue.path.join('.') || 'the file'}: ${issue.message}`,
      fix: 'meta.json needs title, issuer, delivered (with date YYYY-MM-DD), meeting and licence, each with non-empty "zh" and "en", and an http(s) source_url; see the README',
    })),
  };
}

/** The line of a key path in a JSON text (lib/content/json.ts positionOfPath: from the syntax tree). */
export function lineOfPath(raw: string, path: readonly PropertyKey[]): number {
  return positionOfPath(raw, path).line;
}
