import 'server-only';
// One HTTP exchange with Microsoft, with a timeout covering the body; and the errors its answers mean.
import { randomUUID } from 'node:crypto';
import { UPSTREAM_TIMEOUT, upstreamRequest } from '@/lib/http/upstream';
import { MicrosoftError } from './errors';

export type Answer = { status: number; headers: Headers; json: unknown; text: string; clientRequestId: string };

type Exchange = { operation: string; tenantId?: string; url: string; method: 'GET' | 'POST'; headers?: Record<string, string>; form?: Record<string, string>; timeoutMs: number };

export async function exchange(x: Exchange): Promise<Answer> {
  const clientRequestId = randomUUID();
  try {
    const res = await upstreamRequest({
      url: x.url,
      method: x.method,
      headers: {
        Accept: 'application/json',
        'client-request-id': clientRequestId,
        ...(x.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        ...x.headers,
      },
      body: x.form ? new URLSearchParams(x.form).toString() : undefined,
      timeoutMs: x.timeoutMs,
    });
    const text = res.text;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, json, text, clientRequestId };
  } catch (e) {
    const base = { operation: x.operation, tenantId: x.tenantId, clientRequestId };
    if ((e as { code?: unknown }).code === UPSTREAM_TIMEOUT) throw new MicrosoftError({ ...base, kind: 'timeout', detail: `no answer within ${Math.round(x.timeoutMs / 1000)} s` });
    throw new MicrosoftError({ ...base, kind: 'unreachable', detail: `Microsoft could not be reached at ${new URL(x.url).origin}` });
  }
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** A Graph error answer: {"error": {code, message, innerError: {request-id, client-request-id}}}. */
export function graphError(operation: string, tenantId: string | undefined, a: Answer): MicrosoftError {
  const error = obj(obj(a.json).error);
  const inner = obj(error.innerError);
  const code = str(error.code);
  const kind = a.status === 403 ? 'permission' : a.status === 429 || a.status === 503 ? 'throttled' : a.status === 401 ? 'auth' : 'http';
  return new MicrosoftError({
    operation,
    kind,
    tenantId,
    status: a.status,
    code,
    upstreamMessage: str(error.message) ?? (a.json === undefined && a.text ? `an answer that is not JSON (${a.headers.get('content-type') ?? 'no content type'})` : undefined),
    correlationId: a.headers.get('request-id') ?? str(inner['request-id']),
    clientRequestId: a.headers.get('client-request-id') ?? str(inner['client-request-id']) ?? a.clientRequestId,
  });
}

const AADSTS_KINDS: Record<number, MicrosoftError['kind']> = { 7000215: 'wrong-secret', 7000222: 'secret-expired', 90002: 'tenant-not-found' };

/** An identity platform refusal: {error, error_description "AADSTSnnn: ...", error_codes, correlation_id}. */
export function tokenError(operation: string, tenantId: string, isPartner: boolean, a: Answer): MicrosoftError {
  const body = obj(a.json);
  const codes = Array.isArray(body.error_codes) ? body.error_codes.filter((c): c is number => typeof c === 'number') : [];
  const description = str(body.error_description);
  const aadsts = codes[0] ?? Number(/AADSTS(\d+)/.exec(description ?? '')?.[1] ?? NaN);
  let kind: MicrosoftError['kind'] = AADSTS_KINDS[aadsts] ?? (a.status === 429 || a.status >= 500 ? 'http' : 'auth');
  if (aadsts === 700016) kind = isPartner ? 'unknown-app' : 'not-consented';
  return new MicrosoftError({
    operation,
    kind,
    tenantId,
    status: a.status,
    code: str(body.error),
    aadsts: Number.isFinite(aadsts) ? aadsts : undefined,
    upstreamMessage: description ?? (a.json === undefined ? `an answer that is not JSON (HTTP ${a.status})` : undefined),
    correlationId: str(body.correlation_id) ?? a.headers.get('x-ms-request-id') ?? undefined,
    clientRequestId: a.clientRequestId,
  });
}
