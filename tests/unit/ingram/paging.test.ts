// listAllPages builds a list's page schema once per item schema (a page view lists twice per
// request), and each list still parses with its own item schema.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_OPTIONS } from '@/lib/ingram/connection';
import { listAllPages } from '@/lib/ingram/paging';
import type { CallSpec, Transport } from '@/lib/ingram/transport';
import { wireCustomerListItem, wireSubscriptionRow } from '@/lib/ingram/wire/resources';

/** A transport answering every page from `rows`, parsed with the schema it is given, as the real one does. */
function fakeTransport(rows: unknown[]) {
  const schemas: z.ZodType[] = [];
  const transport: Transport = {
    options: { ...DEFAULT_OPTIONS, concurrency: 2 },
    async call<S extends z.ZodType>(spec: CallSpec<S>) {
      schemas.push(spec.schema);
      const offset = Number(spec.query?.offset ?? 0);
      return spec.schema.parse({ data: rows.slice(offset, offset + 2), pagination: { offset, limit: 2, total: rows.length } });
    },
  };
  return { transport, schemas };
}

describe('listAllPages', () => {
  it('parses every page with one page schema per item schema, built once', async () => {
    const rows = [1, 2, 3, 4, 5].map((n) => ({ id: n, name: `Row ${n}`, extra: 'x' }));
    const subs = fakeTransport(rows);
    const first = await listAllPages(subs.transport, { operation: 'list subscriptions', path: '/subscriptions', item: wireSubscriptionRow });
    const second = await listAllPages(subs.transport, { operation: 'list subscriptions', path: '/subscriptions', item: wireSubscriptionRow });
    expect(first.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(second).toEqual(first);
    expect(subs.schemas).toHaveLength(6);
    expect(new Set(subs.schemas).size).toBe(1);

    // Another item schema gets its own page schema: customer rows keep only their four fields.
    const customers = fakeTransport(rows);
    const listed = await listAllPages(customers.transport, { operation: 'list customers', path: '/customers', item: wireCustomerListItem });
    expect(listed[0]).toEqual({ id: '1', name: 'Row 1', externalId: undefined, status: undefined });
    expect(first[0]).toMatchObject({ extra: 'x' });
    expect(customers.schemas[0]).not.toBe(subs.schemas[0]);
  });
});
