// The identity platform's and Graph's error shapes, and JSON answers with Graph's headers.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/** An identity platform refusal: error, AADSTS code and the description format of the live service. */
export class TokenError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly aadsts: number,
    readonly description: string,
  ) {
    super(description);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function graphErrorBody(e: GraphError, now: number, requestId: string, clientRequestId: string) {
  return { error: { code: e.code, message: e.message, innerError: { date: new Date(now).toISOString().replace(/\.\d+Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId } } };
}

export function tokenErrorBody(e: TokenError, now: number) {
  const trace = randomUUID();
  const correlation = randomUUID();
  const stamp = new Date(now).toISOString().replace('T', ' ').replace('Z', 'Z');
  return {
    error: e.error,
    error_description: `AADSTS${e.aadsts}: ${e.description} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${stamp}`,
    error_codes: [e.aadsts],
    timestamp: stamp,
    trace_id: trace,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${e.aadsts}`,
  };
}

export async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
