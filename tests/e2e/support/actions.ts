// Black-box server-action checks: capture the request the browser sends for an action,
// then replay it with another role's session (or none) exactly as an attacker would.
import fs from 'node:fs';
import { expect, request as playwrightRequest, type Page, type Request } from '@playwright/test';
import { authFile, type Role } from './auth';

export type CapturedAction = { url: string; headers: Record<string, string>; body: string; actionId: string };

/** Runs `trigger` and returns the first server-action POST the page sends while it runs. */
export async function captureAction(page: Page, trigger: () => Promise<unknown>): Promise<CapturedAction> {
  const seen = new Promise<Request>((resolve) => {
    const listener = (req: Request) => {
      if (req.method() === 'POST' && req.headers()['next-action']) {
        page.off('request', listener);
        resolve(req);
      }
    };
    page.on('request', listener);
  });
  await trigger();
  const req = await seen;
  const headers = req.headers();
  return { url: req.url(), headers, body: req.postData() ?? '', actionId: headers['next-action']! };
}

/** Replays a captured action with `role`'s saved session, or with no session at all. */
export async function replayAction(captured: CapturedAction, role: Role | 'anonymous'): Promise<{ status: number; text: string }> {
  const storageState = role === 'anonymous' ? undefined : JSON.parse(fs.readFileSync(authFile(role), 'utf8'));
  const ctx = await playwrightRequest.newContext({ storageState });
  try {
    const headers: Record<string, string> = {
      'next-action': captured.actionId,
      accept: 'text/x-component',
      'content-type': captured.headers['content-type'] ?? 'text/plain;charset=UTF-8',
    };
    if (captured.headers['next-router-state-tree']) headers['next-router-state-tree'] = captured.headers['next-router-state-tree'];
    const res = await ctx.post(captured.url, { headers, data: captured.body });
    return { status: res.status(), text: await res.text() };
  } finally {
    await ctx.dispose();
  }
}

/** Calls an action directly with a hand-made argument list (for bad-input tests). */
export async function callActionWith(captured: CapturedAction, role: Role | 'anonymous', args: unknown[]) {
  return replayAction({ ...captured, body: JSON.stringify(args), headers: { ...captured.headers, 'content-type': 'text/plain;charset=UTF-8' } }, role);
}

/** The replay was refused by the action factory, not merely failed. */
export function expectRefused(result: { status: number; text: string }, code: 'FORBIDDEN' | 'UNAUTHENTICATED' = 'FORBIDDEN') {
  expect(result.status).toBeLessThan(500);
  expect(result.text).toContain(`"code":"${code}"`);
}
