// The app's client from saved settings: token cached encrypted in the database, dropped on save.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { ingramTokenCache } from '@/db/schema';
import { dropCachedToken, getIngramClient } from '@/lib/ingram';
import { clearSavedSettings, saveSandboxSettings, withSandbox } from './sandbox-harness';

const sb = withSandbox({
  each: async (sb) => {
    clearSavedSettings();
    await sb.resetCounters();
  },
});
const saveSettings = (over: { enabled?: boolean; marketplace?: string } = {}) => saveSandboxSettings(sb, over);

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
    await getIngramClient()
      .listResellers()
      .catch(() => undefined);
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
