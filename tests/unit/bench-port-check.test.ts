// The bench refuses a port that is taken, instead of measuring whatever answers there.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree } from '../../bench/lib/processes';

const servers: net.Server[] = [];
const listen = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer();
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('assertPortFree', () => {
  it('names the port, what wanted it and the variable to change when something listens there', async () => {
    const port = await listen();
    await expect(assertPortFree(port, 'the app', 'BENCH_APP_PORT')).rejects.toThrow(`port ${port} for the app is already in use: stop what listens there or set BENCH_APP_PORT`);
  });

  it('lets a free port through and leaves it free', async () => {
    const port = await listen();
    await new Promise((r) => servers.pop()!.close(r));
    await expect(assertPortFree(port, 'the sandbox', 'BENCH_SANDBOX_PORT')).resolves.toBeUndefined();
    await expect(assertPortFree(port, 'the sandbox', 'BENCH_SANDBOX_PORT')).resolves.toBeUndefined();
  });
});
