// The app as the browser tests use it: a fresh database with the demo data plus one
// user per role the tests need, then `next start` on the production build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDb } from '../db/index';
import { customRoles, users } from '../db/schema';
import { seedDemoData } from '../db/seed';
import { hashPassword } from '../lib/auth/password';
import { dataDir, env } from '../lib/env';

async function main() {
  const db = getDb();
  await seedDemoData(db);
  const password = await hashPassword(process.env.DEMO_PASSWORD ?? 'e2e-Password-123');
  db.insert(customRoles).values({ name: 'Billing Viewer', baseRole: 'editor', description: 'Custom role used by the tests' }).onConflictDoNothing().run();
  for (const [email, name, role] of [
    ['admin@demo.local', 'Avery Admin', 'admin'],
    ['custom@demo.local', 'Casey Custom', 'Billing Viewer'],
  ] as const) {
    db.insert(users).values({ email, name, role, passwordHash: password }).onConflictDoNothing().run();
  }
  const next = path.join(process.cwd(), 'node_modules', '.bin', 'next');
  // The server's output also goes to a file, which the suite searches for leaked secrets.
  const log = fs.createWriteStream(path.join(dataDir(), 'server.log'), { flags: 'a' });
  // APP_CPU_PROF_DIR=<dir>: a V8 CPU profile of the server, written there when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
  const profile = process.env.APP_CPU_PROF_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.APP_CPU_PROF_DIR}`] : [];
  const [command, args] = profile.length ? [process.execPath, [...profile, path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next')]] : [next, []];
  const child = spawn(command, [...args, 'start', '-p', String(env().PORT), '-H', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      log.write(chunk);
    });
  }
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

void main();
