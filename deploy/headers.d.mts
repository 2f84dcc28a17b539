// Types for headers.mjs (plain ESM so Node runs it without a build step).
export declare const IMMUTABLE_PREFIXES: string[];
export declare const CACHE: { immutable: string; revalidate: string; error: string };
export declare const ALLOWED_METHODS: string[];
export declare const PUBLIC_DATA_PREFIX: string;
export declare const CONTENT_TYPES: Record<string, string>;
export declare const TEXT_EXTENSIONS: string[];
export declare const COMPRESS_MIN_BYTES: number;
export declare function contentTypeFor(path: string): string | undefined;
export declare function cacheControlFor(path: string): string;
export declare function contentSecurityPolicy(hashes?: { scriptHashes?: string[]; styleHashes?: string[]; styleAttributeHashes?: string[] }): string;
export declare function securityHeaders(csp: string): Record<string, string>;
export declare const PUBLIC_DATA_HEADERS: Record<string, string>;
export declare function renderHeadersFile(options: { csp: string; entries: string[]; typedFiles: string[] }): string;
