import { afterEach, describe, expect, it, vi } from 'vitest';
import { entraProvider, issuerTenant } from '@/lib/auth/entra';

const TENANT = '6f1c2a4e-0b7d-4c3e-9a58-2d1e7f9b0c11';

describe('the Entra ID issuer', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names one tenant by its id', () => {
    expect(issuerTenant(`https://login.microsoftonline.com/${TENANT}/v2.0`)).toEqual({ tenantId: TENANT });
    expect(issuerTenant(`http://127.0.0.1:4336/${TENANT.toUpperCase()}/v2.0`)).toEqual({ tenantId: TENANT });
  });

  it('refuses multi-tenant issuers and tenants named by domain', () => {
    for (const segment of ['common', 'organizations', 'consumers', 'Common']) {
      expect(issuerTenant(`https://login.microsoftonline.com/${segment}/v2.0`)).toEqual({ error: expect.stringMatching(/multi-tenant/) });
    }
    expect(issuerTenant('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0')).toEqual({ error: expect.stringMatching(/tenant by its id/) });
    expect(issuerTenant('not a url')).toEqual({ error: expect.stringMatching(/not a URL/) });
  });

  it('switches "Sign in with Microsoft" off, with one logged line, for a multi-tenant issuer', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const settings = { id: 'client', secret: 'secret' };
    expect(entraProvider({ ...settings, issuer: 'https://login.microsoftonline.com/organizations/v2.0' })).toBeUndefined();
    expect(entraProvider({ ...settings, issuer: 'https://login.microsoftonline.com/organizations/v2.0' })).toBeUndefined();
    expect(log).toHaveBeenCalledTimes(1);
    expect(entraProvider({ ...settings, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` })).toMatchObject({ id: 'microsoft-entra-id' });
  });
});
