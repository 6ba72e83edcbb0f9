'use client';
// A change dialog reads fresh facts from Ingram when it opens (the table's may be minutes old).
import { useQuery } from '@tanstack/react-query';
import { changeContextQuery } from '@/lib/licenses/queries-client';

export function useChangeContext(tenantId: string, subscriptionId: string) {
  return useQuery(changeContextQuery(tenantId, subscriptionId));
}

/** A fresh idempotency key per dialog: a double click or a retry cannot place two orders. */
export function newRequestKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
