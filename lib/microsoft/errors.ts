import 'server-only';
// The one error every Microsoft call fails with: what failed, why in plain words, HTTP status and ids.

export type MicrosoftErrorKind =
  | 'unknown-app' // AADSTS700016 in the partner tenant: the client id is not registered there
  | 'not-consented' // AADSTS700016 in a customer tenant: the app is not consented there
  | 'wrong-secret' // AADSTS7000215
  | 'secret-expired' // AADSTS7000222
  | 'tenant-not-found' // AADSTS90002
  | 'auth' // any other token refusal, or a token Graph keeps refusing
  | 'permission' // Graph 403 Authorization_RequestDenied
  | 'throttled' // 429/503 still after the allowed retries
  | 'http'
  | 'unreachable'
  | 'timeout'
  | 'malformed'
  | 'unconfigured'
  | 'config';

export type MicrosoftErrorInit = {
  operation: string;
  kind: MicrosoftErrorKind;
  tenantId?: string;
  status?: number;
  /** Graph's error.code or the identity platform's error (invalid_client, ...). */
  code?: string;
  /** AADSTS number for token refusals. */
  aadsts?: number;
  upstreamMessage?: string;
  /** Graph's request-id, or the identity platform's correlation_id. */
  correlationId?: string;
  clientRequestId?: string;
  detail?: string;
};

export type PublicMicrosoftError = {
  operation: string;
  kind: MicrosoftErrorKind;
  message: string;
  reason: string;
  tenantId?: string;
  status?: number;
  code?: string;
  correlationId?: string;
  clientRequestId?: string;
};

const REASONS: Record<MicrosoftErrorKind, string> = {
  'unknown-app': 'unknown app: the client id is not registered in the partner tenant; check the client id',
  'not-consented': 'not consented: the app has no consent in this tenant; grant admin consent (GDAP / partner consent) for the app there',
  'wrong-secret': 'wrong secret: the client secret was refused; paste the secret value (not its id) again',
  'secret-expired': 'the client secret has expired; create a new secret for the app and save it here',
  'tenant-not-found': 'tenant not found: check the tenant id',
  auth: 'the identity platform refused the app',
  permission: 'missing permission: the app lacks a Graph application permission in this tenant; add it and grant admin consent',
  throttled: 'Microsoft is throttling this tenant; try again later',
  http: 'Microsoft refused the request',
  unreachable: 'Microsoft could not be reached',
  timeout: 'Microsoft did not answer in time',
  malformed: 'Microsoft answered with something the app cannot read',
  unconfigured: 'the Microsoft connection is not set up yet; enter it in Settings > Integrations > Microsoft',
  config: 'the Microsoft settings are not valid',
};

export class MicrosoftError extends Error {
  readonly operation: string;
  readonly kind: MicrosoftErrorKind;
  readonly tenantId?: string;
  readonly status?: number;
  readonly code?: string;
  readonly aadsts?: number;
  readonly upstreamMessage?: string;
  readonly correlationId?: string;
  readonly clientRequestId?: string;
  readonly detail?: string;

  constructor(init: MicrosoftErrorInit) {
    super(describe(init));
    this.name = 'MicrosoftError';
    Object.assign(this, init);
    this.operation = init.operation;
    this.kind = init.kind;
  }

  /** Why it failed, in the terms of the settings page. */
  get reason(): string {
    return this.detail ?? REASONS[this.kind];
  }

  /** The shape action results carry for any upstream failure (message, HTTP status, correlation id). */
  toUpstream(): { operation: string; message: string; status?: number; correlationId?: string; retryable: boolean } {
    return JSON.parse(
      JSON.stringify({
        operation: this.operation,
        message: `${this.message}. Why: ${this.reason}.`,
        status: this.status,
        correlationId: this.correlationId,
        retryable: ['throttled', 'unreachable', 'timeout', 'http'].includes(this.kind),
      }),
    ) as ReturnType<MicrosoftError['toUpstream']>;
  }

  toPublic(): PublicMicrosoftError {
    const { operation, kind, tenantId, status, code, correlationId, clientRequestId } = this;
    return JSON.parse(JSON.stringify({ operation, kind, message: this.message, reason: this.reason, tenantId, status, code, correlationId, clientRequestId })) as PublicMicrosoftError;
  }
}

export function isMicrosoftError(e: unknown): e is MicrosoftError {
  return e instanceof MicrosoftError;
}

function describe(init: MicrosoftErrorInit): string {
  const what = init.upstreamMessage ? firstLine(init.upstreamMessage) : (init.detail ?? REASONS[init.kind]);
  const facts = [
    init.tenantId ? `tenant ${init.tenantId}` : undefined,
    init.status !== undefined ? `HTTP ${init.status}` : undefined,
    init.correlationId ? `request id ${init.correlationId}` : undefined,
  ].filter(Boolean);
  return `${init.operation.charAt(0).toUpperCase()}${init.operation.slice(1)} failed: ${what}${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

// AADSTS descriptions end with Trace ID / Correlation ID / Timestamp lines: the ids are kept separately.
function firstLine(text: string): string {
  return text.replace(/\s+Trace ID:.*$/s, '').trim();
}
