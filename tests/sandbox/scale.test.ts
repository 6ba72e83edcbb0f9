// Start time, generated worlds for scale tests, and the CLI.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox/server';
import { withSandbox } from './client';

const api = withSandbox({ reset: false });

describe('scale', () => {
  // How fast is the bench's business (npm run bench), never a timed test: here, only that it starts and serves.
  it('starts with the demo world', async () => {
    const sbx = await startSandbox({ port: 0 });
    try {
      expect((await fetch(`${sbx.origin}/_sandbox/health`)).status).toBe(200);
    } finally {
      await sbx.close();
    }
  });

  it('generates and serves 10,000 customers and 50,000 subscriptions', async () => {
    const counts = await api.control('POST', '/generate', { customers: 10_000, subscriptions: 50_000, tenantCustomer: { name: 'Bench Tenant 200', subscriptions: 200 } });
    expect(counts).toMatchObject({ customers: 10_001, subscriptions: 50_200 });
    const page = await api.get('/subscriptions?limit=500&offset=25000');
    const customerPage = await api.get('/subscriptions?customerId=1005000&limit=50');
    const customers = await api.get('/customers?limit=500&offset=9000');
    expect(page.json.data).toHaveLength(500);
    expect(page.json.pagination.total).toBe(50_200);
    expect(customerPage.json.pagination.total).toBe(5);
    expect(customers.json.data).toHaveLength(500);
    const tenant = await api.get('/customers?name=Bench Tenant 200');
    const tenantSubs = await api.get(`/subscriptions?customerId=${tenant.json.data[0].id}&status=active&limit=500`);
    expect(tenantSubs.json.pagination.total).toBe(200);
    // Every 3rd generated customer carries an externalId; every 5th shows its tenant id.
    const first = await api.get('/customers/1000001');
    expect(first.json.externalId).toMatch(/^[0-9a-f]{8}-0000-4000-8000-[0-9a-f]{12}$/);
    expect((await api.get('/customers/1000002')).json.externalId).toBeUndefined();
    const sub = (await api.get('/subscriptions?customerId=1000001&limit=1')).json.data[0];
    const detail = await api.get(`/subscriptions/${sub.id}`);
    expect(detail.json.fulfillmentParameters.map((p: { name: string }) => p.name)).toContain('microsoft_tenant_id');
  });

  it('reset brings back the demo world', async () => {
    await api.control('POST', '/reset');
    expect((await api.get('/customers')).json.pagination.total).toBe(27);
  });
});

describe('npm run sandbox', () => {
  it('prints the base URL and credentials, serves, and stops on SIGTERM', async () => {
    const tsx = path.resolve(process.cwd(), 'node_modules/.bin/tsx');
    const child = spawn(tsx, ['sandbox/main.ts', '--port', '0'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 15_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('subscription key')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(out).toMatch(/Sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toContain('msp-demo.api');
    const origin = /Sandbox listening on (\S+)/.exec(out)![1]!;
    expect((await fetch(`${origin}/_sandbox/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
