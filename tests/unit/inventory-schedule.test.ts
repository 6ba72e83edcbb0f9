// When the scheduler starts a run: the daily full run at HH:MM UTC once its minute passes, else an
// incremental run once the interval since the last sweep has gone by.
import { describe, expect, it } from 'vitest';
import { dueRun, fullRunTimeOn } from '@/lib/inventory/sync/scheduler';
import { createCallBudget } from '@/lib/inventory/sync/budget';

const at = (iso: string) => Date.parse(iso);
const settings = { intervalMinutes: 15, fullRunAt: '02:00' };

describe('sync schedule', () => {
  it('the full run is due in the tick that passes its time, once', () => {
    expect(fullRunTimeOn(at('2026-03-04T17:30:00Z'), '02:00')).toBe(at('2026-03-04T02:00:00Z'));
    expect(dueRun(at('2026-03-04T02:00:05Z'), at('2026-03-04T01:59:05Z'), at('2026-03-04T01:55:00Z'), settings)).toBe('full');
    expect(dueRun(at('2026-03-04T02:01:05Z'), at('2026-03-04T02:00:05Z'), at('2026-03-04T02:00:05Z'), settings)).toBeNull();
  });

  it('an incremental run is due once the interval has passed since the last sweep', () => {
    expect(dueRun(at('2026-03-04T10:14:00Z'), at('2026-03-04T10:13:00Z'), at('2026-03-04T10:00:00Z'), settings)).toBeNull();
    expect(dueRun(at('2026-03-04T10:15:00Z'), at('2026-03-04T10:14:00Z'), at('2026-03-04T10:00:00Z'), settings)).toBe('incremental');
  });
});

describe('call budget', () => {
  it('lets a burst through, then paces calls at the budget', async () => {
    let now = 0;
    const budget = createCallBudget(60, () => now); // one a second, a burst of 3
    for (let i = 0; i < 3; i++) await budget.take();
    let fourth = false;
    const pending = budget.take().then(() => (fourth = true));
    await Promise.resolve();
    expect(fourth).toBe(false);
    now = 1000; // a second later there is a token again
    await pending;
    expect(fourth).toBe(true);
  });
});
