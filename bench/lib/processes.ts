// Starting and stopping the programs the bench drives: the build, the sandbox and the app.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const root = process.cwd();
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

export type Running = { child: ChildProcess; stop(): Promise<void>; log(): string };

function startLogged(command: string, args: string[], env: NodeJS.ProcessEnv): Running {
  // Own process group, so stopping it also stops `next start` below the tsx wrapper.
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => void (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    child,
    log: () => log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        const timer = setTimeout(() => safeKill(-child.pid!, 'SIGKILL'), 5_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
        safeKill(-child.pid, 'SIGTERM');
      }),
  };
}

function safeKill(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** `next build` into `distDir`; next rewrites tsconfig.json for a custom distDir, so it is put back. */
export async function buildApp(distDir: string): Promise<{ ms: number; output: string }> {
  const tsconfig = path.join(root, 'tsconfig.json');
  const before = fs.readFileSync(tsconfig, 'utf8');
  const start = performance.now();
  const run = startLogged(bin('next'), ['build'], { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' });
  const code = await new Promise<number | null>((resolve) => run.child.once('exit', resolve));
  if (fs.readFileSync(tsconfig, 'utf8') !== before) fs.writeFileSync(tsconfig, before);
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${run.log().slice(-4000)}`);
  return { ms: performance.now() - start, output: run.log() };
}

/**
 * Refuses a port something already listens on: the start-up check only waits for an answer, so a
 * server left on that port (another bench, a test run) would be measured in place of this build.
 */
export async function assertPortFree(port: number, what: string, envName: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} for ${what} is already in use: stop what listens there or set ${envName}` : `port ${port} for ${what}: ${e.message}`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

async function waitFor(url: string, what: string, running: Running, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`${what} exited (${running.child.exitCode}):\n${running.log().slice(-3000)}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s:\n${running.log().slice(-3000)}`);
}

export async function startSandboxProcess(port: number, latencyMs: number): Promise<Running> {
  await assertPortFree(port, 'the sandbox', 'BENCH_SANDBOX_PORT');
  const running = startLogged(bin('tsx'), ['sandbox/main.ts', '--port', String(port), '--latency', String(latencyMs)], process.env);
  await waitFor(`http://127.0.0.1:${port}/_sandbox/health`, 'the sandbox', running, 30_000);
  return running;
}

export type AppSettings = { port: number; sandboxPort: number; distDir: string; dataDir: string; password: string };

/** The production app on a fresh database (demo data + one user per role), as the browser tests start it. */
export async function startAppProcess(s: AppSettings): Promise<Running> {
  await assertPortFree(s.port, 'the app', 'BENCH_APP_PORT');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: s.dataDir,
    DATABASE_FILE: path.join(s.dataDir, 'app.db'),
    PORT: String(s.port),
    SANDBOX_PORT: String(s.sandboxPort),
    NEXT_DIST_DIR: s.distDir,
    DEMO: '1',
    DEMO_PASSWORD: s.password,
    NEXT_TELEMETRY_DISABLED: '1',
  } as NodeJS.ProcessEnv;
  const running = startLogged(bin('tsx'), ['--conditions=react-server', 'scripts/e2e-server.ts'], env);
  await waitFor(`http://127.0.0.1:${s.port}/signin`, 'the app', running, 120_000);
  return running;
}

/** The Microsoft sandbox (sandbox/microsoft) with every answer `latencyMs` late. */
export async function startMsSandboxProcess(port: number, latencyMs: number): Promise<Running> {
  await assertPortFree(port, 'the Microsoft sandbox', 'BENCH_MS_SANDBOX_PORT');
  const running = startLogged(bin('tsx'), ['sandbox/microsoft/main.ts', '--port', String(port), '--latency', String(latencyMs)], process.env);
  await waitFor(`http://127.0.0.1:${port}/_sandbox/health`, 'the Microsoft sandbox', running, 30_000);
  return running;
}
