// The Microsoft sandbox's wire behaviour as the contract describes it (docs/microsoft/contract.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMicrosoftSandbox, type RunningMsSandbox } from '../../sandbox/microsoft/server';

let sb: RunningMsSandbox;
beforeAll(async () => {
  sb = await startMicrosoftSandbox({ port: 0 });
});
afterAll(() => sb.close());

const CONTOSO = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73';
const form = (over: Record<string, string> = {}) =>
  new URLSearchParams({ client_id: sb.credentials.clientId, client_secret: sb.credentials.clientSecret, scope: 'https://graph.microsoft.com/.default', grant_type: 'client_credentials', ...over });
const token = (tenant: string, over: Record<string, string> = {}) =>
  fetch(`${sb.loginBaseUrl}/${tenant}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form(over) });

describe('identity platform', () => {
  it('grants a bearer token with expires_in', async () => {
    const res = await token(CONTOSO);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: expect.any(String) });
  });

  it('answers an unknown tenant with AADSTS90002 in the identity platform’s error shape', async () => {
    const res = await token('00000000-0000-4000-8000-000000000000');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ error: 'invalid_request', error_codes: [90002], correlation_id: expect.any(String), trace_id: expect.any(String) });
    expect(body.error_description).toMatch(/^AADSTS90002: .* Trace ID: .* Correlation ID: .* Timestamp: /);
  });

  it('refuses a JSON body and a scope without /.default', async () => {
    const json = await fetch(`${sb.loginBaseUrl}/${CONTOSO}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect((await token(CONTOSO, { scope: 'User.Read' })).status).toBe(400);
  });
});

describe('Graph', () => {
  it('answers without a token with 401 InvalidAuthenticationToken and request ids', async () => {
    const res = await fetch(`${sb.graphBaseUrl}/users`, { headers: { 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    expect(await res.json()).toMatchObject({ error: { code: 'InvalidAuthenticationToken', innerError: { 'client-request-id': 'abc-123' } } });
  });

  it('caps $top at 999 and pages with an absolute nextLink', async () => {
    const { access_token } = await (await token(CONTOSO)).json();
    const auth = { authorization: `Bearer ${access_token}` };
    expect((await fetch(`${sb.graphBaseUrl}/users?$top=1000`, { headers: auth })).status).toBe(400);
    const page = await (await fetch(`${sb.graphBaseUrl}/users?$top=5&$select=id,assignedLicenses`, { headers: auth })).json();
    expect(page.value).toHaveLength(5);
    expect(Object.keys(page.value[0]).sort()).toEqual(['assignedLicenses', 'id']);
    expect(page['@odata.nextLink']).toMatch(new RegExp(`^${sb.graphBaseUrl.replace(/[.$]/g, '\\$&')}/users\\?.*\\$skiptoken=`));
  });

  it('refuses control calls from another origin', async () => {
    const res = await fetch(`${sb.origin}/_sandbox/reset`, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
  });
});
