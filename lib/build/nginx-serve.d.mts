/** Types for lib/build/nginx-serve.mjs, so TypeScript tests can import it. */
export function startNginx(options?: {
  port?: number;
  workers?: number;
}): Promise<{ url: string; prefix: string; stop: () => Promise<void>; exited: Promise<{ code: number | null; signal: string | null }> }>;
export function waitForAnswer(url: string, options?: { timeout?: number; exited?: () => number | null | undefined }): Promise<number>;
