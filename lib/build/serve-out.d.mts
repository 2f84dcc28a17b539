/** Types for lib/build/serve-out.mjs, so TypeScript tests can import it. */
import type { IncomingMessage, ServerResponse } from 'node:http';
export function builtPolicy(dir: string): string;
export function handler(dir: string): (request: IncomingMessage, response: ServerResponse) => void;
