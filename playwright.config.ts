import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;

/**
 * End-to-end tests run against the exported site (out/) served on 127.0.0.1, in Debian's
 * Chromium: nothing is downloaded. Build first (`npm run build`); `npm test` does both.
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
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `serve out --listen tcp://127.0.0.1:${PORT} --no-clipboard --no-request-logging`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { NO_UPDATE_CHECK: '1' },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
