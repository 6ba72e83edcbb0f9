import 'server-only';
// Sign in with Microsoft: one tenant only, and people matched by their immutable object id, never by email.
import { and, eq, isNull } from 'drizzle-orm';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MULTI_TENANT = new Set(['common', 'organizations', 'consumers']);

/** The tenant id an issuer URL names (`https://login.microsoftonline.com/<tenant-id>/v2.0`), or why it is refused. */
export function issuerTenant(issuer: string): { tenantId: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return { error: 'AUTH_MICROSOFT_ENTRA_ID_ISSUER is not a URL.' };
  }
  const segment = url.pathname.split('/').filter(Boolean)[0] ?? '';
  if (MULTI_TENANT.has(segment.toLowerCase())) return { error: `AUTH_MICROSOFT_ENTRA_ID_ISSUER is multi-tenant ("${segment}"): name your tenant id instead.` };
  if (!GUID.test(segment)) return { error: 'AUTH_MICROSOFT_ENTRA_ID_ISSUER must name the tenant by its id: https://login.microsoftonline.com/<tenant-id>/v2.0.' };
  return { tenantId: segment.toLowerCase() };
}

const reported = new Set<string>();

/** The provider, or undefined (with one logged line) when the settings are missing or multi-tenant. */
export function entraProvider(e: { id?: string; secret?: string; issuer?: string }) {
  if (!e.id || !e.secret || !e.issuer) return undefined;
  const tenant = issuerTenant(e.issuer);
  if ('error' in tenant) {
    if (!reported.has(tenant.error)) console.error(`Sign in with Microsoft is off: ${tenant.error}`);
    reported.add(tenant.error);
    return undefined;
  }
  return MicrosoftEntraID({
    clientId: e.id,
    clientSecret: e.secret,
    issuer: e.issuer,
    // No Graph scope and no photo download: the id token's claims are all the app needs.
    authorization: { params: { scope: 'openid profile email' } },
    profile: (claims) => ({ id: String(claims.sub), name: claims.name ?? null, email: claims.email ?? claims.preferred_username ?? null }),
  });
}

type Claims = { iss?: unknown; oid?: unknown; tid?: unknown; email?: unknown; preferred_username?: unknown };
type Outcome = { userId: string } | { refused: string };

/** The app user these id-token claims belong to: by (tid, oid); linked by email only on the first sign-in. */
export function entraUser(claims: Claims, issuer: string): Outcome {
  const tenant = issuerTenant(issuer);
  const { oid, tid } = claims;
  if ('error' in tenant) return { refused: tenant.error };
  if (typeof oid !== 'string' || !GUID.test(oid) || typeof tid !== 'string') return { refused: 'The Microsoft token has no object id or tenant id' };
  if (tid.toLowerCase() !== tenant.tenantId || claims.iss !== issuer) return { refused: `The Microsoft account belongs to another tenant (${tid})` };
  const db = getDb();
  const identity = and(eq(users.entraTenantId, tenant.tenantId), eq(users.entraObjectId, oid.toLowerCase()));
  const linked = db.select().from(users).where(identity).get();
  if (linked) return linked.disabled ? { refused: 'Account disabled' } : { userId: linked.id };
  const email = typeof claims.email === 'string' ? claims.email : typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const row = email ? db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get() : undefined;
  if (!row) return { refused: 'Entra ID account is not a user of this app' };
  if (row.entraObjectId) return { refused: 'This user is linked to another Microsoft account' };
  if (row.disabled) return { refused: 'Account disabled' };
  // First link: only a user never linked before, in one statement so two sign-ins cannot both link it.
  const done = db
    .update(users)
    .set({ entraTenantId: tenant.tenantId, entraObjectId: oid.toLowerCase() })
    .where(and(eq(users.id, row.id), isNull(users.entraObjectId)))
    .run();
  if (done.changes !== 1) return { refused: 'This user is linked to another Microsoft account' };
  writeAudit({
    action: 'users.linkEntra',
    result: 'success',
    user: { id: row.id, email: row.email, role: row.role },
    target: row.email,
    before: { entraObjectId: null },
    after: { entraTenantId: tenant.tenantId, entraObjectId: oid.toLowerCase() },
    message: 'Linked to a Microsoft Entra ID account on its first sign-in',
  });
  return { userId: row.id };
}
