// The database client: one better-sqlite3 connection per process, WAL mode,
// migrations applied on first open so every process sees the current schema.
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { databaseFile } from '../lib/env';
import { ensurePrivateDir, restrictFile } from '../lib/secret-file';
import * as schema from './schema';

export type DB = BetterSQLite3Database<typeof schema>;

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

type Handle = { db: DB; sqlite: Database.Database; file: string };
const globalForDb = globalThis as unknown as { __appDb?: Handle };

export function openDatabase(file = databaseFile()): Handle {
  // The database holds password hashes and encrypted secrets: owner-only, like the key files.
  ensurePrivateDir(path.dirname(file));
  restrictFile(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  // Every commit is fsynced (SQLite's default, said here because withoutCommitFsync restores it).
  sqlite.pragma('synchronous = FULL');
  restrictFile(file, [`${file}-wal`, `${file}-shm`]);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { db, sqlite, file };
}

function handle(): Handle {
  const file = databaseFile();
  const existing = globalForDb.__appDb;
  if (existing && existing.file === file) return existing;
  existing?.sqlite.close();
  globalForDb.__appDb = openDatabase(file);
  return globalForDb.__appDb;
}

/** The app's Drizzle client (opened and migrated on first use). */
export function getDb(): DB {
  return handle().db;
}

export function getSqlite(): Database.Database {
  return handle().sqlite;
}

export function closeDatabase(): void {
  globalForDb.__appDb?.sqlite.close();
  globalForDb.__appDb = undefined;
}

export { schema };

/**
 * A query prepared once per connection (a request would otherwise rebuild and re-prepare it):
 * `build` gets the Drizzle client and returns `.prepare()`d queries with `sql.placeholder`s.
 */
export function preparedOnce<T>(build: (db: DB) => T): () => T {
  let cached: { db: DB; q: T } | undefined;
  return () => {
    const db = getDb();
    if (!cached || cached.db !== db) cached = { db, q: build(db) };
    return cached.q;
  };
}

/**
 * Runs `write` (one transaction) with `synchronous = NORMAL`: in WAL mode its commit is not fsynced,
 * so it costs no blocking disk flush; a power loss may drop it but never corrupts the file, and the
 * next synced commit makes it durable too. Only for copies of data that is read again from its
 * source anyway (the inventory); every other write keeps the connection's FULL (fsynced) commits.
 */
export function withoutCommitFsync<T>(sqlite: Database.Database, write: () => T): T {
  if (sqlite.inTransaction) return write(); // the outer transaction's commit decides
  // exec, not a prepared statement: SQLite applies this pragma when it compiles it, so a re-run one does nothing.
  sqlite.exec('PRAGMA synchronous = NORMAL');
  try {
    return write();
  } finally {
    sqlite.exec('PRAGMA synchronous = FULL');
  }
}
