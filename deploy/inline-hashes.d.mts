// Types for inline-hashes.mjs.
export interface InlineProblem {
  line: number;
  problem: string;
  fix: string;
}
export declare function cspHash(text: string): string;
export declare function isScriptSrcGoverned(type: unknown): boolean;
export declare function inlineSources(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[]; problems: InlineProblem[] };
export declare function distinctHashes(texts: string[]): string[];
