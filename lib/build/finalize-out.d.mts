/** Types for lib/build/finalize-out.mjs, so TypeScript tests can import it. */
export const NEXT_SCRIPT_SHAPES: { name: string; test: (properties: Record<string, unknown>, text: string) => boolean }[];
export const LEFTOVERS: { text: string; means: string }[];
export function finalizePage(html: string, page: string): { html: string; removed: number; problems: string[] };
export function finalizeOut(dir: string): { pages: number; removed: number; deleted: number; problems: string[] };
export function isRscPayload(text: string): boolean;
