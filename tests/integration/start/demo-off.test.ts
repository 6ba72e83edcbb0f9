// `npm start` with DEMO=0 must not open the sandbox (its control surface can reset and fault anything).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const distDir = `.next-start-test-${process.pid}`; // relative: Next resolves distDir inside the project
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-start-'));
afterAll(() => {
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

// Runs scripts/start.ts to its end (the empty build makes `next start` exit), watching the sandbox port.
async function runStart(demo: string, sandboxPort: number) {
  fs.mkdirSync(path.join(root, distDir), { recursive: true });
  fs.writeFileSync(path.join(root, distDir, 'BUILD_ID'), 'none'); // newer than the sources: no build
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO: demo,
      DATA_DIR: dataDir,
      DATABASE_FILE: path.join(dataDir, `app-${demo}.db`),
      NEXT_DIST_DIR: distDir,
      PORT: String(sandboxPort + 1),
      SANDBOX_PORT: String(sandboxPort),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  let sandboxSeen = false;
  let running = true;
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((running = false), resolve())));
  while (running) {
    if (await portOpen(sandboxPort)) sandboxSeen = true;
    await new Promise((r) => setTimeout(r, 50));
  }
  await exited;
  return { output, sandboxSeen };
}

describe('npm start', () => {
  it('with DEMO=0 does not start the sandbox and says so', async () => {
    const { output, sandboxSeen } = await runStart('0', 4346);
    expect(output).toContain('DEMO=0: the Ingram sandbox is not started');
    expect(output).not.toContain('Sandbox listening on');
    expect(sandboxSeen).toBe(false);
  }, 60_000);

  it('with the demo on starts it (the check above can see a sandbox)', async () => {
    const { output, sandboxSeen } = await runStart('1', 4348);
    expect(output).toContain('Sandbox listening on');
    expect(sandboxSeen).toBe(true);
  }, 60_000);
});
