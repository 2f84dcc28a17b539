/**
 * What "served like production" means, as checks that return the problems they find (an empty list
 * is a pass). serving.spec.ts runs them against nginx; tests/unit/serving.test.ts feeds them broken
 * headers and pages to show each one fails when it should.
 */
import type { BrowserContext, Page } from '@playwright/test';

export type Headers = Record<string, string | undefined>;

/** A CSP as a map from directive to its source list. */
export function cspDirectives(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const LOOSE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:'];

/** Problems with a Content-Security-Policy: anything that lets a script or frame in from elsewhere. */
export function cspProblems(csp: string | undefined): string[] {
  if (!csp) return ['no Content-Security-Policy'];
  const directives = cspDirectives(csp);
  const problems: string[] = [];
  const fallback = directives.get('default-src');
  if (!fallback || !fallback.every((source) => ["'none'", "'self'"].includes(source)))
    problems.push(`default-src must be 'none' or 'self', is ${fallback?.join(' ') ?? 'missing'}`);
  const scripts = directives.get('script-src') ?? fallback ?? [];
  for (const source of scripts) {
    if (LOOSE_SCRIPT_SOURCES.includes(source.toLowerCase()) || /^(https?:)?\/\//.test(source) || /\*/.test(source))
      problems.push(`script-src allows ${source}`);
  }
  for (const source of directives.get('style-src') ?? []) {
    if (source.toLowerCase() === "'unsafe-inline'" || /^(https?:)?\/\//.test(source) || source === '*') problems.push(`style-src allows ${source}`);
  }
  for (const name of ['img-src', 'font-src', 'connect-src', 'media-src', 'frame-src', 'object-src']) {
    for (const source of directives.get(name) ?? []) {
      if (/^(https?:)?\/\//.test(source) || source === '*' || source === 'https:' || source === 'http:')
        problems.push(`${name} allows another origin: ${source}`);
    }
  }
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'")
    problems.push(`frame-ancestors must be 'none', is ${directives.get('frame-ancestors')?.join(' ') ?? 'missing'}`);
  if (directives.get('base-uri')?.join(' ') !== "'none'") problems.push(`base-uri must be 'none', is ${directives.get('base-uri')?.join(' ') ?? 'missing'}`);
  if (fallback?.[0] !== "'none'" && directives.get('object-src')?.join(' ') !== "'none'")
    problems.push("object-src must be 'none' (directly or through default-src)");
  return problems;
}

export interface Expected {
  /** The exact Content-Type, charset included. */
  contentType: string;
  /** A hashed file, a page or data file, or an error page (400, 405, 414, 5xx: never stored). */
  cache: 'immutable' | 'revalidate' | 'no-store';
}

/** Problems with the headers of one response: security headers, type, charset and caching. */
export function headerProblems(headers: Headers, expected: Expected): string[] {
  const get = (name: string) => headers[name.toLowerCase()];
  const problems = cspProblems(get('content-security-policy'));
  const hsts = /max-age=(\d+)/.exec(get('strict-transport-security') ?? '');
  if (!hsts || Number(hsts[1]) < 31_536_000)
    problems.push(`Strict-Transport-Security must last at least a year, is ${get('strict-transport-security') ?? 'missing'}`);
  if (get('x-content-type-options') !== 'nosniff') problems.push(`X-Content-Type-Options must be nosniff, is ${get('x-content-type-options') ?? 'missing'}`);
  if (!['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(get('referrer-policy') ?? ''))
    problems.push(`Referrer-Policy leaks or is missing: ${get('referrer-policy') ?? 'missing'}`);
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    if (!new RegExp(`(^|[ ,])${feature}=\\(\\)`).test(get('permissions-policy') ?? '')) problems.push(`Permissions-Policy must deny ${feature}`);
  }
  if (get('content-type') !== expected.contentType) problems.push(`Content-Type must be "${expected.contentType}", is "${get('content-type') ?? 'missing'}"`);
  const cache = get('cache-control') ?? '';
  const maxAge = Number(/max-age=(\d+)/.exec(cache)?.[1] ?? NaN);
  if (expected.cache === 'immutable' && !(cache.includes('immutable') && maxAge >= 31_536_000))
    problems.push(`a hashed file must be cached a year, immutable: Cache-Control is "${cache}"`);
  if (
    expected.cache === 'revalidate' &&
    (cache.includes('immutable') || !(maxAge <= 600 || cache.includes('no-cache')) || !(cache.includes('must-revalidate') || cache.includes('no-cache')))
  )
    problems.push(`a page or data file must be revalidated within minutes: Cache-Control is "${cache}"`);
  if (expected.cache === 'no-store' && cache !== 'no-store') problems.push(`an error page must not be stored: Cache-Control is "${cache}"`);
  if (/\d/.test(get('server') ?? '')) problems.push(`the Server header gives the version away: ${get('server')}`);
  return problems;
}

/** What a page did that it should not: CSP violations, console errors, requests off the site's origin. */
export interface PageWatch {
  violations: string[];
  consoleErrors: string[];
  offsite: string[];
}

/**
 * Starts watching a page (and everything it navigates to) for CSP violations, console errors and
 * off-origin requests. Off-origin requests are aborted, so a test never reaches the network.
 */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { violations: [], consoleErrors: [], offsite: [] };
  const context: BrowserContext = page.context();
  await context.route(
    (url) => url.origin !== origin && /^(https?|wss?|ftp):$/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) watch.offsite.push(request.url());
  });
  page.on('console', (message) => {
    // A failed load names its URL, so the error says what failed.
    if (message.type() === 'error') watch.consoleErrors.push(message.location().url ? `${message.text()} (${message.location().url})` : message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  await page.exposeFunction('__reportCspViolation', (report: string) => watch.violations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber} (${event.sample})`,
      );
    });
  });
  return watch;
}
