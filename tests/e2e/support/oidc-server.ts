// A real OpenID Connect server (oidc-provider) standing in for Microsoft Entra ID: one tenant, static accounts.
import { createServer, type IncomingMessage } from 'node:http';

export type EntraAccount = { oid: string; tid: string; email: string; name: string };

export async function startOidcServer(opts: { port: number; tenantId: string; clientId: string; clientSecret: string; redirectUri: string; accounts: Record<string, EntraAccount> }) {
  const { default: Provider } = await import('oidc-provider');
  // The issuer has Entra's shape, http://host/<tenant-id>/v2.0, so the app's tenant checks apply unchanged.
  const mount = `/${opts.tenantId}/v2.0`;
  const issuer = `http://127.0.0.1:${opts.port}${mount}`;
  const provider = new Provider(issuer, {
    clients: [{ client_id: opts.clientId, client_secret: opts.clientSecret, redirect_uris: [opts.redirectUri], response_types: ['code'], grant_types: ['authorization_code'] }],
    claims: { openid: ['sub', 'oid', 'tid'], email: ['email'], profile: ['name'] },
    conformIdTokenClaims: false, // every claim in the id token, as Entra sends oid and tid
    cookies: { keys: ['oidc-test-cookie-key'] },
    async findAccount(_ctx: unknown, sub: string) {
      const account = opts.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });
  provider.proxy = false;
  const callback = provider.callback();
  const server = createServer((req: IncomingMessage & { originalUrl?: string }, res) => {
    // Mounted under the issuer's path; the login pages live at the root, as oidc-provider's dev interactions expect.
    req.originalUrl = req.url;
    if (req.url?.startsWith(mount)) req.url = req.url.slice(mount.length) || '/';
    callback(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  return { issuer, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}
