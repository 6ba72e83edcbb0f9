// The customer list is sent from each customer's JSON bytes made once: they must be the very text
// JSON.stringify of the list envelope gives, page by page, filtered or not.
import { describe, expect, it } from 'vitest';
import * as api from '../../sandbox/api';
import { generateWorld } from '../../sandbox/generate';
import { type Ctx, list, sendJson } from '../../sandbox/http';
import { SandboxState } from '../../sandbox/state';
import { newestFirst } from '../../sandbox/store';
import { customerView } from '../../sandbox/views';

function pageOf(s: SandboxState, query: string): string {
  const out = api.listCustomers(s, { query: new URLSearchParams(query) } as Ctx);
  // What the router sends for it: the bytes as they are.
  let sent: unknown;
  sendJson({ writeHead: () => undefined, end: (data: unknown) => (sent = data) } as never, 200, out);
  expect(Buffer.isBuffer(sent)).toBe(true);
  return (sent as Buffer).toString('utf8');
}

describe('customer list text', () => {
  it('equals JSON.stringify of the envelope for every page, with and without a filter, served twice', () => {
    const s = new SandboxState();
    s.world = generateWorld({ customers: 1_203, subscriptions: 0 }, Date.now());
    for (const [offset, limit] of [
      [0, 500],
      [500, 500],
      [1_000, 500],
      [1_200, 10],
      [5_000, 10],
    ] as const) {
      const page = newestFirst(s.world.customers, offset, limit);
      const expected = JSON.stringify(list(page.items.map(customerView), offset, limit, page.total));
      expect(pageOf(s, `offset=${offset}&limit=${limit}`)).toBe(expected);
      expect(pageOf(s, `offset=${offset}&limit=${limit}`)).toBe(expected); // from the cached rows
    }
    const named = s.world.customers.filter((c) => c.name.toLowerCase().includes('a'));
    const page = newestFirst(named, 3, 7);
    expect(pageOf(s, 'name=A&offset=3&limit=7')).toBe(JSON.stringify(list(page.items.map(customerView), 3, 7, page.total)));
    expect(JSON.parse(pageOf(s, 'limit=1')).data[0].id).toBe(s.world.customers.at(-1)!.id);
  });
});
