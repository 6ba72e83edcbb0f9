// The customer page's fast reader must return exactly what the zod page schema returns, or step
// aside (undefined) so the schema decides; and it must really answer for well-formed pages.
import { describe, expect, it } from 'vitest';
import { wireList } from '@/lib/ingram/wire/common';
import { fastCustomerPage } from '@/lib/ingram/wire/customer-page';
import { wireCustomerListItem } from '@/lib/ingram/wire/resources';

const schema = wireList(wireCustomerListItem);

// Values a field may hold on the wire, good and bad.
const VALUES: unknown[] = [undefined, null, '', 'Contoso', '42', 42, 0, -1.5, true, false, {}, [], ['a'], { message: 'x' }];

/** A small deterministic generator, so a failure names the seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function randomRow(r: () => number): unknown {
  if (r() < 0.03) return VALUES[Math.floor(r() * VALUES.length)];
  const row: Record<string, unknown> = {};
  for (const key of ['id', 'externalId', 'name', 'status', 'address', 'language']) {
    const v = VALUES[Math.floor(r() * VALUES.length)];
    if (v !== undefined || r() < 0.3) row[key] = v;
  }
  if (r() < 0.8) row.id = r() < 0.5 ? String(1 + Math.floor(r() * 1e6)) : Math.floor(r() * 1e6);
  return row;
}

function randomPage(r: () => number): unknown {
  const page: Record<string, unknown> = { data: Array.from({ length: Math.floor(r() * 4) }, () => randomRow(r)) };
  const p = r();
  if (p < 0.2) page.pagination = null;
  else if (p < 0.3) page.pagination = VALUES[Math.floor(r() * VALUES.length)];
  else if (p < 0.9) page.pagination = { offset: 0, limit: 500, total: r() < 0.2 ? '12' : 12, ...(r() < 0.1 ? { next: 'x' } : {}) };
  if (r() < 0.05) page.extra = 1;
  if (r() < 0.03) return [page];
  return page;
}

describe('fastCustomerPage', () => {
  it('equals the zod page schema wherever it answers, over 20,000 random pages', () => {
    const r = rng(20);
    let answered = 0;
    for (let i = 0; i < 20_000; i++) {
      const page = JSON.parse(JSON.stringify(randomPage(r) ?? null)) as unknown;
      const fast = fastCustomerPage(page);
      if (fast === undefined) continue;
      answered++;
      const parsed = schema.safeParse(page);
      expect(parsed.success, JSON.stringify(page)).toBe(true);
      expect(fast, JSON.stringify(page)).toStrictEqual(parsed.data);
    }
    expect(answered).toBeGreaterThan(1_000);
  });

  it('answers for a well-formed page of the sandbox shape, keeping only the four fields', () => {
    const page = {
      data: [
        { id: '1000001', externalId: 'ext-1', name: 'Contoso', status: 'active', resellerId: '1000000', address: { city: 'Redmond' }, contactPersons: [] },
        { id: 1000002, name: 'Fabrikam', status: 'creditHold', language: 'en' },
      ],
      pagination: { offset: 0, limit: 500, total: 2 },
    };
    expect(fastCustomerPage(page)).toStrictEqual({
      data: [
        { id: '1000001', externalId: 'ext-1', name: 'Contoso', status: 'active' },
        { id: '1000002', name: 'Fabrikam', status: 'creditHold' },
      ],
      pagination: { offset: 0, limit: 500, total: 2 },
    });
  });

  it('steps aside for what only the schema may judge: a bad row, a missing data, a numeric string total', () => {
    expect(fastCustomerPage({ data: [{ id: '' }] })).toBeUndefined();
    expect(fastCustomerPage({ data: [{ id: '1', name: true }] })).toBeUndefined();
    expect(fastCustomerPage({ pagination: { total: 1 } })).toBeUndefined();
    expect(fastCustomerPage({ data: [], pagination: { total: '1' } })).toBeUndefined();
    expect(fastCustomerPage(null)).toBeUndefined();
  });
});
