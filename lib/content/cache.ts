import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A stamp of content/: every file's path, size and modification time. */
function contentStamp(dir = 'content'): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return contentStamp(path);
      const stat = statSync(path);
      return `${path}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

/**
 * A loader's result, computed once per build. Under `npm run dev` (NODE_ENV=development) it is
 * computed again when anything under content/ has changed, so an edit shows on the next request.
 */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  let stamp: string | undefined;
  return () => {
    const now = process.env.NODE_ENV === 'development' ? contentStamp() : 'build';
    if (value === undefined || now !== stamp) {
      value = load();
      stamp = now;
    }
    return value;
  };
}
