import 'server-only';
// "Test connection": a fresh token, then GET /resellers, reporting which step failed and why.
import type { ClientOptions, IngramConnection } from '../connection';
import { checkedBaseUrl } from '../connection';
import { correlationIdOf } from '../response-body';
import { IngramError, isIngramError } from '../errors';
import { exchange, httpError } from '../http';
import { requestToken } from '../token';
import type { ConnectionStep, ConnectionTestResult } from '../types';
import { foreignResult, isTrustedHost } from './foreign-answer';
import { wireList } from '../wire/common';
import { wireReseller } from '../wire/resources';

const OPERATION = 'test the connection';

/** Why a call was refused, in the terms of the settings page. */
function refusalReason(e: IngramError, step: 'token' | 'resource'): string {
  const said = e.upstreamMessage ? `: ${e.upstreamMessage}` : '';
  if (/marketplace/i.test(e.upstreamMessage ?? '')) return `wrong marketplace${said}`;
  if (/subscription key/i.test(e.upstreamMessage ?? '')) return `bad subscription key${said}`;
  if (e.status === 401 && step === 'resource') return `bad subscription key: the token was granted but the resource call was refused${said}`;
  if (e.status === 401) return `bad credentials: the API username, password or subscription key was refused${said}`;
  return e.message;
}

function failedStep(step: ConnectionStep['step'], ms: number, detail: string, e?: IngramError): ConnectionStep {
  return { step, ok: false, ms, detail, status: e?.status, correlationId: e?.correlationId };
}

export async function testConnection(conn: IngramConnection, options: ClientOptions): Promise<ConnectionTestResult> {
  const result = await runTest(conn, options);
  return isTrustedHost(conn.baseUrl, options) ? result : foreignResult(result);
}

async function runTest(conn: IngramConnection, options: ClientOptions): Promise<ConnectionTestResult> {
  const steps: ConnectionStep[] = [];
  const done = (error?: unknown): ConnectionTestResult => ({
    ok: steps.every((s) => s.ok),
    steps,
    ...(isIngramError(error) ? { error: error.during(OPERATION).toPublic() } : {}),
  });
  // Single attempts: the person pressing "Test" wants the first answer, not a retry loop.
  const once = { ...options, maxRetries: 0 };

  let started = options.now();
  let token: string;
  try {
    token = (await requestToken(conn, once)).token;
    steps.push({ step: 'reach', ok: true, ms: options.now() - started, detail: 'Ingram Micro answered' });
    steps.push({ step: 'token', ok: true, ms: options.now() - started, detail: 'a new access token was granted' });
  } catch (e) {
    if (!isIngramError(e)) throw e;
    const ms = options.now() - started;
    if (e.kind === 'config' || e.kind === 'unreachable' || e.kind === 'timeout') {
      steps.push(failedStep('reach', ms, `unreachable: ${e.detail ?? e.message}`, e));
      return done(e);
    }
    steps.push({ step: 'reach', ok: true, ms, detail: `Ingram Micro answered (HTTP ${e.status ?? '?'})` });
    steps.push(failedStep('token', ms, refusalReason(e, 'token'), e));
    return done(e);
  }

  started = options.now();
  try {
    const answer = await exchange({
      operation: 'list reseller accounts',
      method: 'GET',
      url: `${checkedBaseUrl(conn.baseUrl, OPERATION)}/resellers?offset=0&limit=10`,
      headers: { Authorization: `Bearer ${token}`, 'X-Subscription-Key': conn.subscriptionKey },
      timeoutMs: once.timeoutMs,
    });
    if (answer.status < 200 || answer.status >= 300) throw httpError('list reseller accounts', answer);
    const parsed = answer.body.kind === 'json' ? wireList(wireReseller).safeParse(answer.body.value) : undefined;
    if (!parsed?.success)
      throw new IngramError({
        operation: 'list reseller accounts',
        kind: 'malformed',
        status: answer.status,
        correlationId: correlationIdOf(answer.body, answer.headers),
        detail: 'the reseller list could not be read',
      });
    const first = parsed.data.data[0];
    if (!first) {
      steps.push(failedStep('resource', options.now() - started, 'wrong marketplace: no reseller account was found for these settings'));
      return done();
    }
    steps.push({ step: 'resource', ok: true, ms: options.now() - started, detail: `reseller account ${first.name ?? first.id} found` });
    return { ...done(), reseller: { id: first.id, name: first.name ?? `Reseller ${first.id}` } };
  } catch (e) {
    if (!isIngramError(e)) throw e;
    steps.push(failedStep('resource', options.now() - started, e.status ? refusalReason(e, 'resource') : `unreachable: ${e.detail ?? e.message}`, e));
    return done(e);
  }
}
