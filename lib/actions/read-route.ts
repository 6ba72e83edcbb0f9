// The browser's side of defineRoute: a GET whose answer is the same ActionResult an action gives.
// Reads go through GET routes, never server actions: Next sends actions one at a time, and a
// person's click must never wait behind a read.
import type { ActionFailure, ActionResult } from './result';

/** A path with its search params (undefined values left out). */
export function routeUrl(path: string, search: Record<string, string | number | boolean | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export async function readRoute<T>(url: string, signal?: AbortSignal): Promise<ActionResult<T>> {
  const res = await fetch(url, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => undefined)) as (Partial<ActionFailure> & Record<string, unknown>) | undefined;
  if (res.ok) return { ok: true, data: body as T };
  return { ok: false, code: body?.code ?? 'FAILED', error: body?.error ?? `Loading failed (HTTP ${res.status}).`, fieldErrors: body?.fieldErrors, upstream: body?.upstream };
}
