import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './chromium';

export const E2E_PORT = Number(process.env['E2E_PORT'] ?? 3100);
export const E2E_DEMO_PASSWORD = 'e2e demo password 2026';

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  // The longest flows (an invitation through to the member's first sign-in, two people chatting)
  // take most of a minute on a busy 2-core machine; a test is stopped only when it is truly stuck.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: join(__dirname, '..', '..', 'tmp', 'e2e-results'),
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build of API and web app, on a database of its own (see the script).
    command: `node ${join(__dirname, 'scripts', 'serve-for-e2e.mjs')}`,
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(E2E_PORT), DEMO_PASSWORD: E2E_DEMO_PASSWORD },
  },
});
