import 'server-only';
// "Test connection": a fresh token, then GET /resellers, reporting which step failed and why.
// One 429 is waited out (a short Retry-After only); nothing else is repeated.
import type { ClientOptions, IngramConnection } from '../connection';
import { checkedBaseUrl } from '../connection';
import { correlationIdOf } from '../response-body';
import { IngramError, isIngramError } from '../errors';
import { httpError } from '../http';
import { sendWithRetries } from '../retry';
import { requestToken } from '../token';
import type { ConnectionStep, ConnectionTestResult } from '../types';
import { foreignResult, isTrustedHost } from './foreign-answer';
import { wireList } from '../wire/common';
import { wireReseller } from '../wire/resources';

const OPERATION = 'test the connection';

/** The longest Retry-After the test waits out once before it reports the throttling. */
export const CONNECTION_TEST_MAX_WAIT_MS = 5_000;

type Refusal = { cause: NonNullable<ConnectionStep['cause']>; detail: string };

/**
 * Why a call was refused, in the terms of the settings page. Each cause names only itself: a
 * wrong password never suggests the marketplace code, nor a wrong marketplace the password.
 */
function refusal(e: IngramError, step: 'token' | 'resource', marketplace: string): Refusal {
  const said = e.upstreamMessage ? ` Ingram Micro said: ${e.upstreamMessage}` : '';
  const upstream = e.upstreamMessage ?? '';
  if (e.status === 429) {
    const after = e.retryAfterSeconds;
    const detail =
      after !== undefined && after * 1000 > CONNECTION_TEST_MAX_WAIT_MS
        ? `throttled: Ingram Micro is limiting requests (HTTP 429) and asked to wait ${after} s, longer than the test waits; test again after that.`
        : `throttled: Ingram Micro is limiting requests (HTTP 429) and still was after one wait; test again in a minute.`;
    return { cause: 'throttled', detail: `${detail}${said}` };
  }
  if (/subscription key/i.test(upstream) || (e.status === 401 && step === 'resource')) {
    return { cause: 'subscription-key', detail: `bad subscription key: Ingram Micro did not accept the subscription key.${said}` };
  }
  if (/marketplace/i.test(upstream) || (e.status === 403 && step === 'token')) {
    return { cause: 'marketplace', detail: `wrong marketplace: the API account does not belong to marketplace '${marketplace}'.${said}` };
  }
  if (e.status === 401) return { cause: 'credentials', detail: `wrong API username or password: Ingram Micro did not accept them.${said}` };
  return { cause: 'other', detail: e.message };
}

function failedStep(step: ConnectionStep['step'], ms: number, why: Refusal, e?: IngramError): ConnectionStep {
  return { step, ok: false, ms, detail: why.detail, cause: why.cause, status: e?.status, correlationId: e?.correlationId };
}

const unreachable = (e: IngramError): Refusal => ({ cause: 'unreachable', detail: `unreachable: ${e.detail ?? e.message}` });

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
  // The person pressing "Test" wants the first answer: no retry loop, but one short throttle is waited out.
  const once = { ...options, maxRetries: 1, throttledOnly: true, maxRetryAfterMs: Math.min(options.maxRetryAfterMs, CONNECTION_TEST_MAX_WAIT_MS) };

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
      steps.push(failedStep('reach', ms, unreachable(e), e));
      return done(e);
    }
    steps.push({ step: 'reach', ok: true, ms, detail: `Ingram Micro answered (HTTP ${e.status ?? '?'})` });
    steps.push(failedStep('token', ms, refusal(e, 'token', conn.marketplace), e));
    return done(e);
  }

  started = options.now();
  try {
    const answer = await sendWithRetries(
      {
        operation: 'list reseller accounts',
        method: 'GET',
        url: `${checkedBaseUrl(conn.baseUrl, OPERATION)}/resellers?offset=0&limit=10`,
        headers: { Authorization: `Bearer ${token}`, 'X-Subscription-Key': conn.subscriptionKey },
        timeoutMs: once.timeoutMs,
      },
      once,
    );
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
      const detail = `wrong marketplace: no reseller account was found in marketplace '${conn.marketplace}'.`;
      steps.push(failedStep('resource', options.now() - started, { cause: 'marketplace', detail }));
      return done();
    }
    steps.push({ step: 'resource', ok: true, ms: options.now() - started, detail: `reseller account ${first.name ?? first.id} found` });
    return { ...done(), reseller: { id: first.id, name: first.name ?? `Reseller ${first.id}` } };
  } catch (e) {
    if (!isIngramError(e)) throw e;
    steps.push(failedStep('resource', options.now() - started, e.status ? refusal(e, 'resource', conn.marketplace) : unreachable(e), e));
    return done(e);
  }
}
