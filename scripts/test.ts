// `npm test`: the linter and formatter check, unit and integration tests (vitest), then the
// browser tests (Playwright) against a production build. Says what to install when no Chromium is found.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './lib/chromium';
import { newestSourceMtime } from './lib/sources';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[], extraEnv: Record<string, string> = {}) =>
  spawnSync(bin(cmd), args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv } }).status ?? 1;

function chromiumAvailable(): boolean {
  if (findChromium()) return true;
  try {
    return fs.existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (!chromiumAvailable()) {
  console.error(
    'No Chromium found for the browser tests.\n' +
      '  On Debian/Ubuntu: sudo apt-get install -y chromium   (it installs /usr/bin/chromium)\n' +
      '  Or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--e2e') ? 'e2e' : 'all';
let status = 0;

if (only !== 'e2e') {
  status = run('eslint', ['.']) || run('prettier', ['--check', '.']);
  if (status !== 0) console.error('Lint or format errors: see above (`npm run format` fixes the formatting).');
  const types = run('tsc', ['--noEmit']);
  if (types !== 0) console.error('Type errors: see above.');
  status = run('vitest', ['run']) || types || status;
}

if (only !== 'unit' && status === 0) {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId) || newestSourceMtime(root) > fs.statSync(buildId).mtimeMs) {
    console.log('Building the app for the browser tests…');
    status = run('next', ['build']);
  }
  if (status === 0) status = run('playwright', ['test', ...args.filter((a) => !a.startsWith('--unit') && !a.startsWith('--e2e'))]);
}

process.exit(status);
