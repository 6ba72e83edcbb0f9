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
