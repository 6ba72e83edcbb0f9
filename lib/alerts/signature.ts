// The generic webhook's signature (docs/alerts.md): HMAC-SHA256 with the endpoint's secret over
// `${timestamp}.${body}`, hex, sent as `X-Signature: sha256=<hex>` with `X-Signature-Timestamp`
// (Unix seconds). A receiver recomputes it and refuses timestamps older than a few minutes (replay).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Signature';
export const TIMESTAMP_HEADER = 'X-Signature-Timestamp';

export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** A receiver's check: the signature matches and the timestamp is within `toleranceSeconds` of `now`. */
export function verifySignature(secret: string, headers: { signature?: string | null; timestamp?: string | null }, body: string, now = new Date(), toleranceSeconds = 300): boolean {
  const ts = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(ts)) return false;
  if (Math.abs(now.getTime() / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signBody(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
