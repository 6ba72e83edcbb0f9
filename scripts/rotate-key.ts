// `npm run rotate-key`: re-encrypts every stored secret with a new key.
// Usage: APP_ENCRYPTION_KEY_PREVIOUS=<old key> APP_ENCRYPTION_KEY=<new key> npm run rotate-key
//    or: npm run rotate-key -- --generate   (makes a new key file when no APP_ENCRYPTION_KEY is set)
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { getDb, getSqlite } from '../db/index';
import { ingramSettings, ingramTokenCache } from '../db/schema';
import { decryptSecret, encryptSecret, keyIdOf, resetKeyCache } from '../lib/crypto';
import { dataDir, env } from '../lib/env';

function main() {
  const db = getDb();
  const row = db.select().from(ingramSettings).where(eq(ingramSettings.id, 1)).get();
  const stored = { passwordEnc: row?.passwordEnc ?? null, subscriptionKeyEnc: row?.subscriptionKeyEnc ?? null };
  // Decrypt everything first with the key(s) configured now; nothing is written if one fails.
  const plain = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v ? decryptSecret(v) : null]));

  if (process.argv.includes('--generate')) {
    if (env().APP_ENCRYPTION_KEY) throw new Error('APP_ENCRYPTION_KEY is set: put the new key there instead of using --generate.');
    const file = path.join(dataDir(), 'encryption.key');
    if (fs.existsSync(file)) fs.renameSync(file, `${file}.${Date.now()}.old`);
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    resetKeyCache();
  }

  const next = Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, v === null ? null : encryptSecret(v)]));
  getSqlite().transaction(() => {
    if (row) db.update(ingramSettings).set(next).where(eq(ingramSettings.id, 1)).run();
    // eslint-disable-next-line drizzle/enforce-delete-with-where -- every cached token goes: it is simply fetched again
    db.delete(ingramTokenCache).run();
  })();
  const ids = Object.values(next)
    .filter(Boolean)
    .map((v) => keyIdOf(v as string));
  console.log(`Re-encrypted ${ids.length} secret(s) with key ${ids[0] ?? '(none stored)'}; the cached Ingram token was dropped.`);
  if (process.argv.includes('--generate')) console.log('The previous key file was kept beside the new one with a .old suffix; delete it once you are satisfied.');
}

try {
  main();
} catch (error) {
  console.error(`Key rotation failed, nothing was changed: ${(error as Error).message}`);
  process.exit(1);
}
