// The Microsoft settings (secret write-only, never following a changed host) and the Partner Center
// sync of the tenant list, against the Microsoft sandbox over HTTP.
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/index';
import { microsoftSettings, partnerCenterTenants, tenants } from '@/db/schema';
import { getMicrosoftClient, dropMicrosoftTokens } from '@/lib/microsoft';
import { readMicrosoftSettings, readMicrosoftSettingsRow, saveMicrosoftSettings } from '@/lib/settings/microsoft-settings';
import { applyPartnerCenterContracts, partnerCenterMissing } from '@/lib/tenants/partner-center';
import { microsoftSettingsSchema } from '@/lib/validations/microsoft-settings';
import { emptyTables } from '@/tests/support/db';
import { DEFAULT_MS_CREDENTIALS } from '../../../sandbox/microsoft/types';
import { microsoftSandboxApp } from '@/db/seed';
import { CONTOSO, FABRIKAM, withMsSandbox } from './ms-sandbox-harness';

const sb = withMsSandbox();
const form = (over: Record<string, string> = {}) =>
  microsoftSettingsSchema.parse({ ...sb.credentials, clientSecret: sb.credentials.clientSecret, loginBaseUrl: sb.loginBaseUrl, graphBaseUrl: `${sb.graphBaseUrl}/`, ...over });

beforeEach(() => {
  emptyTables(partnerCenterTenants, tenants, microsoftSettings);
  dropMicrosoftTokens();
});

describe('Microsoft settings', () => {
  it('the demo seed uses the sandbox’s app', () => {
    expect(microsoftSandboxApp).toEqual(DEFAULT_MS_CREDENTIALS);
  });

  it('stores the secret encrypted; the page DTO says only that one is stored', () => {
    const out = saveMicrosoftSettings(form(), 'admin@demo.local');
    expect(out.ok && out.changed).toEqual(['partnerTenantId', 'clientId', 'loginBaseUrl', 'graphBaseUrl', 'clientSecret']);
    expect(JSON.stringify(readMicrosoftSettingsRow())).not.toContain(sb.credentials.clientSecret);
    const dto = readMicrosoftSettings();
    expect(dto).toMatchObject({ clientSecretStored: true, configured: true, graphBaseUrl: sb.graphBaseUrl });
    expect(JSON.stringify(dto)).not.toContain(readMicrosoftSettingsRow()!.clientSecretEnc!);
  });

  it('keeps the secret when left empty, but not across a changed host', () => {
    saveMicrosoftSettings(form(), 'admin@demo.local');
    const { clientSecretEnc } = readMicrosoftSettingsRow()!;
    expect(saveMicrosoftSettings(form({ clientSecret: '' }), 'admin@demo.local')).toMatchObject({ ok: true, changed: [] });
    expect(readMicrosoftSettingsRow()!.clientSecretEnc).toBe(clientSecretEnc);
    const moved = saveMicrosoftSettings(form({ clientSecret: '', loginBaseUrl: 'https://login.example.net' }), 'admin@demo.local');
    expect(moved).toMatchObject({ ok: false, fieldErrors: { clientSecret: [expect.stringMatching(/type the client secret again/)] } });
    expect(readMicrosoftSettingsRow()!.loginBaseUrl).toBe(sb.loginBaseUrl);
  });

  it('refuses plain http to another machine', () => {
    const parsed = microsoftSettingsSchema.safeParse({ ...form(), graphBaseUrl: 'http://graph.example.net/v1.0' });
    expect(parsed.success).toBe(false);
  });

  it('without settings the client says what to set up', () => {
    expect(() => getMicrosoftClient()).toThrow(expect.objectContaining({ kind: 'unconfigured' }));
  });
});

describe('Partner Center sync', () => {
  it('adds new tenants, renames changed ones and flags those no longer listed (never deletes)', async () => {
    saveMicrosoftSettings(form(), 'admin@demo.local');
    const db = getDb();
    db.insert(tenants).values({ tenantId: CONTOSO, displayName: 'Old Contoso Name', defaultDomain: 'contoso.onmicrosoft.com' }).run();
    db.insert(tenants).values({ tenantId: '11111111-2222-4333-8444-555555555555', displayName: 'Manual Tenant', defaultDomain: 'manual.onmicrosoft.com' }).run();
    await sb.setTenant(FABRIKAM, { contract: false });
    const first = applyPartnerCenterContracts(await getMicrosoftClient().listContracts(), new Date('2026-11-30T10:00:00Z'));
    expect(first.listed).toBe(20);
    expect(first.added).toHaveLength(19);
    expect(first.added.map((t) => t.tenantId)).not.toContain(FABRIKAM);
    expect(first.renamed).toEqual([{ tenantId: CONTOSO, displayName: 'Contoso Ltd', before: 'Old Contoso Name' }]);
    expect(first.flagged).toEqual([{ tenantId: '11111111-2222-4333-8444-555555555555', displayName: 'Manual Tenant' }]);
    expect(db.select().from(tenants).all()).toHaveLength(21);

    // Contoso leaves Partner Center: flagged, still in the list; a second sync does not flag it again.
    await sb.setTenant(CONTOSO, { contract: false });
    const second = applyPartnerCenterContracts(await getMicrosoftClient().listContracts(), new Date('2026-12-01T10:00:00Z'));
    expect(second).toMatchObject({ added: [], renamed: [], flagged: [{ tenantId: CONTOSO }] });
    expect(partnerCenterMissing()[CONTOSO]).toBe('2026-12-01T10:00:00.000Z');
    const third = applyPartnerCenterContracts(await getMicrosoftClient().listContracts(), new Date('2026-12-02T10:00:00Z'));
    expect(third.flagged).toEqual([]);
    expect(partnerCenterMissing()[CONTOSO]).toBe('2026-12-01T10:00:00.000Z');

    // It comes back: the flag is cleared.
    await sb.setTenant(CONTOSO, { contract: true });
    const fourth = applyPartnerCenterContracts(await getMicrosoftClient().listContracts(), new Date('2026-12-03T10:00:00Z'));
    expect(fourth.returned).toEqual([{ tenantId: CONTOSO, displayName: 'Contoso Ltd' }]);
    expect(partnerCenterMissing()[CONTOSO]).toBeUndefined();
  });

  it('skips a new tenant whose domain another tenant already uses', async () => {
    saveMicrosoftSettings(form(), 'admin@demo.local');
    getDb().insert(tenants).values({ tenantId: '99999999-2222-4333-8444-555555555555', displayName: 'Squatter', defaultDomain: 'contoso.onmicrosoft.com' }).run();
    const result = applyPartnerCenterContracts(await getMicrosoftClient().listContracts(), new Date());
    expect(result.skipped).toEqual([{ tenantId: CONTOSO, displayName: 'Contoso Ltd', reason: 'its domain contoso.onmicrosoft.com is already used by "Squatter"' }]);
  });
});
