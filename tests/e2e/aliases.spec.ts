import { expect, test } from './fixtures';

/**
 * Ids and URLs never break: the end-to-end build adds the aliases of tests/fixtures/aliases.e2e.json
 * (npm test builds with ALIASES_EXTRA), and each kind is followed here as a reader's old link would be.
 */
test('an old page URL is a permanent redirect, with every header, to the live page', async ({ request, page }) => {
  const response = await request.get('/zh/old-ch1-6/?from=a-paper', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/zh/ch1-6/?from=a-paper');
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  await page.goto('/en/old-ch1-6/');
  await expect(page).toHaveURL(/\/en\/ch1-6\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(6)');
});

test('an old point id lands on the live point, highlighted', async ({ page }) => {
  await page.goto('/zh/ch1-6/#ch1-6-p0');
  const point = page.locator('#ch1-6-p2');
  await expect(point).toBeInViewport();
  expect(await point.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await page.goto('/en/full/#ch1-6-p0');
  await expect(page.locator('#ch1-6-p2')).toBeInViewport();
});

test('an old figure id: its row, its page and its quoted words', async ({ page }) => {
  await page.goto('/en/figures/#loss-rate-old');
  await expect(page.locator('#loss-rate')).toBeInViewport();
  await page.goto('/zh/figures/loss-rate-old/');
  await expect(page).toHaveURL(/\/zh\/figures\/loss-rate\/$/);
  await page.goto('/en/ch1-6/#fig-loss-rate-old');
  await expect(page.locator('#fig-loss-rate')).toBeInViewport();
});

test('an old glossary id and an old section id', async ({ page }) => {
  await page.goto('/en/glossary/#two-highs-one-low');
  await expect(page.locator('#two-highs-and-one-low')).toBeInViewport();
  await page.goto('/zh/parallel/ch1-6/#ch1-6-old');
  await expect(page.locator('#ch1-6')).toBeInViewport();
});
