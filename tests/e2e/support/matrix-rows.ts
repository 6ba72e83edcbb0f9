// The role matrix: one row per server action of the app (name as in the code) and per route
// handler. Each row says who may perform it, who must be refused, and a valid argument list
// that WOULD change something (or read something) if a refused caller got through.
import { randomUUID } from 'node:crypto';
import type { Role } from './auth';
import { COHO, NORTHWIND, OTHER_TENANT, type SandboxSubscription } from './matrix-env';

export type Caller = Role | 'anonymous';

/** Ids the rows' arguments refer to, looked up once per run. */
export type MatrixWorld = {
  readonlyUserId: string;
  spareRoleId: number;
  cohoRowId: number;
  /** An active Northwind subscription (Northwind is mapped by the suite). */
  northwindSub: SandboxSubscription;
  /** A subscription of another customer (Contoso Limited). */
  foreignSubId: string;
};

export type MatrixRow = {
  allowed: Role;
  refused: Caller[];
  args: (w: MatrixWorld) => unknown[];
  /** Fields where markup or quotes are legitimate data (they must be shown as text, not refused). */
  freeText?: string[];
  /** Valid-looking calls that reach into another tenant's data: must be refused too. */
  crossTenant?: (w: MatrixWorld) => Array<{ label: string; args: unknown[] }>;
};

// Who may do what, written out here (not read from the permission table) so the two can disagree.
const ANYONE: Pick<MatrixRow, 'allowed' | 'refused'> = { allowed: 'readonly', refused: ['anonymous'] };
const PURCHASERS: Pick<MatrixRow, 'allowed' | 'refused'> = { allowed: 'editor', refused: ['readonly', 'custom', 'anonymous'] };
const ADMINS: Pick<MatrixRow, 'allowed' | 'refused'> = { allowed: 'admin', refused: ['readonly', 'editor', 'custom', 'anonymous'] };
const SUPERADMINS: Pick<MatrixRow, 'allowed' | 'refused'> = { allowed: 'superadmin', refused: ['readonly', 'editor', 'custom', 'admin', 'anonymous'] };

const sub = (w: MatrixWorld) => ({ tenantId: NORTHWIND.tenantId, subscriptionId: w.northwindSub.id });
/** Northwind's subscription under another mapped tenant, and another customer's subscription under Northwind. */
const crossSub = (extra: Record<string, unknown> = {}) => (w: MatrixWorld) => [
  { label: 'another tenant with this subscription', args: [{ ...sub(w), tenantId: OTHER_TENANT.tenantId, ...extra }] },
  { label: "another customer's subscription", args: [{ ...sub(w), subscriptionId: w.foreignSubId, ...extra }] },
];
const purchase = { tenantId: NORTHWIND.tenantId, mpn: 'CFQ7TTC0LCHC:0002', termCode: 'P1Y', billingCode: 'P1M', mode: 'new', quantity: 1 };
const settings = { enabled: false, baseUrlChoice: 'custom', customBaseUrl: 'https://attacker.example/marketplace', username: 'someone', password: '', subscriptionKey: '', marketplace: 'us', purchaseRoles: ['readonly'] };

