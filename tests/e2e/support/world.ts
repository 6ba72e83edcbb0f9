// The demo world as tests need it: Ingram customer ids from the sandbox, tenant mappings in the app's DB.
import Database from 'better-sqlite3';
import { databaseFile, sandboxOrigin } from './env';

const demo = { username: 'msp-demo.api', password: 'Sbx-Pass-7f3a9c2e41d8', key: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10' };

/** An Ingram customer's id, asked of the sandbox over its API like any client would. */
export async function customerIdByName(name: string): Promise<string> {
  const base = `${sandboxOrigin()}/marketplace/na`;
  const tokenRes = await fetch(`${base}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${demo.username}:${demo.password}`).toString('base64')}`, 'x-subscription-key': demo.key, 'content-type': 'application/json' },
    body: JSON.stringify({ marketplace: 'us' }),
  });
  const { token } = (await tokenRes.json()) as { token: string };
  const res = await fetch(`${base}/customers?name=${encodeURIComponent(name)}&limit=500`, { headers: { authorization: `Bearer ${token}`, 'x-subscription-key': demo.key } });
  const { data } = (await res.json()) as { data: Array<{ id: string; name: string }> };
  const found = data.find((c) => c.name === name);
  if (!found) throw new Error(`No sandbox customer named ${name}`);
  return found.id;
}

/** Maps a tenant to an Ingram customer directly in the app's database (idempotent). */
export async function mapTenant(tenantId: string, customerName: string): Promise<string> {
  const customerId = await customerIdByName(customerName);
  const db = new Database(databaseFile());
  try {
    db.prepare("INSERT OR IGNORE INTO tenant_mappings (tenant_id, customer_id, customer_name, method, created_by) VALUES (?, ?, ?, 'manual', 'e2e')").run(tenantId, customerId, customerName);
  } finally {
    db.close();
  }
  return customerId;
}
