// POST /{tenant}/oauth2/v2.0/token: the identity platform's client-credentials grant.
import type { MsSandboxState } from './state';
import { TokenError } from './wire';

/** The tenant a path segment names: its id, or one of its verified domains. */
function findTenant(s: MsSandboxState, segment: string) {
  const key = segment.toLowerCase();
  return s.world.tenants.get(key) ?? [...s.world.tenants.values()].find((t) => t.defaultDomain.toLowerCase() === key);
}

export function grantToken(s: MsSandboxState, tenantSegment: string, contentType: string, body: string) {
  if (contentType !== 'application/x-www-form-urlencoded') {
    throw new TokenError(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  }
  const form = new URLSearchParams(body);
  if (form.get('grant_type') !== 'client_credentials') {
    throw new TokenError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
  }
  const tenant = findTenant(s, tenantSegment);
  if (!tenant) {
    throw new TokenError(400, 'invalid_request', 90002, `Tenant '${tenantSegment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`);
  }
  const clientId = form.get('client_id') ?? '';
  if (clientId !== s.credentials.clientId || !tenant.consented) {
    throw new TokenError(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant.displayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
    );
  }
  if (form.get('client_secret') !== s.credentials.clientSecret) {
    throw new TokenError(401, 'invalid_client', 7000215, 'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.');
  }
  if (s.config.secretExpired) {
    throw new TokenError(401, 'invalid_client', 7000222, `The provided client secret keys for app '${clientId}' are expired.`);
  }
  if (!(form.get('scope') ?? '').endsWith('/.default')) {
    throw new TokenError(
      400,
      'invalid_scope',
      1002012,
      'The provided value for scope is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.',
    );
  }
  const { token, ttl } = s.issueToken(tenant.tenantId);
  return { token_type: 'Bearer', expires_in: ttl, ext_expires_in: ttl, access_token: token, tenantId: tenant.tenantId };
}