export const actionRows: Record<string, MatrixRow> = {
  'profile.rememberTenant': { ...ANYONE, args: () => [{ tenantId: COHO.tenantId }] },
  'catalog.search': { ...ANYONE, args: () => [{ query: 'Business Premium' }], freeText: ['query'] },
  'purchase.tenantProducts': { ...ANYONE, args: () => [{ tenantId: NORTHWIND.tenantId }] },
  'orders.refresh': { ...ANYONE, args: () => [{ tenantId: NORTHWIND.tenantId, ref: 'local-1' }] },
  'mappings.refreshCustomers': { ...ANYONE, args: () => [{}] },

  'purchase.estimate': { ...PURCHASERS, args: () => [purchase] },
  'purchase.place': {
    ...PURCHASERS,
    args: () => [{ ...purchase, agreement: true, requestKey: randomUUID() }],
    crossTenant: (w) => [{ label: "seats added to another customer's subscription", args: [{ ...purchase, mode: 'add-seats', subscriptionId: w.foreignSubId, agreement: true, requestKey: randomUUID() }] }],
  },
  'licenses.changeContext': { ...PURCHASERS, args: (w) => [sub(w)], crossTenant: crossSub() },
  'licenses.estimateSeats': { ...PURCHASERS, args: (w) => [{ ...sub(w), kind: 'add', seats: 1 }], crossTenant: crossSub({ kind: 'add', seats: 1 }) },
  'licenses.changeSeats': { ...PURCHASERS, args: (w) => [{ ...sub(w), kind: 'add', seats: 1, requestKey: randomUUID() }], crossTenant: (w) => crossSub({ kind: 'add', seats: 1, requestKey: randomUUID() })(w) },
  'licenses.estimateCancellation': { ...PURCHASERS, args: (w) => [sub(w)], crossTenant: crossSub() },
  'licenses.cancel': { ...PURCHASERS, args: (w) => [{ ...sub(w), requestKey: randomUUID() }], crossTenant: (w) => crossSub({ requestKey: randomUUID() })(w) },
  'licenses.setAutoRenew': { ...PURCHASERS, args: (w) => [{ ...sub(w), on: false }], crossTenant: crossSub({ on: false }) },

  'tenants.add': { ...ADMINS, args: () => [{ tenantId: randomUUID(), displayName: 'Matrix Intruder', defaultDomain: 'matrixintruder.onmicrosoft.com' }], freeText: ['displayName'] },
  'tenants.edit': { ...ADMINS, args: (w) => [{ id: w.cohoRowId, displayName: 'Renamed by intruder', defaultDomain: 'renamed.onmicrosoft.com' }], freeText: ['displayName'] },
  'tenants.remove': { ...ADMINS, args: (w) => [{ id: w.cohoRowId }] },
  'tenants.import': { ...ADMINS, args: () => [{ csv: `tenantId,displayName,defaultDomain\n${randomUUID()},Imported Intruder,importedintruder.onmicrosoft.com\n` }], freeText: ['csv'] },
  'mappings.save': { ...ADMINS, args: () => [{ tenantId: COHO.tenantId, customerId: '1000001' }] },
  'mappings.remove': { ...ADMINS, args: () => [{ tenantId: NORTHWIND.tenantId }] },
  'mappings.acceptProposals': { ...ADMINS, args: () => [{ items: [{ tenantId: COHO.tenantId, customerId: '1000001', method: 'name' }] }] },
  'mappings.autoMap.start': { ...ADMINS, args: () => [{}] },
  'mappings.autoMap.batch': { ...ADMINS, args: () => [{ scanId: randomUUID(), customerIds: ['1000001'] }] },
  'mappings.autoMap.finish': { ...ADMINS, args: () => [{ scanId: randomUUID() }] },
  'mappings.customers': { ...ADMINS, args: () => [{}] },
  'integrations.ingram.save': { ...ADMINS, args: () => [settings], freeText: ['username', 'password', 'subscriptionKey'] },
  'integrations.ingram.test': { ...ADMINS, args: () => [{}] },

  'users.add': { ...SUPERADMINS, args: () => [{ email: 'intruder@demo.local', name: 'Intruder', role: 'superadmin', password: 'intruder-Password-1' }], freeText: ['name', 'password'] },
  'users.edit': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, name: 'Promoted', role: 'superadmin' }], freeText: ['name'] },
  'users.resetPassword': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, password: 'intruder-Password-1' }], freeText: ['password'] },
  'users.setDisabled': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, disabled: true }] },
  'users.unlock': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId }] },
  'roles.add': { ...SUPERADMINS, args: () => [{ name: 'Intruder Role', baseRole: 'admin' }] },
  'roles.remove': { ...SUPERADMINS, args: (w) => [{ id: w.spareRoleId }] },
};

/** GET route handlers (URL pattern as in the code) and a concrete URL with real data behind it. */
export type RouteRow = { allowed: Role; refused: Caller[]; url: (w: MatrixWorld) => string };

export const routeRows: Record<string, RouteRow> = {
  '/api/tenants/[tenantId]/licenses': { ...ANYONE, url: () => `/api/tenants/${NORTHWIND.tenantId}/licenses` },
  '/api/orders/[orderId]': { ...ANYONE, url: () => '/api/orders/1' },
  '/settings/logs/export': { ...ADMINS, url: () => '/settings/logs/export' },
};
