// Tests start from an empty table: the one place a whole table is deleted on purpose.
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db';

export function emptyTables(...tables: SQLiteTable[]): void {
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- a test's own throwaway database, emptied between tests
  for (const table of tables) getDb().delete(table).run();
}
