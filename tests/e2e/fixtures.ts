/**
 * `test` and `expect` for every spec: Playwright's, with one fixture that runs in every test by itself.
 * Any Content-Security-Policy violation in any page the test opens (its own context, or one it makes
 * with browser.newContext or browser.newPage) fails that test, naming the page, the directive and
 * what was blocked: heard as the page's `securitypolicyviolation` event, and as the console error
 * Chromium logs, which it also writes when a page runs no script of ours.
 * A test that breaks the policy on purpose says so: test.use({ allowCspViolations: true }); it can
 * read what the guard heard from the `cspViolations` fixture.
 */
import { type BrowserContext, test as base, expect } from '@playwright/test';

export { expect };

/** The server under test: nginx with the shipped rules (playwright.config.ts; E2E_PORT picks another port). */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4180}`;

export const test = base.extend<{ allowCspViolations: boolean; cspViolations: string[] }>({
  allowCspViolations: [false, { option: true }],
  cspViolations: [
    async ({ context, browser, allowCspViolations }, use) => {
      const violations: string[] = [];
      const guard = async (watched: BrowserContext) => {
        await watched.exposeBinding('__cspViolation', ({ page }, report: string) => void violations.push(`${page.url()}: ${report}`));
        await watched.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
            void report(
              `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile || location.pathname}:${event.lineNumber} (${event.sample})`,
            );
          });
        });
        watched.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
        });
      };
      await guard(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const made = await newContext(options);
        await guard(made);
        return made;
      };
      try {
        await use(violations);
      } finally {
        browser.newContext = newContext;
      }
      if (!allowCspViolations) expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
