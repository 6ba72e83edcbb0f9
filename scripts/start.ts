// `npm start`: database (created, migrated, demo data on first run), the Ingram and Microsoft sandboxes,
// and the app as a production build (built when the sources are newer), stopped together.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '../db/index';
import { formatSignIns, seedDemoData } from '../db/seed';
import { dataDir, databaseFile, env } from '../lib/env';
import { ensurePrivateDir } from '../lib/secret-file';
import { newestSourceMtime } from './lib/sources';

const root = process.cwd();
const distDir = process.env.NEXT_DIST_DIR || '.next';
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const children: ChildProcess[] = [];

function needsBuild(): boolean {
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  return newestSourceMtime(root) > fs.statSync(buildId).mtimeMs;
}

function startSandbox(): Promise<void> {
  // Production installs talk to Ingram itself; the sandbox's control surface has no place there.
  if (env().DEMO === '0') {
    console.log('DEMO=0: the Ingram sandbox is not started, nor the Microsoft one; point CIPP Settings > Integrations at Ingram Micro and Microsoft.');
    return Promise.resolve();
  }
  if (!fs.existsSync(path.join(root, 'sandbox', 'main.ts'))) {
    console.log('No sandbox in this checkout: starting the app alone.');
    return Promise.resolve();
  }
  return Promise.all([
    startChild('sandbox', 'sandbox/main.ts', env().SANDBOX_PORT, 'Sandbox listening on', 'SANDBOX_PORT'),
    startChild('ms-sandbox', 'sandbox/microsoft/main.ts', env().MS_SANDBOX_PORT, 'Microsoft sandbox listening on', 'MS_SANDBOX_PORT'),
  ]).then(() => undefined);
}

// One sandbox program, its output prefixed, ready when it prints `ready`.
function startChild(label: string, script: string, port: number, ready: string, portVar: string): Promise<void> {
  const child = spawn(bin('tsx'), [script, '--port', String(port), '--host', env().SANDBOX_HOST], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text.replace(/^/gm, `[${label}] `));
      if (text.includes(ready)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The ${label} stopped (exit ${code}). Is port ${port} free? Set ${portVar} to use another.`)));
  });
}

function stopAll(code = 0): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}

async function main() {
  // Created owner-only before anything writes into it (keys, database, logs).
  ensurePrivateDir(dataDir());
  const db = getDb();
  console.log(`Database: ${databaseFile()}`);
  const signIns = await seedDemoData(db);

  if (needsBuild()) {
    console.log('Building the app (first start, or the sources changed)…');
    const build = spawnSync(bin('next'), ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) {
      console.error('The build failed: see the messages above.');
      process.exit(1);
    }
  }

  await startSandbox();
  const port = env().PORT;
  const app = spawn(bin('next'), ['start', '-p', String(port)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  children.push(app);
  app.once('exit', (code) => stopAll(code ?? 0));

  console.log(`\nCIPP · Ingram Micro is starting at http://localhost:${port}`);
  if (signIns) {
    console.log('Demo sign-ins (shown once; change them under CIPP Settings > Users & Roles):');
    console.log(formatSignIns(signIns));
  } else if (env().DEMO !== '0') {
    console.log('Demo sign-ins were printed on the first start. Reset with: rm -rf data && npm start');
  }
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error: Error) => {
  console.error(error.message);
  stopAll(1);
});
