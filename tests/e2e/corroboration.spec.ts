import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LANGS, watchErrors } from './site';

const COURT_REPORT = 'https://z.hangzhou.com.cn/2022/rddschy/content/content_8291633.html';
const TEXT = {
  zh: {
    title: '其他官方来源',
    issuer: '杭州市中级人民法院',
    differs: '相差2，本报告的数字较高。',
    agrees: '一致。',
    basis: '两份报告都没有说明案件的统计口径',
  },
  en: {
    title: 'Other official sources',
    issuer: 'Hangzhou Intermediate People’s Court',
    differs: 'Differs by 2: this report’s figure is higher.',
    agrees: 'Agrees.',
    basis: 'Neither report says how its cases are counted',
  },
} as const;

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test.describe('other official sources', () => {
  for (const lang of LANGS) {
    const t = TEXT[lang];

    test(`a litigation figure's page sets the court's figures beside ours in ${lang}, axe clean`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/figures/first-instance-litigation-cases/`);
      const block = page.locator('section#other-sources');
      await expect(block.getByRole('heading', { level: 2, name: t.title })).toBeVisible();
      await expect(block).toContainText(t.issuer);
      await expect(
        block.getByRole('link', { name: lang === 'zh' ? /2021年度行政审判工作情况的报告/ : /Written report on administrative adjudication in 2021/ }),
      ).toHaveAttribute('href', COURT_REPORT);
      const count = block.locator('[data-comparison="first-instance-cases-2019"]');
      await expect(count).toHaveAttribute('data-agrees', 'false');
      await expect(count).toContainText('2,563');
      await expect(count).toContainText('2,561');
      await expect(count).toContainText(t.differs);
      await expect(block.locator('[data-comparison="first-instance-cases-2020-direction"]')).toHaveAttribute('data-agrees', 'true');
      await expect(block).toContainText(t.basis);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`/${lang}/figures/loss-rate/`);
      const rate = page.locator('#other-sources [data-comparison="loss-rate-2020"]');
      await expect(rate).toContainText('9.8%');
      await expect(rate).toContainText(t.agrees);
      await expect(page.locator('#other-sources')).toContainText('5.6%');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    test(`the litigation charts carry the block in ${lang}, the other charts do not`, async ({ page }) => {
      await page.goto(`/${lang}/ch1-6/`);
      const counts = page.locator('#chart-first-instance-litigation-cases [data-corroboration]');
      await counts.scrollIntoViewIfNeeded();
      await expect(counts).toContainText(t.title);
      await expect(counts).toContainText('2,561');
      await expect(page.locator('#chart-litigation-rates [data-corroboration] [data-comparison="loss-rate-2020"]')).toHaveAttribute('data-agrees', 'true');
      await expect(page.locator('#chart-reconsideration-cases [data-corroboration]')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a figure no other source states has no block', async ({ page }) => {
    await page.goto('/en/figures/agency-head-court-appearance-rate/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#other-sources')).toHaveCount(0);
  });

  test('the data files mark the court’s figures as from another source', async ({ request }) => {
    const json = await (await request.get('/data/metrics.json')).json();
    expect(json.other_sources.figures.find((m: { id: string }) => m.id === 'court-first-instance-cases-2019')).toMatchObject({
      kind: 'other-source',
      value: 2561,
      source: { url: COURT_REPORT, quote: '至2019年已达2561件' },
    });
    expect(json.other_sources.comparisons.find((c: { id: string }) => c.id === 'first-instance-cases-2019')).toMatchObject({ agrees: false, difference: 2 });
    const csv = await (await request.get('/data/metrics.csv')).text();
    expect(csv).toContain('court-loss-rate,litigation,');
    expect(csv).toContain(',other-source,');
  });
});
