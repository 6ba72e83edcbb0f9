// Customer pages over real HTTP: a well-formed page is read by the fast reader; a page with a
// row the app cannot use still fails the whole list, named by the zod schema, with the status
// and the correlation id (the fast reader only steps aside, it never accepts more).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '@/lib/ingram/connection';
import { isIngramError } from '@/lib/ingram/errors';
import { accountOperations } from '@/lib/ingram/operations/accounts';
import { createTransport } from '@/lib/ingram/transport';

const TOTAL = 3;
let badRow: unknown;
let server: http.Server;
let baseUrl = '';

// Page 1 of 2 is fine; page 2 carries `badRow` when a test sets one.
function page(offset: number) {
  const rows = [
    { id: '1003', name: 'Newest', status: 'active', address: { city: 'Redmond' } },
    { id: 1002, externalId: 'ext-2', name: 'Middle', status: null },
    badRow ?? { id: '1001', name: 'Oldest', status: 'creditHold', contactPersons: [] },
  ];
  return { data: rows.slice(offset, offset + 2), pagination: { offset, limit: 2, total: TOTAL } };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const offset = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('offset') ?? 0);
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Correlation-ID': `corr-${offset}` });
    res.end(JSON.stringify(page(offset)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function customers() {
  const conn = { baseUrl, username: 'u', password: 'p', subscriptionKey: 'k', marketplace: 'US' };
  const tokens = { bearer: async () => 'token', renew: async () => 'token' };
  return accountOperations(createTransport(conn, tokens, { ...DEFAULT_OPTIONS, maxRetries: 0 })).listCustomers();
}

describe('customer rows over HTTP', () => {
  it('keeps the four fields of every row, in the API order', async () => {
    badRow = undefined;
    expect(await customers()).toStrictEqual([
      { id: '1003', externalId: undefined, name: 'Newest', status: 'active' },
      { id: '1002', externalId: 'ext-2', name: 'Middle', status: undefined },
      { id: '1001', externalId: undefined, name: 'Oldest', status: 'creditHold' },
    ]);
  });

  it.each([
    [{ id: '' }, 'data.0.id'],
    [{ id: '1001', name: { first: 'x' } }, 'data.0.name'],
    ['not a row', 'data.0'],
  ])('fails the list on a row it cannot use (%j), naming %s, with the status and correlation id', async (row, path) => {
    badRow = row;
    const e = await customers().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isIngramError(e)).toBe(true);
    expect(e).toMatchObject({ kind: 'malformed', status: 200, correlationId: 'corr-2', operation: 'list customers' });
    expect((e as Error).message).toContain(`the answer did not have the expected shape (${path}:`);
  });
});
