// An audit row's before and after as a person reads them: "Seats 10 → 8, Auto-renew on → off".
// Safe for the browser; pure (the rows are described on the server and in the CSV the same way).

/** Words for the keys the app writes; any other key is spelled out from its camelCase. */
const LABELS: Record<string, string> = {
  quantity: 'Seats',
  autoRenew: 'Auto-renew',
  status: 'Status',
  state: 'Order',
  kind: 'Change',
  scheduledOn: 'Scheduled for',
  customerName: 'Customer',
  customerId: 'Customer id',
  method: 'Mapped',
  role: 'Role',
  disabled: 'Account disabled',
  displayName: 'Name',
  defaultDomain: 'Domain',
  attempts: 'Attempts',
  changed: 'Changed',
  enabled: 'Enabled',
  mpn: 'MPN',
};

/** Keys that identify a record rather than describe the change: the audit row shows them elsewhere or not at all. */
const HIDDEN = new Set(['orderId', 'orderNumber', 'poNumber', 'requestKey', 'correlationId', 'tenantId', 'id', 'productName']);

function label(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value as a word: on/off for flags, a dash for nothing, lists joined. */
export function valueWord(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length ? value.map(valueWord).join(', ') : '–';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The change in words. A key in both shows "Label before → after" (left out when equal), a key only
 * after shows "Label: value", a key only before shows "Label was value".
 */
export function describeChange(before: unknown, after: unknown): string {
  if (before == null && after == null) return '';
  if (!isRecord(before) && !isRecord(after)) return `${valueWord(before)} → ${valueWord(after)}`;
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HIDDEN.has(k));
  const parts: string[] = [];
  for (const key of keys) {
    const inBefore = key in b && b[key] !== undefined;
    const inAfter = key in a && a[key] !== undefined;
    if (inBefore && inAfter) {
      if (!same(b[key], a[key])) parts.push(`${label(key)} ${valueWord(b[key])} → ${valueWord(a[key])}`);
    } else if (inAfter) {
      if (a[key] !== null) parts.push(`${label(key)}: ${valueWord(a[key])}`);
    } else if (inBefore && b[key] !== null) {
      parts.push(`${label(key)} was ${valueWord(b[key])}`);
    }
  }
  return parts.join(', ');
}

/** A product name found in the row's own details, if it carries one. */
export function productNameIn(...values: unknown[]): string | null {
  for (const v of values) {
    if (!isRecord(v)) continue;
    if (typeof v.productName === 'string' && v.productName) return v.productName;
    if (isRecord(v.product) && typeof v.product.name === 'string' && v.product.name) return v.product.name;
  }
  return null;
}
