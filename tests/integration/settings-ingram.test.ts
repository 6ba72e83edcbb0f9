// The Ingram settings service against the sandbox: secrets write-only and kept when left empty,
// changed fields named, the cached token dropped on save.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { ingramTokenCache } from '@/db/schema';
import { resetEnvCache } from '@/lib/env';
import { getIngramClient } from '@/lib/ingram';
import { readIngramSettings } from '@/lib/settings/ingram-settings';
import { saveIngramSettings } from '@/lib/settings/save-ingram-settings';
import { ingramSettingsSchema } from '@/lib/validations/ingram-settings';
import { clearSavedSettings, DEMO_CREDENTIALS, withSandbox } from './ingram/sandbox-harness';
import { savedSettingsRow, settingsForm } from './ingram/settings-form';

const sb = withSandbox({ each: async () => clearSavedSettings() });
beforeAll(() => {
  process.env.SANDBOX_PORT = String(sb.port);
  resetEnvCache();
});

describe('saveIngramSettings', () => {
  it('stores the secrets encrypted and the page DTO says only that they are stored', () => {
    const out = saveIngramSettings(settingsForm(), 'admin@demo.local');
    expect(out.ok && out.changed).toEqual(['enabled', 'baseUrl', 'username', 'password', 'subscriptionKey']);
    const stored = JSON.stringify(savedSettingsRow());
    expect(stored).not.toContain(DEMO_CREDENTIALS.password);
    expect(stored).not.toContain(DEMO_CREDENTIALS.subscriptionKey);
    const dto = readIngramSettings();
    expect(dto).toMatchObject({ passwordStored: true, subscriptionKeyStored: true, baseUrlChoice: 'sandbox', marketplace: 'us' });
    const json = JSON.stringify(dto);
    expect(json).not.toContain(DEMO_CREDENTIALS.password);
    expect(json).not.toContain(savedSettingsRow().passwordEnc!);
    expect(json).not.toMatch(/v1:/);
  });

  it('keeps the stored secrets when only the marketplace changes, so the connection still works', async () => {
    saveIngramSettings(settingsForm(), 'admin@demo.local');
    const { passwordEnc, subscriptionKeyEnc } = savedSettingsRow();
    const out = saveIngramSettings(settingsForm({ password: '', subscriptionKey: '', marketplace: 'ca' }), 'admin@demo.local');
    expect(out.ok && out.changed).toEqual(['marketplace']);
    expect(savedSettingsRow()).toMatchObject({ passwordEnc, subscriptionKeyEnc, marketplace: 'ca' });
    const wrong = await getIngramClient().testConnection();
    expect(wrong.ok).toBe(false);
    expect(wrong.steps.find((s) => !s.ok)?.detail).toMatch(/wrong marketplace/);
    saveIngramSettings(settingsForm({ password: '', subscriptionKey: '', marketplace: 'us' }), 'admin@demo.local');
    const right = await getIngramClient().testConnection();
    expect(right).toMatchObject({ ok: true, reseller: { name: 'MSP Demo Reseller LLC' } });
  });

  it('refuses to enable without secrets, and allows saving while off', () => {
    const out = saveIngramSettings(settingsForm({ password: '', subscriptionKey: '' }), 'admin@demo.local');
    expect(out).toEqual({ ok: false, fieldErrors: { password: [expect.any(String)], subscriptionKey: [expect.any(String)] } });
    expect(saveIngramSettings(settingsForm({ enabled: false, password: '', subscriptionKey: '' }), 'admin@demo.local').ok).toBe(true);
    expect(readIngramSettings()).toMatchObject({ enabled: false, passwordStored: false });
  });

  it('drops the cached token on save', async () => {
    saveIngramSettings(settingsForm(), 'admin@demo.local');
    await getIngramClient().listCustomers();
    expect(getDb().select().from(ingramTokenCache).all()).toHaveLength(1);
    saveIngramSettings(settingsForm({ password: '' }), 'admin@demo.local');
    expect(getDb().select().from(ingramTokenCache).all()).toHaveLength(0);
  });
});

describe('ingramSettingsSchema', () => {
  it('accepts https and loopback http custom URLs only', () => {
    const custom = (url: string) => ingramSettingsSchema.safeParse({ ...settingsForm(), baseUrlChoice: 'custom', customBaseUrl: url });
    expect(custom('https://api.example.com/marketplace/na').success).toBe(true);
    expect(custom('http://127.0.0.1:4010/marketplace/na').success).toBe(true);
    expect(custom('http://localhost:4010/x').success).toBe(true);
    expect(custom('http://[::1]:4010/x').success).toBe(true);
    expect(custom('http://api.example.com/marketplace/na').success).toBe(false);
    expect(custom('https://user:pw@api.example.com/').success).toBe(false);
    expect(custom('').success).toBe(false);
  });
  it('takes short lower-case marketplace codes', () => {
    expect(ingramSettingsSchema.safeParse({ ...settingsForm(), marketplace: 'US' }).success).toBe(false);
    expect(ingramSettingsSchema.safeParse({ ...settingsForm(), marketplace: 'stg' }).success).toBe(true);
    expect(ingramSettingsSchema.safeParse({ ...settingsForm(), marketplace: 'u1' }).success).toBe(false);
  });
});
