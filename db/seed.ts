// Demo data for a new database: three users, about twenty tenants, and Ingram and Microsoft
// settings pointing at the local sandboxes. Runs only when the users table is empty and DEMO is not 0.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { encryptSecret } from '../lib/crypto';
import { hashPassword } from '../lib/auth/password';
import { env } from '../lib/env';
import { sandboxBaseUrl } from '../lib/ingram/regions';
import type { DB } from './index';
import { microsoftSettings, ingramSettings, tenants, users } from './schema';
import { demoTenants } from './demo-tenants';

/** The sandbox's demo reseller account (sandbox/README.md); not a real credential. */
export const sandboxDemoAccount = {
  username: 'msp-demo.api',
  password: 'Sbx-Pass-7f3a9c2e41d8',
  subscriptionKey: '5d1c0e8a9b2f4c6d8e0a1b3c5d7e9f10',
  marketplace: 'us',
};

/** The Microsoft sandbox's demo app (sandbox/microsoft/README.md); not a real credential. */
export const microsoftSandboxApp = {
  partnerTenantId: '5f1b6d2e-8c3a-4e7b-9a10-2c4d6e8f0a1b',
  clientId: '8a3c1e5f-2b4d-4f6a-8c0e-1a3b5c7d9e0f',
  clientSecret: 'Sbx~ms.7Qe3r9T2uW5yZ8aC1dF4gH6jK0mN',
};

type DemoSignIn = { email: string; role: string; password: string };

function demoPassword(): string {
  return process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url');
}

export async function seedDemoData(db: DB): Promise<DemoSignIn[] | undefined> {
  if (env().DEMO === '0') return undefined;
  const count =
    db
      .select({ n: sql<number>`count(*)` })
      .from(users)
      .get()?.n ?? 0;
  if (count > 0) return undefined;

  const people: DemoSignIn[] = [
    { email: 'superadmin@demo.local', role: 'superadmin', password: demoPassword() },
    { email: 'editor@demo.local', role: 'editor', password: demoPassword() },
    { email: 'readonly@demo.local', role: 'readonly', password: demoPassword() },
  ];
  const names: Record<string, string> = { superadmin: 'Sam Super', editor: 'Erin Editor', readonly: 'Riley Reader' };
  const hashed = await Promise.all(people.map(async (p) => ({ ...p, hash: await hashPassword(p.password) })));

  db.transaction((tx) => {
    for (const p of hashed)
      tx.insert(users)
        .values({ email: p.email, name: names[p.role] ?? p.email, role: p.role, passwordHash: p.hash })
        .run();
    for (const t of demoTenants) tx.insert(tenants).values(t).onConflictDoNothing().run();
    tx.insert(ingramSettings)
      .values({
        id: 1,
        enabled: true,
        baseUrl: sandboxBaseUrl(env().SANDBOX_PORT),
        username: sandboxDemoAccount.username,
        passwordEnc: encryptSecret(sandboxDemoAccount.password),
        subscriptionKeyEnc: encryptSecret(sandboxDemoAccount.subscriptionKey),
        marketplace: sandboxDemoAccount.marketplace,
        purchaseRoles: [],
        updatedAt: new Date(),
        updatedBy: 'demo seed',
      })
      .onConflictDoNothing()
      .run();
    const msOrigin = `http://127.0.0.1:${env().MS_SANDBOX_PORT}`;
    tx.insert(microsoftSettings)
      .values({
        id: 1,
        partnerTenantId: microsoftSandboxApp.partnerTenantId,
        clientId: microsoftSandboxApp.clientId,
        clientSecretEnc: encryptSecret(microsoftSandboxApp.clientSecret),
        loginBaseUrl: msOrigin,
        graphBaseUrl: `${msOrigin}/v1.0`,
        updatedAt: new Date(),
        updatedBy: 'demo seed',
      })
      .onConflictDoNothing()
      .run();
  });
  return people;
}

export function formatSignIns(people: DemoSignIn[]): string {
  return people.map((p) => `  ${p.role.padEnd(11)} ${p.email.padEnd(24)} ${p.password}`).join('\n');
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  void import('./index').then(async ({ getDb }) => {
    const created = await seedDemoData(getDb());
    console.log(created ? `Seeded demo data. Sign-ins:\n${formatSignIns(created)}` : 'Nothing to seed (database not empty, or DEMO=0).');
  });
}
