import 'server-only';
// The token cache in the database (row id = 1), encrypted, tied to the settings it was granted for.
import { eq, sql } from 'drizzle-orm';
import { getDb, preparedOnce } from '@/db/index';
import { ingramTokenCache } from '@/db/schema';
import { decryptSecret, encryptSecret } from '@/lib/crypto';
import type { TokenStore } from './token';

const ROW_ID = 1;
// Read before every Ingram call: prepared once per connection, still read each time (another process may clear it).
const tokenRow = preparedOnce((db) =>
  db
    .select()
    .from(ingramTokenCache)
    .where(eq(ingramTokenCache.id, sql.placeholder('id')))
    .prepare(),
);

export function createDbTokenStore(fingerprint: string): TokenStore {
  return {
    get() {
      const row = tokenRow().get({ id: ROW_ID });
      if (!row || row.fingerprint !== fingerprint) return undefined;
      try {
        return { token: decryptSecret(row.tokenEnc), expiresAt: row.expiresAt.getTime() };
      } catch {
        // Unreadable (key changed): treat as no token; the next grant overwrites it.
        return undefined;
      }
    },
    set(t) {
      const values = { tokenEnc: encryptSecret(t.token), expiresAt: new Date(t.expiresAt), fingerprint };
      getDb()
        .insert(ingramTokenCache)
        .values({ id: ROW_ID, ...values })
        .onConflictDoUpdate({ target: ingramTokenCache.id, set: values })
        .run();
    },
    clear() {
      clearDbToken();
    },
  };
}

export function clearDbToken(): void {
  getDb().delete(ingramTokenCache).where(eq(ingramTokenCache.id, ROW_ID)).run();
}
