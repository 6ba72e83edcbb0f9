import 'server-only';
// Cost and margin for a tenant's CSP Licenses rows, from the inventory (the sync and every live
// load write unitCost there). Called only for a role with costs.view: without it the keys never exist.
import { eq, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db';
import { inventorySubscriptions as s } from '@/db/schema';
import type { LicenseRow } from '@/lib/licenses/types';
import { monthlyCostSql, monthlyMarginSql } from './portfolio/sql';

// The tenant's costs in one prepared read (the rows pick theirs by id): a statement per row list would be prepared each time.
const tenantCosts = preparedOnce((db) =>
  db
    .select({ id: s.id, unitCost: s.unitCost, monthlyCost: monthlyCostSql, monthlyMargin: monthlyMarginSql })
    .from(s)
    .where(eq(s.tenantId, sql.placeholder('tenantId')))
    .prepare(),
);

const round2 = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

export function withCosts<R extends LicenseRow>(tenantId: string, rows: R[]): R[] {
  if (rows.length === 0) return rows;
  const costs = tenantCosts().all({ tenantId });
  const byId = new Map(costs.map((c) => [c.id, c]));
  return rows.map((r) => {
    const c = byId.get(r.id);
    return { ...r, unitCost: c?.unitCost ?? null, monthlyCost: round2(c?.monthlyCost ?? null), monthlyMargin: round2(c?.monthlyMargin ?? null) };
  });
}
