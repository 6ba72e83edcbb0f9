// A real OpenID Connect server (oidc-provider) standing in for Microsoft Entra ID: one tenant, static accounts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import path from 'node:path';

export type EntraAccount = { oid: string; tid: string; email: string; name: string };

// A self-signed certificate for 127.0.0.1: Auth.js's Entra provider re-reads the issuer's metadata over https only.
export function makeCertificate(dir: string): { key: string; cert: string; certFile: string } {
  const keyFile = path.join(dir, 'oidc-key.pem');
  const certFile = path.join(dir, 'oidc-cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile], {
    stdio: 'ignore',
  });
  return { key: fs.readFileSync(keyFile, 'utf8'), cert: fs.readFileSync(certFile, 'utf8'), certFile };
}

export async function startOidcServer(opts: {
  tls: { key: string; cert: string };
  port: number;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  accounts: Record<string, EntraAccount>;
}) {
  const { default: Provider } = await import('oidc-provider');
  // The issuer has Entra's shape, http://host/<tenant-id>/v2.0, so the app's tenant checks apply unchanged.
  const mount = `/${opts.tenantId}/v2.0`;
  const issuer = `https://127.0.0.1:${opts.port}${mount}`;
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
  const server = createServer({ key: opts.tls.key, cert: opts.tls.cert }, (req: IncomingMessage & { originalUrl?: string }, res) => {
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
