// Sign in with Microsoft end to end: the app (own port, own database) against a real OIDC server shaped like Entra ID.
// Users are matched by the token's object id and tenant id, linked by email only on the first sign-in.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { type EntraAccount, makeCertificate, startOidcServer } from './support/oidc-server';

const APP_PORT = 3336;
const OIDC_PORT = 4336;
// localhost, not 127.0.0.1: Next reports loopback hosts as localhost, and the redirect URI must match exactly.
const app = `http://localhost:${APP_PORT}`;
const TENANT = '6f1c2a4e-0b7d-4c3e-9a58-2d1e7f9b0c11';
const OTHER_TENANT = '0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a';
const ALEX_OID = '3a2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d';
const accounts: Record<string, EntraAccount> = {
  alex: { oid: ALEX_OID, tid: TENANT, email: 'alex@contoso.example', name: 'Alex W' },
  'alex-renamed': { oid: ALEX_OID, tid: TENANT, email: 'alex.wilber@contoso.example', name: 'Alex W' },
  imposter: { oid: randomUUID(), tid: TENANT, email: 'alex@contoso.example', name: 'Not Alex' },
  stranger: { oid: randomUUID(), tid: TENANT, email: 'stranger@contoso.example', name: 'Stranger' },
  'other-tenant': { oid: randomUUID(), tid: OTHER_TENANT, email: 'blake@contoso.example', name: 'Blake' },
};

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingram-cipp-entra-'));
const dbFile = path.join(dataDir, 'app.db');
const sql = <T>(run: (db: Database.Database) => T): T => {
  const db = new Database(dbFile);
  try {
    return run(db);
  } finally {
    db.close();
  }
};
const userRow = (email: string) =>
  sql((db) => db.prepare('select name, entra_object_id as oid, entra_tenant_id as tid from users where email = ?').get(email) as { name: string; oid: string | null; tid: string | null });

let oidc: Awaited<ReturnType<typeof startOidcServer>>;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const tls = makeCertificate(dataDir);
  oidc = await startOidcServer({
    tls,
    port: OIDC_PORT,
    tenantId: TENANT,
    clientId: 'cipp-e2e',
    clientSecret: 'cipp-e2e-client-secret',
    redirectUri: `${app}/api/auth/callback/microsoft-entra-id`,
    accounts,
  });
  server = spawn('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/e2e-server.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_FILE: dbFile,
      PORT: String(APP_PORT),
      AUTH_URL: app,
      DEMO: '1',
      DEMO_PASSWORD: 'e2e-Password-123',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_EXTRA_CA_CERTS: tls.certFile,
      AUTH_MICROSOFT_ENTRA_ID_ID: 'cipp-e2e',
      AUTH_MICROSOFT_ENTRA_ID_SECRET: 'cipp-e2e-client-secret',
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: oidc.issuer,
    },
    stdio: 'ignore',
  });
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${APP_PORT}/signin`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 600) throw new Error('the app did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  // Users a superadmin added: Alex and Blake, neither linked to Microsoft yet.
  sql((db) => {
    const add = db.prepare('insert into users (id, email, name, role) values (?, ?, ?, ?)');
    add.run(randomUUID(), 'alex@contoso.example', 'Alex Wilber', 'editor');
    add.run(randomUUID(), 'blake@contoso.example', 'Blake Other', 'editor');
  });
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await oidc?.close();
});

// The whole redirect dance in a fresh browser: app -> OIDC login and consent -> app callback.
async function signInWithMicrosoft(browser: Browser, login: string) {
  const context = await browser.newContext({ baseURL: app, ignoreHTTPSErrors: true }); // the OIDC server's own certificate
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click();
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.origin === app && !url.pathname.startsWith('/api/auth'));
  return { context, page };
}

async function expectRefused(browser: Browser, login: string) {
  const { context, page } = await signInWithMicrosoft(browser, login);
  await expect(page).toHaveURL(/\/signin\?error=AccessDenied/);
  await expect(page.getByTestId('signin-refused')).toContainText('may not sign in here');
  expect((await context.cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
  await context.close();
}

test('a user a superadmin added signs in with Microsoft; the object id and tenant id are stored', async ({ browser }) => {
  const { context, page } = await signInWithMicrosoft(browser, 'alex');
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('Alex Wilber');
  expect(userRow('alex@contoso.example')).toMatchObject({ oid: ALEX_OID, tid: TENANT });
  await context.close();
});

test('a changed email claim still signs in the same user: the match is by object id', async ({ browser }) => {
  const { context, page } = await signInWithMicrosoft(browser, 'alex-renamed');
  await expect(page.getByTestId('current-user')).toHaveText('Alex Wilber');
  await context.close();
});

test("another Microsoft account claiming a linked user's email is refused", async ({ browser }) => {
  await expectRefused(browser, 'imposter');
});

test('an unknown Microsoft user is refused', async ({ browser }) => {
  await expectRefused(browser, 'stranger');
  const refused = sql((db) => db.prepare("select count(*) as n from audit_log where action = 'auth.signin' and result = 'refused' and target = 'stranger@contoso.example'").get() as { n: number });
  expect(refused.n).toBe(1);
});

test("an account of another tenant is refused, even with a user's email, and links nothing", async ({ browser }) => {
  await expectRefused(browser, 'other-tenant');
  expect(userRow('blake@contoso.example')).toMatchObject({ oid: null, tid: null });
});
