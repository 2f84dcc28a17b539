/** Types for lib/build/check-out.mjs, so TypeScript tests can import it. */
export interface OutProblem {
  /** The site-relative URL of the page (or /sitemap.xml, /robots.txt, a stylesheet). */
  page: string;
  problem: string;
}

export interface OutCounts {
  pages: number;
  links: number;
  external: number;
  anchors: number;
  stylesheets: number;
  islands: number;
  charts: number;
  qr: number;
  sitemap: number;
}

export interface OutResult {
  counts: OutCounts;
  problems: OutProblem[];
}

export const DEFAULT_ORIGIN: string;
export const HTML_VALIDATE_CONFIG: import('html-validate').ConfigData;
export const NOT_FOUND_PAGES: string[];
export const ERROR_PAGES: string[];
export const HREFLANGS: string[];

export function checkOut(dir: string, options?: { origin?: string; localPreview?: boolean }): Promise<OutResult>;
export function isLoopback(origin: string): boolean;
export function builtOrigin(dir: string): string | null;
export function resolveUrl(
  value: string,
  base: string,
  origin: string,
): { kind: 'internal'; path: string; fragment: string | null } | { kind: 'external' | 'unsafe' | 'other' };
export function formatResult(result: OutResult, dir: string, options?: { origin?: string; localPreview?: boolean }): string;
