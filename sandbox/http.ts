// Wire helpers: JSON answers, the error shape of the contract, bodies and query values.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

// Thrown by handlers; the router turns it into the standard error body.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: unknown, // another shape, e.g. the gateway's key error
  ) {
    super(message);
  }
}

export type Ctx = {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string; // full request path, for error bodies
  route: string; // '/subscriptions/{id}'
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  correlationId: string;
  now: number;
};

export const newCorrelationId = (): string => randomUUID();

/** `body` as JSON; a Buffer is a body already serialised as UTF-8 JSON (listBytes) and is sent as it is. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(data), ...headers });
  res.end(data);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), ...headers });
  res.end(html);
}

export function errorBody(status: number, message: string, path: string, correlationId: string, now: number) {
  return { timeStamp: new Date(now).toISOString(), status, message, path, correlationId };
}

export const gatewayHtml = (status: number, title: string): string =>
  `<!DOCTYPE html><html><head><title>${status} ${title}</title></head><body><h1>${status} ${title}</h1><p>The upstream server did not answer in time.</p></body></html>`;

export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
}

// offset/limit as the API reads them: default 10, larger than 500 is clamped.
export function paging(query: URLSearchParams): { offset: number; limit: number } {
  const offset = intParam(query, 'offset', 0);
  const limit = intParam(query, 'limit', 10);
  if (offset < 0) throw new ApiError(400, 'offset must be 0 or greater.');
  if (limit < 1) throw new ApiError(400, 'limit must be 1 or greater.');
  return { offset, limit: Math.min(limit, 500) };
}

function intParam(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ApiError(400, `${name} must be an integer.`);
  return Number(raw);
}

// Enum filters take exactly one value; a comma list is a 400 as on the live API.
export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw.includes(',')) throw new ApiError(400, `${name} takes a single value; '${raw}' is a list. Ask once per value.`);
  if (!allowed.includes(raw as T)) throw new ApiError(400, `${name} must be one of: ${allowed.join(', ')}.`);
  return raw as T;
}

export function timeParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) throw new ApiError(400, `${name} must be an ISO-8601 date or date-time.`);
  return t;
}

export const list = <T>(items: T[], offset: number, limit: number, total: number) => ({ data: items, pagination: { offset, limit, total } });

const LIST_START = Buffer.from('{"data":[');
const COMMA = Buffer.from(',');

/** `list()` of rows already serialised, as the same JSON bytes (sendJson sends a Buffer as it is). */
export function listBytes(rows: Buffer[], offset: number, limit: number, total: number): Buffer {
  const parts: Buffer[] = [LIST_START];
  rows.forEach((row, i) => (i === 0 ? parts.push(row) : parts.push(COMMA, row)));
  parts.push(Buffer.from(`],"pagination":${JSON.stringify({ offset, limit, total })}}`));
  return Buffer.concat(parts);
}
