// One row of the final table: what was measured, what the floor is, and whether the target holds.

export type Figure = {
  scenario: string;
  /** What the row measures, e.g. "server, N=40". */
  label: string;
  unit: 'ms' | 'req/s' | 'KB' | 'calls';
  median?: number;
  p95?: number;
  floor?: number;
  /** measured / floor (median / floor for times). */
  ratio?: number;
  /** Upstream calls made by one run, and the fewest that could do the job. */
  calls?: number;
  minCalls?: number;
  target?: string;
  /** undefined when the row has no target of its own. */
  met?: boolean;
  note?: string;
  error?: string;
};

export function errorFigure(scenario: string, label: string, err: unknown): Figure {
  const message = err instanceof Error ? err.message : String(err);
  return { scenario, label, unit: 'ms', error: message.split('\n')[0]!.slice(0, 160) };
}

export const round = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? undefined : Math.round(v * 10 ** digits) / 10 ** digits);

/**
 * A sync's floor: its tenants in waves of `tenantConcurrency`, each wave `rounds` round trips of L,
 * or the call budget's own pace, whichever is slower.
 */
export function syncFloor(o: { L: number; rounds: number; tenants: number; tenantConcurrency: number; calls: number; budgetPerMinute: number }): number {
  const latencyFloor = o.L * o.rounds * Math.ceil(o.tenants / o.tenantConcurrency);
  const budgetFloor = (o.calls / o.budgetPerMinute) * 60_000;
  return Math.round(Math.max(latencyFloor, budgetFloor));
}
