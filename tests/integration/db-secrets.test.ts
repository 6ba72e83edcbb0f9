// After secrets are saved, the database file (and its write-ahead log) holds none of them
// in plain text: read the raw bytes, as someone with a copy of the file would.
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, getDb, getSqlite } from '@/db';
import { ingramSettings, users } from '@/db/schema';
import { sandboxDemoAccount, seedDemoData } from '@/db/seed';
import { writeAudit } from '@/lib/audit';
import { decryptSecret, encryptSecret } from '@/lib/crypto';
import { databaseFile } from '@/lib/env';
import { createDbTokenStore } from '@/lib/ingram/db-token-store';

const token = 'eyJhbGciOi.bearer-token-4c1e9d2a7f.signature';
const userPassword = 'Plain-User-Password-93b1';
const rotatedPassword = 'Rotated-Ingram-Pass-51de0c';

function rawBytes(): Buffer {
  const files = [databaseFile(), `${databaseFile()}-wal`, `${databaseFile()}-shm`].filter((f) => fs.existsSync(f));
  return Buffer.concat(files.map((f) => fs.readFileSync(f)));
}

function expectAbsent(raw: Buffer, secret: string) {
  expect(raw.includes(Buffer.from(secret, 'utf8')), `"${secret}" in plain text`).toBe(false);
  expect(raw.includes(Buffer.from(secret, 'utf16le')), `"${secret}" as UTF-16`).toBe(false);
  expect(raw.includes(Buffer.from(Buffer.from(secret).toString('base64'))), `"${secret}" as base64`).toBe(false);
}

describe('secrets in the database file', () => {
  afterAll(() => closeDatabase());

  it('stores Ingram credentials, the bearer token, passwords and audited values only encrypted or hashed', async () => {
    const db = getDb();
    // The demo seed saves the sandbox password and subscription key, and hashes user passwords.
    process.env.DEMO_PASSWORD = userPassword;
    await seedDemoData(db);
    delete process.env.DEMO_PASSWORD;
    // Saving a changed password, as the settings page does, and caching a bearer token.
    db.update(ingramSettings)
      .set({ passwordEnc: encryptSecret(rotatedPassword) })
      .where(eq(ingramSettings.id, 1))
      .run();
    createDbTokenStore('fingerprint').set({ token, expiresAt: Date.now() + 3600_000 });
    // A careless caller passing a secret to the audit log: it is redacted.
    writeAudit({ action: 'test.secret', result: 'success', after: { password: rotatedPassword, subscriptionKey: sandboxDemoAccount.subscriptionKey, apiToken: token } });

    // The values are really there (encrypted), so the search below is meaningful.
    const row = db.select().from(ingramSettings).get()!;
    expect(decryptSecret(row.passwordEnc!)).toBe(rotatedPassword);
    expect(decryptSecret(row.subscriptionKeyEnc!)).toBe(sandboxDemoAccount.subscriptionKey);
    expect((await createDbTokenStore('fingerprint').get())?.token).toBe(token);
    expect(db.select().from(users).where(eq(users.email, 'superadmin@demo.local')).get()?.passwordHash).toMatch(/^\$2[aby]\$/);

    const raw = rawBytes();
    expect(fs.existsSync(`${databaseFile()}-wal`)).toBe(true);
    expect(raw.includes(Buffer.from('msp-demo.api'))).toBe(true); // the user name is not a secret: proves we read the data
    for (const secret of [sandboxDemoAccount.password, sandboxDemoAccount.subscriptionKey, rotatedPassword, token, userPassword]) expectAbsent(raw, secret);

    // Also after a checkpoint moves the log into the main file.
    getSqlite().pragma('wal_checkpoint(TRUNCATE)');
    const afterCheckpoint = rawBytes();
    for (const secret of [sandboxDemoAccount.password, sandboxDemoAccount.subscriptionKey, rotatedPassword, token, userPassword]) expectAbsent(afterCheckpoint, secret);
  });
});
