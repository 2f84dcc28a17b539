import { expect } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/errors';

/** The problems a loader reports, formatted as the build prints them; fails if it loads instead. */
export function refused(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map(formatProblem);
  }
  throw new Error('expected the content to be refused');
}
