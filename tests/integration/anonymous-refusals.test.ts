// Refusals for want of a session are summarised: one audit row per action and minute with
// the number of attempts, so an anonymous flood cannot fill the log one row per request.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';
import { writeAnonymousRefusal, writeAudit } from '@/lib/audit';
import { emptyTables } from '@/tests/support/db';

const rows = (action: string) => getDb().select().from(auditLog).where(eq(auditLog.action, action)).all();
const at = (iso: string) => new Date(iso);

beforeEach(() => emptyTables(auditLog));

describe('anonymous refusals in the audit log', () => {
  it('writes one row per action and minute, counting the attempts', () => {
    for (let i = 0; i < 200; i++) writeAnonymousRefusal('tenants.add', at(`2026-01-01T10:00:${String(i % 60).padStart(2, '0')}.000Z`));
    writeAnonymousRefusal('tenants.remove', at('2026-01-01T10:00:30.000Z'));
    expect(rows('tenants.add')).toHaveLength(1);
    expect(rows('tenants.add')[0]).toMatchObject({ result: 'refused', userEmail: null, after: { attempts: 200 }, message: 'Not signed in (200 attempts in this minute)' });
    expect(rows('tenants.remove')).toMatchObject([{ after: { attempts: 1 }, message: 'Not signed in' }]);
  });

  it('starts a new row in the next minute', () => {
    writeAnonymousRefusal('tenants.add', at('2026-01-01T10:00:59.000Z'));
    writeAnonymousRefusal('tenants.add', at('2026-01-01T10:01:00.000Z'));
    writeAnonymousRefusal('tenants.add', at('2026-01-01T10:01:20.000Z'));
    expect(rows('tenants.add').map((r) => (r.after as { attempts: number }).attempts)).toEqual([1, 2]);
  });

  it('does not fold into a signed-in refusal or an unrelated row', () => {
    writeAudit({ action: 'tenants.add', result: 'refused', user: { id: 'u', email: 'readonly@demo.local', role: 'readonly' }, message: 'Your role does not allow this.' });
    writeAnonymousRefusal('tenants.add');
    expect(rows('tenants.add').map((r) => r.userEmail)).toEqual(['readonly@demo.local', null]);
  });
});
