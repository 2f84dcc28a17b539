import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LANGS, report, watchErrors } from './site';

/** One utterance as the stub heard it: its words, language, voice and rate, and what the page showed as being read. */
interface Heard {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
  shown: string | null;
}

interface StubOptions {
  voices: readonly { name: string; lang: string }[];
  /** Each utterance ends by itself a few milliseconds after it starts (unless paused); otherwise the test ends it. */
  auto: boolean;
  /** The voices are listed only after a while, with a voiceschanged event (as Chrome does). */
  late?: boolean;
  /** No speechSynthesis at all. */
  absent?: boolean;
}

/**
 * Stands in for the browser's speechSynthesis, before any page script runs: it records every
 * utterance (and what is highlighted when it is spoken) and every pause, resume and cancel, and
 * plays them as an engine would (one at a time, queued, events on each), without sound.
 */
function stubSpeech(page: Page, options: StubOptions) {
  return page.addInitScript(({ voices, auto, late, absent }: StubOptions) => {
    if (absent) {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      return;
    }
    type Utterance = EventTarget & { text: string; lang: string; voice: { name: string } | null; rate: number };
    const heard: unknown[] = [];
    const calls: string[] = [];
    const queue: Utterance[] = [];
    let current: Utterance | null = null;
    let paused = false;
    let listed = late ? [] : voices;
    const fire = (utterance: Utterance, type: string, error?: string) => utterance.dispatchEvent(Object.assign(new Event(type), error ? { error } : {}));
    const end = () => {
      if (!current || paused) return;
      const done = current;
      current = null;
      fire(done, 'end');
      play();
    };
    const play = () => {
      if (current || paused || !queue.length) return;
      current = queue.shift()!;
      fire(current, 'start');
      if (auto) setTimeout(end, 5);
    };
    class SpeechSynthesisUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(public text: string) {
        super();
      }
    }
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => listed.map((voice) => ({ ...voice, voiceURI: voice.name, localService: true, default: false })),
      speak(utterance: Utterance) {
        const shown = document.querySelector('[data-listening]');
        heard.push({
          text: utterance.text,
          lang: utterance.lang,
          voice: utterance.voice?.name ?? null,
          rate: utterance.rate,
          shown: shown ? shown.id || shown.textContent : null,
        });
        queue.push(utterance);
        play();
      },
      cancel() {
        calls.push('cancel');
        const dropped = [current, ...queue].filter((u): u is Utterance => !!u);
        queue.length = 0;
        current = null;
        for (const utterance of dropped) fire(utterance, 'error', 'interrupted');
      },
      pause() {
        calls.push('pause');
        paused = true;
      },
      resume() {
        calls.push('resume');
        paused = false;
        if (current && auto) setTimeout(end, 5);
        play();
      },
    });
    // Getters, defined as such (Object.assign would copy their values once).
    Object.defineProperties(synth, {
      speaking: { get: () => !!current },
      pending: { get: () => queue.length > 0 },
      paused: { get: () => paused },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: SpeechSynthesisUtterance, configurable: true });
    Object.assign(window, { __speech: { heard, calls, end: () => end() } });
    if (late) {
      setTimeout(() => {
        listed = voices;
        synth.dispatchEvent(new Event('voiceschanged'));
      }, 300);
    }
  }, options);
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { heard: Heard[] } }).__speech.heard);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { calls: string[] } }).__speech.calls);
const endUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { end: () => void } }).__speech.end());

const VOICES = [
  { name: 'Mandarin', lang: 'zh-CN' },
  { name: 'Cantonese', lang: 'zh-HK' },
  { name: 'English', lang: 'en-GB' },
];
const T = {
  zh: {
    start: '朗读',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    next: '下一段',
    previous: '上一段',
    speed: '语速',
    paused: '已暂停朗读',
    stopped: '已停止朗读',
    finished: '朗读完毕',
  },
  en: {
    start: 'Listen',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    next: 'Next point',
    previous: 'Previous point',
    speed: 'Speed',
    paused: 'Paused',
    stopped: 'Stopped listening',
    finished: 'Finished reading',
  },
} as const;
const squash = (text: string) => text.replace(/\s+/g, '');

/** What a page should read, from the published data (not from the page): each heading, then each point, in order. */
function expectedReading(lang: 'zh' | 'en', page: string) {
  return report.sections
    .filter((section) => section.url[lang].split('#')[0] === `/${lang}/${page}/`)
    .flatMap((section) => [
      ...(section.heading ? [{ shown: `${section.id}-heading`, text: section.heading[lang] }] : []),
      ...section.points.map((point) => ({ shown: point.id, text: point[lang] })),
    ]);
}

