import 'server-only';
// A token bucket for the sync's upstream calls: at most `perMinute` a minute, a small burst,
// so the sync never takes the whole Ingram rate limit and a person's clicks go first.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type CallBudget = { take(): Promise<void>; readonly perMinute: number };

export function createCallBudget(perMinute: number, now: () => number = Date.now): CallBudget {
  const ratePerMs = perMinute / 60_000;
  // A burst of a few seconds' worth, never less than one call.
  const capacity = Math.max(1, Math.min(perMinute, Math.ceil(perMinute / 20)));
  let tokens = capacity;
  let last = now();
  let queue: Promise<void> = Promise.resolve();

  function refill(): void {
    const t = now();
    tokens = Math.min(capacity, tokens + (t - last) * ratePerMs);
    last = t;
  }

  async function takeOne(): Promise<void> {
    for (;;) {
      refill();
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep(Math.ceil((1 - tokens) / ratePerMs));
    }
  }

  return {
    perMinute,
    // Callers wait in line, so none is starved by a luckier one.
    take() {
      const turn = queue.then(takeOne);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
