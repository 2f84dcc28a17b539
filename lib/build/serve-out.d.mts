/** Types for lib/build/serve-out.mjs, so TypeScript tests can import it. */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
export function builtPolicy(dir: string): string;
export function handler(dir: string): (request: IncomingMessage, response: ServerResponse) => void;
export function clientErrorHandler(dir: string): (error: Error & { code?: string }, socket: Socket) => void;
export function createSiteServer(dir: string): Server;
