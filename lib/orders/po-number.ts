import 'server-only';
import { randomBytes } from 'node:crypto';

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A poNumber unique to one order: `CIPP-<yyyymmdd>-<10 random base32>` (23 chars).
 * The YAML gives no maximum length; short and plain keeps it safe for Ingram's UI and exports.
 */
export function newPoNumber(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const bytes = randomBytes(10);
  const random = Array.from(bytes, (b) => BASE32[b % 32]).join('');
  return `CIPP-${day}-${random}`;
}
