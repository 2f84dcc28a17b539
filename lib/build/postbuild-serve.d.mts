/** Types for lib/build/postbuild-serve.mjs, so TypeScript tests can import it. */
export function inlineScriptProblems(scripts: { text: string; page: string }[]): string[];
