import { describe, expect, it } from 'vitest';
import { firstOutOfScope, inScope, scopeOf, tenantIdsIn } from '@/lib/auth/tenant-scope';

const A = '0a96abb3-3b07-4f0e-af48-bcc4893e0e73';
const B = 'e12e79d5-93ae-448c-a630-579fc3de41c3';
const C = '204313f3-ad96-406b-ae1c-4eb2eb7cddab';

describe('tenant scope', () => {
  it('all: every tenant; allow: only the listed; block: all but the listed', () => {
    expect(inScope(scopeOf('all', [A]), C)).toBe(true);
    expect(inScope(scopeOf('allow', [A, B]), A)).toBe(true);
    expect(inScope(scopeOf('allow', [A, B]), C)).toBe(false);
    expect(inScope(scopeOf('block', [C]), C)).toBe(false);
    expect(inScope(scopeOf('block', [C]), A)).toBe(true);
    // Tenant ids compare without case.
    expect(inScope(scopeOf('allow', [A.toUpperCase()]), A)).toBe(true);
  });

  it('finds every tenantId in an input, nested and in lists', () => {
    expect(tenantIdsIn({ tenantId: A, items: [{ tenantId: B }, { tenantId: C, x: 1 }], params: { tenantId: A } })).toEqual([A, B, C, A]);
    expect(tenantIdsIn('nope')).toEqual([]);
  });

  it('names the first tenant outside the scope, in a bulk input too', () => {
    const scope = scopeOf('allow', [A, B]);
    expect(firstOutOfScope(scope, { items: [{ tenantId: A }, { tenantId: C }] })).toBe(C);
    expect(firstOutOfScope(scope, { items: [{ tenantId: A }, { tenantId: B }] })).toBeUndefined();
    expect(firstOutOfScope(scopeOf('all', []), { tenantId: C })).toBeUndefined();
  });
});
