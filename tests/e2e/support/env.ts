// Where the run's app, sandbox and database are (set by playwright.config.ts).
import path from 'node:path';
import Database from 'better-sqlite3';

export const sandboxOrigin = () => `http://127.0.0.1:${process.env.E2E_SANDBOX_PORT}`;
export const dataDir = () => process.env.E2E_DATA_DIR!;
export const databaseFile = () => path.join(dataDir(), 'app.db');

/** A read-only look at the app's database, as a test checking "nothing changed" needs. */
export function readDb<T>(query: (db: Database.Database) => T): T {
  const db = new Database(databaseFile(), { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export async function sandbox(pathname: string, init?: { method?: string; body?: unknown }) {
  const res = await fetch(`${sandboxOrigin()}${pathname}`, {
    method: init?.method ?? (init?.body ? 'POST' : 'GET'),
    headers: { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`sandbox ${pathname}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The sandbox's Ingram API signed in with the demo credentials: its base URL and the headers of a bearer call. */
export async function sandboxIngram(): Promise<{ base: string; headers: Record<string, string> }> {
  const base = `${sandboxOrigin()}/marketplace/na`;
  const key = '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10';
  const tokenRes = await fetch(`${base}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from('msp-demo.api:Sbx-Pass-7f3a9c2e41d8').toString('base64')}`, 'x-subscription-key': key, 'content-type': 'application/json' },
    body: JSON.stringify({ marketplace: 'us' }),
  });
  const { token } = (await tokenRes.json()) as { token: string };
  return { base, headers: { authorization: `Bearer ${token}`, 'x-subscription-key': key, 'content-type': 'application/json' } };
}
