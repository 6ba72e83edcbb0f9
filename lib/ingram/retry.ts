import 'server-only';
// When and how long to wait before repeating a read that was throttled or hit a 5xx.
import { isIngramError } from './errors';
import { exchange, type HttpAnswer, type HttpExchange } from './http';

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with full jitter on the upper half, so parallel callers spread out. */
export function backoffMs(attempt: number, baseMs: number, capMs = 10_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `throttledOnly`: repeat after a 429 only (not after a 5xx or a refused connection). `beforeExchange` runs before every HTTP call (the sync paces itself there). */
export type RetryPolicy = { maxRetries: number; retryBaseMs: number; maxRetryAfterMs: number; now: () => number; throttledOnly?: boolean; beforeExchange?: () => Promise<void> | void };

/**
 * Sends an idempotent request, repeating it after 429, 5xx or a refused connection,
 * at most `maxRetries` times. Never used for writes: a repeated write could act twice.
 */
export async function sendWithRetries(x: HttpExchange, policy: RetryPolicy): Promise<HttpAnswer> {
  for (let attempt = 0; ; attempt++) {
    let answer: HttpAnswer;
    try {
      await policy.beforeExchange?.();
      answer = await exchange(x);
    } catch (e) {
      if (attempt < policy.maxRetries && !policy.throttledOnly && isIngramError(e) && e.kind === 'unreachable') {
        await sleep(backoffMs(attempt, policy.retryBaseMs));
        continue;
      }
      throw e;
    }
    const retryable = policy.throttledOnly ? answer.status === 429 : isRetryableStatus(answer.status);
    if (!retryable || attempt >= policy.maxRetries) return answer;
    const after = retryAfterMs(answer.headers, policy.now());
    // A server asking for a long pause gets its answer passed on rather than a stalled page.
    if (after !== undefined && after > policy.maxRetryAfterMs) return answer;
    await sleep(after !== undefined ? after + Math.round(Math.random() * 100) : backoffMs(attempt, policy.retryBaseMs));
  }
}
