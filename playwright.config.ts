import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
/** Debian's nginx with the shipped rules (scripts/nginx-serve.mjs): serving.spec.ts tests serving like production. */
const NGINX_PORT = 4180;

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

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
      testIgnore: '**/serving.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'nginx',
      testMatch: '**/serving.spec.ts',
      use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  webServer: [
    {
      command: `serve out --listen tcp://127.0.0.1:${PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${PORT}/`,
      env: { NO_UPDATE_CHECK: '1' },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/nginx-serve.mjs ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      // SIGTERM lets the launcher stop nginx and remove its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
