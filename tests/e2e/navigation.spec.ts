import { expect, test } from './fixtures';
import { allPoints, LANGS, report, watchErrors } from './site';

test.describe('contents', () => {
  for (const lang of LANGS) {
    test(`every page of the contents in ${lang} opens from the sidebar`, async ({ page }) => {
      test.setTimeout(120_000); // about 25 full page loads: pages are plain HTML, navigation is the browser's own
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/ch1-1/`);
      const contents = page.locator('aside nav');
      const hrefs = await contents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(hrefs).toHaveLength(report.sections.length + 5); // every section, then full text, parallel, figures, glossary, problems → plans
      for (const href of hrefs) {
        // From the page the last link opened, while it has the sidebar (every section page does): one load a link.
        if (!(await contents.isVisible())) await page.goto(`/${lang}/ch1-1/`);
        await contents.locator(`a[href="${href}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        const hash = href.split('#')[1];
        if (hash) await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
      }
    });
  }

  test('on a phone the contents is a menu that opens and navigates', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/zh/ch1-1/');
    await expect(page.locator('aside')).toBeHidden();
    const menu = page.locator('details').filter({ hasText: '目录' });
    await menu.locator('summary').click();
    await menu.getByRole('link', { name: '（六）依法化解社会矛盾纠纷' }).click();
    await expect(page).toHaveURL(/\/zh\/ch1-6\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('（六）依法化解社会矛盾纠纷');
  });

  test('marks the current page in the contents', async ({ page }) => {
    await page.goto('/en/ch2/');
    await expect(page.locator('aside nav [aria-current="page"]')).toHaveText('II. Existing problems');
  });
});

test('previous/next walks the whole report in order, with breadcrumbs', async ({ page }) => {
  const sectionPages = [...new Set(report.sections.map((s) => s.url.en.split('#')[0]))];
  await page.goto(sectionPages[0]);
  for (const expected of sectionPages.slice(1)) {
    await page.getByRole('navigation', { name: 'Previous and next section' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await expect(page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Home' })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Previous and next section' }).getByRole('link', { name: /Next/ })).toHaveCount(0);
});

test.describe('language switch', () => {
  test('on a deep link lands on the same point in the other language, and back', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/zh/ch1-6/#ch1-6-p2');
    await page.getByRole('link', { name: 'Read in English' }).click();
    await expect(page).toHaveURL(/\/en\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    await expect(page.locator('#ch1-6-p2')).toContainText('3,662 administrative reconsideration cases');
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await expect(page).toHaveURL(/\/zh\/ch1-6\/#ch1-6-p2$/);
    await expect(page.locator('#ch1-6-p2')).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('after scrolling, carries the point the reader is looking at', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto('/en/ch2/');
    await page.locator('#ch2-p3').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await expect(page).toHaveURL(/\/zh\/ch2\/#ch2-p3$/);
    await expect(page.locator('#ch2-p3')).toBeInViewport();
  });

  test('works on the home, full text and about pages', async ({ page }) => {
    for (const path of ['/en/', '/en/full/', '/en/about/']) {
      await page.goto(path);
      await page.getByRole('link', { name: '阅读中文版' }).click();
      await expect(page).toHaveURL(new RegExp(`${path.replace('/en/', '/zh/')}$`));
    }
  });
});

test('a point’s permalink is reachable by keyboard and links to the point', async ({ page }) => {
  await page.goto('/en/ch1-6/');
  const permalink = page.getByRole('link', { name: 'Link to I(6), point 2' });
  await permalink.focus();
  await expect(permalink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/ch1-6\/#ch1-6-p2$/);
  await expect(page.locator('#ch1-6-p2')).toBeInViewport();
});

test('the skip link is the first stop of the keyboard and moves to the text', async ({ page }) => {
  await page.goto('/zh/ch2/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('every point is reachable by its URL in both languages', async ({ request }) => {
  for (const lang of LANGS) {
    const byPage = new Map<string, string[]>();
    for (const point of allPoints) {
      const [path, id] = point.url[lang].split('#');
      byPage.set(path, [...(byPage.get(path) ?? []), id]);
    }
    for (const [path, ids] of byPage) {
      const html = await (await request.get(path)).text();
      for (const id of ids) expect(html, `${path}#${id}`).toContain(`id="${id}"`);
    }
    const full = await (await request.get(`/${lang}/full/`)).text();
    for (const point of allPoints) expect(full).toContain(`id="${point.id}"`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section page is complete, its menu opens and its links work', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/en/ch1-6/');
    for (const point of report.sections.find((s) => s.id === 'ch1-6')!.points) {
      await expect(page.locator(`#${point.id}`)).toContainText(point.en.slice(0, 60));
    }
    await page.locator('header summary').click();
    await page.getByRole('link', { name: 'II. Existing problems' }).first().click();
    await expect(page).toHaveURL(/\/en\/ch2\/$/);
    await page.getByRole('link', { name: '阅读中文版' }).click();
    await expect(page).toHaveURL(/\/zh\/ch2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、存在问题');
  });

  test('the full text holds every point', async ({ page }) => {
    await page.goto('/zh/full/');
    for (const point of allPoints) await expect(page.locator(`#${point.id}`)).toHaveText(point.zh);
  });
});

test('/data/report.json is served as JSON with every point in both languages', async ({ request }) => {
  const response = await request.get('/data/report.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  expect(data.sections.flatMap((s: { points: unknown[] }) => s.points)).toHaveLength(allPoints.length);
});
