import 'server-only';
// Tenants from Partner Center: the customer list Microsoft gives the partner, applied to the tenant
// list. New tenants are added, changed names updated, tenants no longer listed flagged (never deleted).
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { partnerCenterTenants, tenants } from '@/db/schema';
import type { PartnerContract } from '@/lib/microsoft';

type Named = { tenantId: string; displayName: string };
export type PartnerCenterSyncResult = {
  listed: number;
  added: Named[];
  renamed: Array<Named & { before: string }>;
  flagged: Named[];
  returned: Named[];
  skipped: Array<Named & { reason: string }>;
};

/** Since when each tenant is missing from Partner Center's list (tenants never flagged are absent). */
export function partnerCenterMissing(): Record<string, string> {
  const rows = getDb().select({ tenantId: partnerCenterTenants.tenantId, missingSince: partnerCenterTenants.missingSince }).from(partnerCenterTenants).all();
  return Object.fromEntries(rows.flatMap((r) => (r.missingSince ? [[r.tenantId, r.missingSince.toISOString()]] : [])));
}

/** One synchronous transaction: the tenant list and the Partner Center flags change together or not at all. */
export function applyPartnerCenterContracts(contracts: PartnerContract[], now: Date): PartnerCenterSyncResult {
  const result: PartnerCenterSyncResult = { listed: contracts.length, added: [], renamed: [], flagged: [], returned: [], skipped: [] };
  return getDb().transaction((tx) => {
    const existing = tx.select({ tenantId: tenants.tenantId, displayName: tenants.displayName, defaultDomain: tenants.defaultDomain }).from(tenants).all();
    const byId = new Map(existing.map((t) => [t.tenantId.toLowerCase(), t]));
    const domains = new Map(existing.map((t) => [t.defaultDomain.toLowerCase(), t]));
    const flags = new Map(
      tx
        .select()
        .from(partnerCenterTenants)
        .all()
        .map((r) => [r.tenantId, r]),
    );
    const seen = new Set<string>();
    for (const c of contracts) {
      const tenantId = c.tenantId.toLowerCase();
      if (seen.has(tenantId)) continue;
      seen.add(tenantId);
      const domain = c.defaultDomain.trim().toLowerCase();
      const current = byId.get(tenantId);
      if (!current) {
        const clash = domain ? domains.get(domain) : undefined;
        if (!domain || clash) {
          result.skipped.push({ tenantId, displayName: c.displayName, reason: domain ? `its domain ${domain} is already used by "${clash!.displayName}"` : 'Partner Center gives no default domain' });
          seen.delete(tenantId);
          continue;
        }
        tx.insert(tenants).values({ tenantId, displayName: c.displayName, defaultDomain: domain }).run();
        domains.set(domain, { tenantId, displayName: c.displayName, defaultDomain: domain });
        result.added.push({ tenantId, displayName: c.displayName });
      } else if (c.displayName && c.displayName !== current.displayName) {
        tx.update(tenants).set({ displayName: c.displayName }).where(eq(tenants.tenantId, current.tenantId)).run();
        result.renamed.push({ tenantId, displayName: c.displayName, before: current.displayName });
      }
      if (flags.get(tenantId)?.missingSince) result.returned.push({ tenantId, displayName: c.displayName });
      const seenRow = { lastSeenAt: now, missingSince: null };
      tx.insert(partnerCenterTenants)
        .values({ tenantId: current?.tenantId ?? tenantId, ...seenRow })
        .onConflictDoUpdate({ target: partnerCenterTenants.tenantId, set: seenRow })
        .run();
    }
    for (const t of existing) {
      if (seen.has(t.tenantId.toLowerCase()) || flags.get(t.tenantId)?.missingSince) continue;
      tx.insert(partnerCenterTenants)
        .values({ tenantId: t.tenantId, missingSince: now })
        .onConflictDoUpdate({ target: partnerCenterTenants.tenantId, set: { missingSince: now } })
        .run();
      result.flagged.push({ tenantId: t.tenantId, displayName: t.displayName });
    }
    return result;
  });
}

/** One line for the page and the audit log. */
export function describeSync(r: PartnerCenterSyncResult): string {
  const parts = [`${r.listed} customer${r.listed === 1 ? '' : 's'} listed`, `${r.added.length} added`, `${r.renamed.length} renamed`, `${r.flagged.length} no longer listed`];
  if (r.returned.length) parts.push(`${r.returned.length} listed again`);
  if (r.skipped.length) parts.push(`${r.skipped.length} skipped (${r.skipped.map((s) => `${s.displayName}: ${s.reason}`).join('; ')})`);
  return `Partner Center sync: ${parts.join(', ')}.`;
}
