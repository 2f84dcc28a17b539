/** One thing wrong with the content: where it is and how to fix it. */
export interface ContentProblem {
  file: string;
  line: number;
  /** Where on the line, from 1, when known (JSON files: the key or value at fault). */
  column?: number;
  problem: string;
  fix: string;
}

export function formatProblem({ file, line, column, problem, fix }: ContentProblem): string {
  return `${file}:${line}${column ? `:${column}` : ''}: ${problem}\n  fix: ${fix}`;
}

/** Thrown by the loader so the build stops with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The report content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
  }
}
