// The Microsoft connection test step by step: each failure says which step and why.
import { describe, expect, it } from 'vitest';
import { testMicrosoftConnection } from '@/lib/microsoft';
import { CONTOSO, FABRIKAM, TAILSPIN_UNCONSENTED, withMsSandbox } from './ms-sandbox-harness';

const sb = withMsSandbox();
const names = (r: { steps: Array<{ step: string; ok: boolean }> }) => r.steps.map((s) => `${s.step}:${s.ok ? 'ok' : 'failed'}`);

describe('Microsoft connection test', () => {
  it('passes all four steps with the sandbox credentials, trying the first listed customer', async () => {
    const result = await testMicrosoftConnection(sb.client());
    expect(names(result)).toEqual(['partner-token:ok', 'contracts:ok', 'customer-token:ok', 'subscribed-skus:ok']);
    expect(result.ok).toBe(true);
    expect(result.steps[1]!.detail).toBe('Partner Center lists 21 customer tenants');
    expect(result.steps[2]!.tenantId).toBe(CONTOSO);
  });

  it('a wrong secret stops at the partner token and says so, with the AADSTS code', async () => {
    const result = await testMicrosoftConnection(sb.client({ connection: { clientSecret: 'not-the-secret' } }));
    expect(names(result)).toEqual(['partner-token:failed']);
    expect(result.steps[0]).toMatchObject({ status: 401, code: 'AADSTS7000215', detail: expect.stringMatching(/^wrong secret/) });
    expect(result.steps[0]!.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an unknown client id is an unknown app in the partner tenant', async () => {
    const result = await testMicrosoftConnection(sb.client({ connection: { clientId: '00000000-0000-4000-8000-000000000000' } }));
    expect(result.steps[0]).toMatchObject({ ok: false, status: 400, code: 'AADSTS700016', detail: expect.stringMatching(/^unknown app/) });
  });

  it('a customer tenant without consent fails at its token, naming consent', async () => {
    const result = await testMicrosoftConnection(sb.client(), TAILSPIN_UNCONSENTED);
    expect(names(result)).toEqual(['partner-token:ok', 'contracts:ok', 'customer-token:failed']);
    expect(result.steps[2]).toMatchObject({ tenantId: TAILSPIN_UNCONSENTED, code: 'AADSTS700016', detail: expect.stringMatching(/^not consented/) });
  });

  it('a missing permission fails at subscribedSkus with Graph’s 403', async () => {
    await sb.setTenant(FABRIKAM, { denied: ['/subscribedSkus'] });
    const result = await testMicrosoftConnection(sb.client(), FABRIKAM);
    expect(result.steps[3]).toMatchObject({ ok: false, status: 403, code: 'Authorization_RequestDenied', detail: expect.stringMatching(/^missing permission/) });
  });

  it('an expired secret is told apart from a wrong one', async () => {
    await sb.control('POST', '/config', { secretExpired: true });
    const result = await testMicrosoftConnection(sb.client());
    expect(result.steps[0]).toMatchObject({ ok: false, code: 'AADSTS7000222', detail: expect.stringMatching(/expired/) });
  });

  it('an unreachable login host fails at the first step', async () => {
    const result = await testMicrosoftConnection(sb.client({ connection: { loginBaseUrl: 'http://127.0.0.1:9' } }));
    expect(result.steps[0]).toMatchObject({ ok: false, detail: expect.stringMatching(/could not be reached/) });
  });
});