/** The utterances grouped by what was highlighted while each was said, joined: what was read, unit by unit. */
function readUnits(utterances: Heard[]) {
  const units: { shown: string | null; text: string }[] = [];
  for (const u of utterances) {
    const last = units.at(-1);
    if (last && last.shown === u.shown) last.text += u.text;
    else units.push({ shown: u.shown, text: u.text });
  }
  return units.map((unit) => ({ shown: unit.shown, text: squash(unit.text) }));
}

for (const lang of LANGS) {
  for (const page of ['ch1-1', 'ch2']) {
    test(`/${lang}/${page}/ is read aloud in ${lang}: every heading and point, in order, in the report's words only, highlighted as it is read`, async ({
      page: tab,
    }) => {
      const errors = watchErrors(tab);
      await stubSpeech(tab, { voices: VOICES, auto: true });
      await tab.goto(`/${lang}/${page}/`);
      await tab.getByRole('button', { name: T[lang].start, exact: true }).click();
      await expect(tab.getByRole('status').filter({ hasText: T[lang].finished })).toBeAttached({ timeout: 15_000 });
      const utterances = await heard(tab);
      // The page's language, in its voice: Mandarin, not Cantonese, for Chinese.
      for (const u of utterances) expect(u).toMatchObject({ lang: lang === 'zh' ? 'zh-CN' : 'en', voice: lang === 'zh' ? 'Mandarin' : 'English', rate: 1 });
      expect(readUnits(utterances)).toEqual(expectedReading(lang, page).map((unit) => ({ ...unit, text: squash(unit.text) })));
      // Nothing of the interface: no cite, no link names, no [n], no glossary explanation.
      for (const u of utterances) expect(u.text).not.toMatch(/引用|Cite|本段链接|Link to|中\/En|\[\d+\]|side by side/);
      // Done: nothing is left highlighted, and the start button is back.
      await expect(tab.locator('[data-listening]')).toHaveCount(0);
      await expect(tab.getByRole('button', { name: T[lang].start, exact: true })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
}

test('pause, resume, next, previous, speed and stop, by keyboard, with the highlight following and each change announced', async ({ page }) => {
  const errors = watchErrors(page);
  await stubSpeech(page, { voices: VOICES, auto: false });
  await page.goto('/zh/ch1-6/');
  const t = T.zh;
  // Tab to the button (which loads the island) and press it.
  await page.getByRole('button', { name: t.start, exact: true }).focus();
  await page.keyboard.press('Enter');
  const bar = page.getByRole('group', { name: '朗读控制' });
  await expect(bar).toBeVisible();
  const points = report.sections.find((s) => s.id === 'ch1-6')!.points;
  await expect.poll(() => heard(page)).toHaveLength(1);
  expect((await heard(page))[0]).toMatchObject({ text: '（六）依法化解社会矛盾纠纷', shown: 'ch1-6-heading' });
  await expect(page.locator('#ch1-6-heading')).toHaveAttribute('data-listening', '');
  // Focus moved to the pause button, in the bar.
  await expect(bar.getByRole('button', { name: t.pause })).toBeFocused();

  await page.keyboard.press('Enter');
  expect(await calls(page)).toContain('pause');
  await expect(page.getByRole('status').filter({ hasText: t.paused })).toBeAttached();
  await expect(bar.getByRole('button', { name: t.resume })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await calls(page)).at(-1)).toBe('resume');
  await expect(bar.getByRole('button', { name: t.pause })).toBeVisible();

  // The heading ends: the first point is read, highlighted and in view.
  await endUtterance(page);
  await expect.poll(async () => (await heard(page)).at(-1)?.shown).toBe('ch1-6-p1');
  expect(points[0].zh.startsWith((await heard(page)).at(-1)!.text)).toBe(true);
  await expect(page.locator('#ch1-6-p1')).toHaveAttribute('data-listening', '');
  await expect(page.locator('#ch1-6-heading')).not.toHaveAttribute('data-listening', '');
  await expect(page.locator('#ch1-6-p1')).toBeInViewport();

  // Next point, by the bar; the previous one, back.
  await bar.getByRole('button', { name: t.next }).press('Enter');
  await expect.poll(async () => (await heard(page)).at(-1)?.shown).toBe('ch1-6-p2');
  await expect(page.getByRole('status').filter({ hasText: '正在朗读：一（六）“二是”' })).toBeAttached();
  await expect(page.locator('#ch1-6-p2')).toBeInViewport();
  await bar.getByRole('button', { name: t.previous }).press('Enter');
  await expect.poll(async () => (await heard(page)).at(-1)?.shown).toBe('ch1-6-p1');

  // A new speed says the current sentence again at that speed, and is remembered.
  const before = (await heard(page)).length;
  await bar.getByLabel(t.speed).selectOption('1.5');
  await expect.poll(async () => (await heard(page)).length).toBe(before + 1);
  expect((await heard(page)).at(-1)).toMatchObject({ rate: 1.5, shown: 'ch1-6-p1' });
  expect(await page.evaluate(() => localStorage.getItem('listen-rate'))).toBe('1.5');

  // Listen from any point: each point has its button while reading.
  await page.getByRole('button', { name: '从这里朗读：一（六）“三是”' }).click();
  await expect.poll(async () => (await heard(page)).at(-1)?.shown).toBe('ch1-6-p3');
  expect((await heard(page)).at(-1)!.rate).toBe(1.5);

  // Stop: silence, nothing highlighted, no per-point buttons, the start button back with focus.
  await bar.getByRole('button', { name: t.stop }).press('Enter');
  expect((await calls(page)).at(-1)).toBe('cancel');
  await expect(page.locator('[data-listening]')).toHaveCount(0);
  await expect(page.locator('.listen-here')).toHaveCount(0);
  await expect(bar).toBeHidden();
  await expect(page.getByRole('button', { name: t.start, exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: t.stopped })).toBeAttached();
  expect(errors).toEqual([]);
});

test('reading starts at the linked point, and a click that comes before the code is not lost', async ({ page }) => {
  await stubSpeech(page, { voices: VOICES, auto: false });
  // The island's code arrives slowly: the click must still start reading once it has.
  await page.route('**/_islands/read-aloud-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/en/ch1-6/#ch1-6-p2');
  await page.getByRole('button', { name: 'Listen', exact: true }).click();
  await expect.poll(() => heard(page), { timeout: 5_000 }).toHaveLength(1);
  expect((await heard(page))[0].shown).toBe('ch1-6-p2');
});

test('Escape in the controls stops reading, and leaving the page stops it too', async ({ page }) => {
  await stubSpeech(page, { voices: VOICES, auto: false });
  await page.goto('/en/ch1-6/');
  await page.getByRole('button', { name: 'Listen', exact: true }).click();
  const bar = page.getByRole('group', { name: 'Read aloud' });
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.locator('[data-listening]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Listen', exact: true })).toBeFocused();
  // Start again, then leave: the speech is cancelled.
  await page.getByRole('button', { name: 'Listen', exact: true }).press('Enter');
  await expect(bar).toBeVisible();
  const before = (await calls(page)).filter((call) => call === 'cancel').length;
  await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
  expect((await calls(page)).filter((call) => call === 'cancel').length).toBeGreaterThan(before);
  await expect(bar).toBeHidden();
});

for (const lang of LANGS) {
  test(`the controls pass axe at 1280 and 320 px in ${lang}, fit the narrowest phone, and print nothing`, async ({ page }) => {
    // Two axe runs of a long page: about 15 s each on a busy machine.
    test.setTimeout(90_000);
    await stubSpeech(page, { voices: VOICES, auto: false });
    await page.goto(`/${lang}/ch1-6/`);
    await page.getByRole('button', { name: T[lang].start, exact: true }).click();
    await expect(page.getByRole('group', { name: lang === 'zh' ? '朗读控制' : 'Read aloud' })).toBeVisible();
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      // Every control fits: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${width} px: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-island="read-aloud"]')).toBeHidden();
    await expect(page.locator('.listen-here').first()).toBeHidden();
  });
}

test.describe('hidden where it cannot work', () => {
  for (const [name, options] of [
    ['no voice at all', { voices: [], auto: true }],
    ['only a voice of another language (English on a Chinese page)', { voices: [{ name: 'English', lang: 'en-US' }], auto: true }],
    ['only Cantonese', { voices: [{ name: 'Cantonese', lang: 'yue-HK' }], auto: true }],
    ['no speechSynthesis', { voices: [], auto: true, absent: true }],
  ] as const satisfies readonly (readonly [string, StubOptions])[]) {
    test(`with ${name}, there is no 朗读 button, and nothing fails`, async ({ page }) => {
      const errors = watchErrors(page);
      await stubSpeech(page, options);
      await page.goto('/zh/ch1-6/');
      await page.waitForTimeout(500);
      await expect(page.locator('[data-island="read-aloud"]')).toBeHidden();
      await expect(page.getByRole('button', { name: '朗读', exact: true })).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('voices listed late (Chrome lists them after the page loads) still offer it', async ({ page }) => {
    await stubSpeech(page, { voices: VOICES, auto: true, late: true });
    await page.goto('/zh/ch1-6/');
    await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeVisible();
  });

  test('without JavaScript it is not offered, and a text page still loads no script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/ch1-6/');
    await expect(page.locator('[data-island="read-aloud"]')).toBeHidden();
    await context.close();
  });
});
