// Types for render.mjs.
export declare function fillTemplate(template: string, values: Record<string, string | number>, name?: string): string;
export declare function renderRules(options: { csp: string; brotli: boolean; redirects?: { from: string; to: string; status: number }[] }): string;
export declare function siteServer(options: { listen: string; root: string; rules: string }): string;
export declare function renderStandalone(options: {
  prefix: string;
  listen?: string;
  root?: string;
  rules?: string;
  servers?: string;
  modules?: string[];
  user?: string;
  workers?: number;
}): string;
export declare function assignInChunks(name: string, value: string): string;
