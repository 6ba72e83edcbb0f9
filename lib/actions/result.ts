// The typed result every server action returns. Safe for the browser.
export type UpstreamErrorInfo = {
  operation: string;
  message: string;
  status?: number;
  correlationId?: string;
  retryable: boolean;
};

export type ActionErrorCode = 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UPSTREAM' | 'DISABLED' | 'FAILED';

export type ActionFailure = {
  ok: false;
  code: ActionErrorCode;
  error: string;
  fieldErrors?: Record<string, string[]>;
  upstream?: UpstreamErrorInfo;
  /** An unexpected failure's short reference, also in the server log and the audit row. */
  reference?: string;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function fail(code: ActionErrorCode, error: string, extra?: Partial<Pick<ActionFailure, 'fieldErrors' | 'upstream' | 'reference'>>): ActionFailure {
  return { ok: false, code, error, ...extra };
}

/** The success half, so every action says what it returns. */
export const ok = <T>(data: T): { ok: true; data: T } => ({ ok: true, data });
