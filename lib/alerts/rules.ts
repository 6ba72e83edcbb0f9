import 'server-only';
// Alert rules: the page's DTOs and their writes.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { alertRules } from '@/db/schema';
import type { AlertKind, RuleValues } from '@/lib/validations/alerts';
import type { RuleParams } from './types';

export type RuleDTO = {
  id: number;
  name: string;
  kind: AlertKind;
  hours: number;
  days: number;
  includeMonthly: boolean;
  delivery: 'immediate' | 'digest';
  enabled: boolean;
  channelIds: number[];
  excludedTenants: string[];
  excludedProducts: string[];
};

type Row = typeof alertRules.$inferSelect;

export const DEFAULT_PARAMS: RuleParams = { hours: 24, days: 30, includeMonthly: false };

export function paramsOf(r: Row): RuleParams {
  const p = r.params ?? {};
  return {
    hours: typeof p.hours === 'number' ? p.hours : DEFAULT_PARAMS.hours,
    days: typeof p.days === 'number' ? p.days : DEFAULT_PARAMS.days,
    includeMonthly: p.includeMonthly === true,
  };
}

export function toRuleDTO(r: Row): RuleDTO {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as AlertKind,
    ...paramsOf(r),
    delivery: r.delivery,
    enabled: r.enabled,
    channelIds: r.channelIds,
    excludedTenants: r.excludedTenants,
    excludedProducts: r.excludedProducts,
  };
}

export function listRules(): RuleDTO[] {
  return getDb().select().from(alertRules).orderBy(asc(alertRules.name)).all().map(toRuleDTO);
}

export function findRule(id: number): RuleDTO | undefined {
  const r = getDb().select().from(alertRules).where(eq(alertRules.id, id)).get();
  return r && toRuleDTO(r);
}

/** Adds or updates a rule; undefined when the rule to update is gone. */
export function saveRule(v: RuleValues): { before: RuleDTO | null; after: RuleDTO } | undefined {
  const before = v.id === undefined ? null : findRule(v.id);
  if (before === undefined) return undefined;
  const values = {
    name: v.name,
    kind: v.kind,
    params: { hours: v.hours, days: v.days, includeMonthly: v.includeMonthly },
    delivery: v.delivery,
    enabled: v.enabled,
    channelIds: [...new Set(v.channelIds)],
    excludedTenants: [...new Set(v.excludedTenants)],
    excludedProducts: [...new Set(v.excludedProducts)],
  };
  const db = getDb();
  const row = before
    ? db
        .update(alertRules)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(alertRules.id, before.id))
        .returning()
        .get()
    : db.insert(alertRules).values(values).returning().get();
  return { before, after: toRuleDTO(row) };
}

export function deleteRule(id: number): RuleDTO | undefined {
  const before = findRule(id);
  if (before) getDb().delete(alertRules).where(eq(alertRules.id, id)).run();
  return before;
}
