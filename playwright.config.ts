import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/chromium';

// One throwaway data folder per run; the app and the sandbox are started for the run.
const appPort = Number(process.env.E2E_APP_PORT ?? 3310);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4310);
const msSandboxPort = Number(process.env.E2E_MS_SANDBOX_PORT ?? sandboxPort + 1);
const dataDir = process.env.E2E_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-cipp-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
process.env.E2E_APP_PORT = String(appPort);
process.env.E2E_SANDBOX_PORT = String(sandboxPort);
process.env.E2E_MS_SANDBOX_PORT = String(msSandboxPort);

const serverEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_FILE: path.join(dataDir, 'app.db'),
  PORT: String(appPort),
  SANDBOX_PORT: String(sandboxPort),
  MS_SANDBOX_PORT: String(msSandboxPort),
  DEMO: '1',
  DEMO_PASSWORD: 'e2e-Password-123',
  NEXT_TELEMETRY_DISABLED: '1',
  // Short enough that the fault tests' slow calls time out quickly; the sandbox answers in milliseconds.
  INGRAM_TIMEOUT_MS: '6000',
  // Every browser test signs in from 127.0.0.1, and the saved sign-ins of global-setup may sit unused
  // for a long run: the per-IP limit and the idle timeout are widened (their own tests set them).
  SIGNIN_MAX_PER_IP: '1000',
  SESSION_IDLE_SECONDS: '14400',
  // No scheduled sync in the middle of a test that counts upstream calls; Sync now and order-end re-syncs still run.
  SYNC_SCHEDULE: '0',
} as Record<string, string>;

export default defineConfig({
  testDir: 'tests/e2e',
  // Per app port: parallel runs must not clean each other's artifacts.
  outputDir: `test-results/run-${appPort}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: [
    {
      command: `node_modules/.bin/tsx sandbox/main.ts --port ${sandboxPort}`,
      url: `http://127.0.0.1:${sandboxPort}/_sandbox/health`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
    },
    {
      command: `node_modules/.bin/tsx sandbox/microsoft/main.ts --port ${msSandboxPort}`,
      url: `http://127.0.0.1:${msSandboxPort}/_sandbox/health`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
    },
    {
      command: 'node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts',
      url: `http://127.0.0.1:${appPort}/signin`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe',
    },
  ],
});
