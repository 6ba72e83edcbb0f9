// A response's text for secret scans: a request cut off by a reload or navigation (a link prefetch)
// never yields its body, so each is awaited a bounded time and counts as empty after it.
import type { Response } from '@playwright/test';

export function bodyText(res: Response, waitMs = 5_000): Promise<string> {
  return Promise.race([res.text().catch(() => ''), new Promise<string>((resolve) => setTimeout(() => resolve(''), waitMs))]);
}
