import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * The Virtual Screen Reader (@guidepup/virtual-screen-reader) in the page, as a screen reader is in
 * a browser: it walks the page's accessibility tree (names and roles by the ARIA specifications),
 * follows focus and says live-region changes. Its browser build is an ES module that the page's
 * strict CSP would not let a test import; it is added before the page's own script (Playwright's
 * init scripts are not subject to the page's CSP), as a script that leaves it on `window.__vsr`.
 */
const BUNDLE = 'node_modules/@guidepup/virtual-screen-reader/lib/esm/index.browser.js';

function classicScript(): string {
  const source = readFileSync(BUNDLE, 'utf8');
  const exported = /export\{(\$?\w+\$?) as Virtual,(\$?\w+\$?) as virtual\};?/.exec(source);
  if (!exported) throw new Error(`${BUNDLE}: its exports are not the two this test reads (Virtual, virtual): a new version? Adapt screen-reader.ts to it.`);
  return `${source.replace(exported[0], `window.__vsr = { Virtual: ${exported[1]}, virtual: ${exported[2]} };`)}\n`;
}

type Virtual = {
  start(options: { container: Element }): Promise<void>;
  stop(): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
};
declare global {
  interface Window {
    __vsr: { virtual: Virtual };
  }
}

/** Adds the screen reader to every page the test opens; call before page.goto. */
export const withScreenReader = (page: Page) => page.addInitScript({ content: classicScript() });

/** Turns the screen reader on over the page (or one element of it): it says where it starts. */
export async function listen(page: Page, selector = 'body') {
  await page.evaluate(async (selector) => {
    await window.__vsr.virtual.stop();
    await window.__vsr.virtual.start({ container: document.querySelector(selector)! });
  }, selector);
}

/** What it has said since the last call, and forgets it. */
export async function said(page: Page): Promise<string[]> {
  // Live regions and focus changes are said as they happen; give them a moment to arrive.
  await page.waitForTimeout(50);
  return page.evaluate(async () => {
    const log = await window.__vsr.virtual.spokenPhraseLog();
    await window.__vsr.virtual.clearSpokenPhraseLog();
    return log;
  });
}

/**
 * Reads on, item by item as a screen reader's "next" does, until it has said a phrase matching
 * `until` (included) or reached the end; returns what it said.
 */
export async function readOn(page: Page, until: RegExp | string, max = 400): Promise<string[]> {
  const pattern = typeof until === 'string' ? `^${until.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : until.source;
  return page.evaluate(
    async ({ pattern, max }) => {
      const { virtual } = window.__vsr;
      const stop = new RegExp(pattern);
      const start = (await virtual.spokenPhraseLog()).length;
      for (let i = 0; i < max; i++) {
        await virtual.next();
        const last = await virtual.lastSpokenPhrase();
        if (stop.test(last) || last === 'end of document') break;
      }
      const log = await virtual.spokenPhraseLog();
      await virtual.clearSpokenPhraseLog();
      return log.slice(start);
    },
    { pattern, max },
  );
}

/** Phrases said twice in a row (the same words again, or a name repeated as the text that follows it), which a listener hears as a stutter. */
export function stutters(phrases: string[]): string[] {
  const name = (phrase: string) => phrase.replace(/^[a-z ]+, /, '');
  return phrases.flatMap((phrase, i) =>
    i > 0 && !/^end of /.test(phrase) && (phrase === phrases[i - 1] || name(phrase) === name(phrases[i - 1])) ? [`"${phrases[i - 1]}" then "${phrase}"`] : [],
  );
}

/** Controls a screen reader would announce by their role alone: "button", "link" with no name. */
export const unnamed = (phrases: string[]) =>
  phrases.filter((phrase) => /^(button|link|image|combobox|searchbox|textbox|dialog|checkbox|listbox|option)$/.test(phrase));
