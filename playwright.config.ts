import { defineConfig, devices } from '@playwright/test';

/**
 * Debian's nginx with the shipped rules and headers (lib/build/nginx-serve.mjs): every test runs against
 * the site as production serves it. E2E_PORT serves and tests on another port (tests/e2e/fixtures.ts reads it too);
 * not one of the Fetch standard's bad ports (4190 is one), which Node's fetch refuses, so nginx-serve.mjs would never see nginx answer.
 */
const PORT = Number(process.env.E2E_PORT ?? 4180);

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * End-to-end tests run against the exported site (out/) served by nginx on 127.0.0.1 with the
 * shipped config (so the strict CSP is in force in every test), in Debian's Chromium: nothing is
 * downloaded. Build first (`npm run build`); `npm test` does both.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `node lib/build/nginx-serve.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // SIGTERM lets the launcher stop nginx and remove its temp folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
