import 'server-only';

export type IngramErrorKind = 'unreachable' | 'timeout' | 'http' | 'malformed' | 'auth' | 'disabled' | 'unconfigured' | 'config';

export type IngramErrorInit = {
  operation: string;
  kind: IngramErrorKind;
  status?: number;
  upstreamMessage?: string;
  correlationId?: string;
  retryable?: boolean;
  /** Low-level network code (ECONNREFUSED, ...): tells "never connected" from "connection lost". */
  networkCode?: string;
  /** Whether the error body was JSON (the API's own answer) or text (often a gateway's page). */
  bodyFormat?: 'json' | 'text';
  /** Plain detail for kinds without an upstream answer (timeout, config, ...). */
  detail?: string;
  /** A throttled answer's Retry-After, in seconds, when it gave one. */
  retryAfterSeconds?: number;
};

/** What a browser may see of an Ingram failure: no stack, no URL, no secret. */
export type PublicIngramError = {
  operation: string;
  message: string;
  status?: number;
  correlationId?: string;
  retryable: boolean;
  kind: IngramErrorKind;
};

/** The one error every Ingram call fails with. */
export class IngramError extends Error {
  readonly operation: string;
  readonly kind: IngramErrorKind;
  readonly status?: number;
  readonly upstreamMessage?: string;
  readonly correlationId?: string;
  readonly retryable: boolean;
  readonly networkCode?: string;
  readonly detail?: string;
  readonly bodyFormat?: 'json' | 'text';
  readonly retryAfterSeconds?: number;

  constructor(init: IngramErrorInit) {
    super(describe(init));
    this.name = 'IngramError';
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.upstreamMessage = init.upstreamMessage;
    this.correlationId = init.correlationId;
    this.retryable = init.retryable ?? defaultRetryable(init);
    this.networkCode = init.networkCode;
    this.detail = init.detail;
    this.bodyFormat = init.bodyFormat;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The same failure, told as part of another operation (a token failure while listing, ...). */
  during(operation: string): IngramError {
    if (operation === this.operation) return this;
    return new IngramError({ ...this.init(), operation });
  }

  private init(): IngramErrorInit {
    const { operation, kind, status, upstreamMessage, correlationId, retryable, networkCode, detail, bodyFormat, retryAfterSeconds } = this;
    return { operation, kind, status, upstreamMessage, correlationId, retryable, networkCode, detail, bodyFormat, retryAfterSeconds };
  }

  toPublic(): PublicIngramError {
    return {
      operation: this.operation,
      message: this.message,
      ...(this.status !== undefined ? { status: this.status } : {}),
      ...(this.correlationId ? { correlationId: this.correlationId } : {}),
      retryable: this.retryable,
      kind: this.kind,
    };
  }
}

export function isIngramError(e: unknown): e is IngramError {
  return e instanceof IngramError;
}

function defaultRetryable(init: IngramErrorInit): boolean {
  if (init.kind === 'unreachable' || init.kind === 'timeout') return true;
  if (init.kind === 'http' && init.status !== undefined) return init.status === 429 || init.status >= 500;
  return false;
}

const KIND_TEXT: Record<IngramErrorKind, string> = {
  unreachable: 'Ingram Micro could not be reached',
  timeout: 'Ingram Micro did not answer in time',
  http: 'Ingram Micro refused the request',
  malformed: 'Ingram Micro answered with something the app cannot read',
  auth: 'Ingram Micro refused the credentials',
  disabled: 'The Ingram Micro integration is turned off in the settings',
  unconfigured: 'The Ingram Micro integration is not set up yet',
  config: 'The Ingram Micro settings are not valid',
};

function describe(init: IngramErrorInit): string {
  const what = init.upstreamMessage ?? init.detail ?? KIND_TEXT[init.kind];
  const facts = [init.status !== undefined ? `HTTP ${init.status}` : undefined, init.correlationId ? `correlation id ${init.correlationId}` : undefined].filter(Boolean);
  return `${capitalise(init.operation)} failed: ${what}${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
