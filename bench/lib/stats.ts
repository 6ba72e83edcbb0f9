// Small statistics for timings: nearest-rank percentiles, as the table prints them.

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: number[]) => percentile(values, 50);
export const p95 = (values: number[]) => percentile(values, 95);

/** Milliseconds since `start` (from performance.now()), to 0.1 ms. */
export const since = (start: number) => Math.round((performance.now() - start) * 10) / 10;

/** Runs `fn` `runs` times in a row and returns each run's duration in ms. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(since(start));
  }
  return out;
}
