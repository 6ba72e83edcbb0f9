import 'server-only';
// A connection test against someone else's host shows only a short status line: whatever that
// host says (texts, names, ids) could be crafted for the admin's screen or the audit log.
import type { ClientOptions } from '../connection';
import { hostKind } from '../regions';
import type { ConnectionStep, ConnectionTestResult } from '../types';

/** Whether a base URL's answers are shown as they are: Ingram's own hosts and the trusted loopback. */
export function isTrustedHost(baseUrl: string, options: Pick<ClientOptions, 'trustedLoopback'>): boolean {
  const kind = hostKind(baseUrl);
  if (kind === 'ingram') return true;
  if (kind === 'custom') return false;
  const clean = baseUrl.trim().replace(/\/+$/, '');
  return !options.trustedLoopback || options.trustedLoopback.includes(clean);
}

const sanitise = (text: string, max = 60) => text.replace(/[^\w .,:()'&-]/g, '').slice(0, max);

function statusLine(s: ConnectionStep): ConnectionStep {
  const { correlationId: _dropped, ...rest } = s;
  if (s.ok) return { ...rest, detail: sanitise(s.detail) };
  // No HTTP answer: the detail is the app's own words (unreachable, timed out, bad URL).
  if (s.status === undefined) return { ...rest, detail: s.detail.slice(0, 160) };
  return { ...rest, detail: `${s.status >= 200 && s.status < 300 ? 'unreadable answer' : 'refused'}: HTTP ${s.status}` };
}

/** The result with every foreign word replaced by a short status line. */
export function foreignResult(result: ConnectionTestResult): ConnectionTestResult {
  const { error, reseller, ...rest } = result;
  return {
    ...rest,
    steps: result.steps.map(statusLine),
    ...(reseller ? { reseller: { id: sanitise(reseller.id, 40), name: sanitise(reseller.name) } } : {}),
    ...(error?.status !== undefined
      ? { error: { operation: error.operation, kind: error.kind, retryable: error.retryable, status: error.status, message: `The host answered HTTP ${error.status}` } }
      : error
        ? { error }
        : {}),
  };
}
