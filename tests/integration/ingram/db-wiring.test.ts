// The app's client from saved settings: token cached encrypted in the database, dropped on save.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { ingramSettings, ingramTokenCache } from '@/db/schema';
import { encryptSecret } from '@/lib/crypto';
import { dropCachedToken, getIngramClient } from '@/lib/ingram';
import { DEMO_CREDENTIALS, openSandbox, type OpenSandbox } from './sandbox-harness';

let sb: OpenSandbox;
beforeAll(async () => {
  sb = await openSandbox();
});
afterAll(() => sb.close());

function saveSettings(over: { enabled?: boolean; marketplace?: string } = {}) {
  const values = {
    enabled: over.enabled ?? true,
    baseUrl: sb.baseUrl,
    username: DEMO_CREDENTIALS.username,
    passwordEnc: encryptSecret(DEMO_CREDENTIALS.password),
    subscriptionKeyEnc: encryptSecret(DEMO_CREDENTIALS.subscriptionKey),
    marketplace: over.marketplace ?? 'us',
  };
  getDb().insert(ingramSettings).values({ id: 1, ...values }).onConflictDoUpdate({ target: ingramSettings.id, set: values }).run();
}

beforeEach(async () => {
  getDb().delete(ingramSettings).run();
  getDb().delete(ingramTokenCache).run();
  await sb.resetCounters();
});

describe('getIngramClient', () => {
  it('is "unconfigured" without settings and "disabled" when turned off', () => {
    expect(() => getIngramClient()).toThrow(expect.objectContaining({ kind: 'unconfigured' }));
    saveSettings({ enabled: false });
    expect(() => getIngramClient()).toThrow(expect.objectContaining({ kind: 'disabled' }));
    expect(() => getIngramClient({ allowDisabled: true })).not.toThrow();
  });

  it('caches the token encrypted in the database and reuses it across clients', async () => {
    saveSettings();
    await getIngramClient().listResellers();
    await getIngramClient().listCustomers({ name: 'Contoso' });
    expect(await sb.count('POST /token')).toBe(1);
    const row = getDb().select().from(ingramTokenCache).where(eq(ingramTokenCache.id, 1)).get();
    expect(row?.tokenEnc).toMatch(/^v1:/);
    expect(row?.tokenEnc).not.toContain('sbx.');
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 20 * 60_000);
  });

  it('asks for a new token after the settings are saved (dropCachedToken)', async () => {
    saveSettings();
    await getIngramClient().listResellers();
    dropCachedToken();
    await getIngramClient().listResellers();
    expect(await sb.count('POST /token')).toBe(2);
  });

  it('ignores a cached token granted for other settings', async () => {
    saveSettings();
    await getIngramClient().listResellers();
    saveSettings({ marketplace: 'ca' }); // a different account: the old token must not be used
    await getIngramClient().listResellers().catch(() => undefined);
    expect(await sb.count('GET /resellers')).toBe(1);
    expect(await sb.count('POST /token')).toBe(2);
  });

  it('runs the connection test while the integration is disabled, without touching the cache', async () => {
    saveSettings({ enabled: false });
    const result = await getIngramClient({ allowDisabled: true }).testConnection();
    expect(result.ok).toBe(true);
    expect(getDb().select().from(ingramTokenCache).all()).toHaveLength(0);
  });
});
