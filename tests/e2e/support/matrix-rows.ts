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

const microsoftSettings = {
  partnerTenantId: '5f1b6d2e-8c3a-4e7b-9a10-2c4d6e8f0a1b',
  clientId: '8a3c1e5f-2b4d-4f6a-8c0e-1a3b5c7d9e0f',
  clientSecret: '',
  loginBaseUrl: 'https://attacker.example',
  graphBaseUrl: 'https://attacker.example/v1.0',
};

const sub = (w: MatrixWorld) => ({ tenantId: NORTHWIND.tenantId, subscriptionId: w.northwindSub.id });
/** Northwind's subscription under another mapped tenant, and another customer's subscription under Northwind. */
const crossSub =
  (extra: Record<string, unknown> = {}) =>
  (w: MatrixWorld) => [
    { label: 'another tenant with this subscription', args: [{ ...sub(w), tenantId: OTHER_TENANT.tenantId, ...extra }] },
    { label: "another customer's subscription", args: [{ ...sub(w), subscriptionId: w.foreignSubId, ...extra }] },
  ];
const purchase = { tenantId: NORTHWIND.tenantId, mpn: 'CFQ7TTC0LCHC:0002', termCode: 'P1Y', billingCode: 'P1M', mode: 'new', quantity: 1 };
const settings = {
  enabled: false,
  baseUrlChoice: 'custom',
  customBaseUrl: 'https://attacker.example/marketplace',
  username: 'someone',
  password: '',
  subscriptionKey: '',
  marketplace: 'us',
  purchaseRoles: ['readonly'],
};

export const actionRows: Record<string, MatrixRow> = {
  'profile.rememberTenant': { ...ANYONE, args: () => [{ tenantId: COHO.tenantId }] },
  'profile.changePassword': {
    ...ANYONE,
    args: () => [{ currentPassword: 'e2e-Password-123', password: 'Intruder-Chosen-Pass-9', confirm: 'Intruder-Chosen-Pass-9' }],
    freeText: ['currentPassword', 'password', 'confirm'],
  },
  'mappings.refreshCustomers': { ...ANYONE, args: () => [{}] },

  'purchase.place': {
    ...PURCHASERS,
    args: () => [{ ...purchase, agreement: true, requestKey: randomUUID() }],
    crossTenant: (w) => [
      { label: "seats added to another customer's subscription", args: [{ ...purchase, mode: 'add-seats', subscriptionId: w.foreignSubId, agreement: true, requestKey: randomUUID() }] },
    ],
  },
  'licenses.changeSeats': {
    ...PURCHASERS,
    args: (w) => [{ ...sub(w), kind: 'add', seats: 1, requestKey: randomUUID() }],
    crossTenant: (w) => crossSub({ kind: 'add', seats: 1, requestKey: randomUUID() })(w),
  },
  'licenses.cancel': { ...PURCHASERS, args: (w) => [{ ...sub(w), requestKey: randomUUID() }], crossTenant: (w) => crossSub({ requestKey: randomUUID() })(w) },
  // 5000001 is a Contoso order: under Northwind it is another customer's.
  'orders.withdraw': {
    ...PURCHASERS,
    args: () => [{ tenantId: NORTHWIND.tenantId, orderId: '5000001' }],
    crossTenant: () => [{ label: "another customer's order", args: [{ tenantId: NORTHWIND.tenantId, orderId: '5000001' }] }],
  },
  'licenses.setAutoRenew': { ...PURCHASERS, args: (w) => [{ ...sub(w), on: false }], crossTenant: crossSub({ on: false }) },
  // A dry run answers another tenant's subscription as a refused row (ok: true), so it has no cross-tenant cases here.
  'renewals.dryRun': { ...PURCHASERS, args: (w) => [{ subscriptionIds: [w.northwindSub.id], kind: 'decrease', seats: 1 }] },
  'renewals.place': {
    ...PURCHASERS,
    args: (w) => [{ batchId: randomUUID(), ...sub(w), kind: 'decrease', seats: 1 }],
    crossTenant: (w) => crossSub({ batchId: randomUUID(), kind: 'decrease', seats: 1 })(w),
  },

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
  // Valid in shape but refused by the store (a new host without the secret typed again): the suite never changes them.
  'integrations.microsoft.save': { ...ADMINS, args: () => [microsoftSettings], freeText: ['clientSecret'] },
  'integrations.microsoft.test': { ...ADMINS, args: () => [{}] },
  'tenants.syncPartnerCenter': { ...ADMINS, args: () => [{}] },
  'alerts.smtp.save': {
    ...ADMINS,
    args: () => [{ host: 'smtp.attacker.example', port: 25, tlsMode: 'none', username: 'intruder', password: 'intruder-pass', fromAddress: '', digestHourUtc: '7' }],
    freeText: ['username', 'password'],
  },
  'alerts.channel.save': {
    ...ADMINS,
    args: () => [{ name: 'Intruder hook', kind: 'webhook', recipients: '', url: 'https://attacker.example/hook', secret: 'intruder-secret-0123456789', enabled: true }],
    freeText: ['name', 'secret'],
  },
  'alerts.channel.delete': { ...ADMINS, args: () => [{ id: 1 }] },
  'alerts.channel.test': { ...ADMINS, args: () => [{ id: 1 }] },
  'alerts.rule.save': {
    ...ADMINS,
    args: () => [
      {
        name: 'Intruder rule',
        kind: 'tenant.unmapped',
        hours: 24,
        days: 7,
        includeMonthly: false,
        delivery: 'immediate',
        enabled: true,
        channelIds: [1],
        excludedTenants: [],
        excludedProducts: ['Office 365 E1'],
      },
    ],
    freeText: ['name'],
  },
  'alerts.rule.delete': { ...ADMINS, args: () => [{ id: 1 }] },

  'users.add': { ...SUPERADMINS, args: () => [{ email: 'intruder@demo.local', name: 'Intruder', role: 'superadmin', password: 'intruder-Password-1' }], freeText: ['name', 'password'] },
  'users.edit': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, name: 'Promoted', role: 'superadmin' }], freeText: ['name'] },
  'users.resetPassword': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, password: 'intruder-Password-1' }], freeText: ['password'] },
  'users.setDisabled': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId, disabled: true }] },
  'users.unlock': { ...SUPERADMINS, args: (w) => [{ id: w.readonlyUserId }] },
  'roles.add': { ...SUPERADMINS, args: () => [{ name: 'Intruder Role', baseRole: 'admin', tenantScope: 'all', tenantIds: [] }] },
  'roles.edit': { ...SUPERADMINS, args: (w) => [{ id: w.spareRoleId, baseRole: 'admin', tenantScope: 'all', tenantIds: [] }] },
  // The sync's schedule, a sync started now and one tenant's retry: admins only (a refused call must start nothing).
  'inventory.sync.settings': { ...ADMINS, args: () => [{ enabled: false, intervalMinutes: 5, fullRunAt: '03:00', callBudgetPerMinute: 10, staleAfterSeconds: 10 }] },
  'inventory.sync.start': { ...ADMINS, args: () => [{ kind: 'full' }] },
  'inventory.sync.retry': { ...ADMINS, args: () => [{ tenantId: NORTHWIND.tenantId }] },
  'reclaim.setSpareSeats': {
    ...ADMINS,
    args: () => [{ tenantId: NORTHWIND.tenantId, seats: 2 }],
    crossTenant: (w) => [
      { label: "another customer's subscription", args: [{ tenantId: NORTHWIND.tenantId, subscriptionId: w.foreignSubId, seats: 2 }] },
      { label: 'a tenant that does not exist', args: [{ tenantId: '00000000-0000-4000-8000-000000000000', seats: 2 }] },
    ],
  },
  'reclaim.removeSpareSeats': { ...ADMINS, args: () => [{ tenantId: NORTHWIND.tenantId, id: 1 }] },
  'approvals.approve': { ...ADMINS, args: () => [{ id: 1 }] },
  'approvals.reject': { ...ADMINS, args: () => [{ id: 1, reason: 'not needed' }] },
  'integrations.ingram.approvalPolicy': {
    ...ADMINS,
    args: () => [{ enabled: true, maxMonthly: '1', maxTermTotal: '', maxSeats: '', maxTermMonths: '', alwaysForRoles: [], approverRoles: ['readonly'], expiryHours: '24' }],
  },
  'roles.remove': { ...SUPERADMINS, args: (w) => [{ id: w.spareRoleId }] },
  'integrations.ingram.windowLength.save': { ...ADMINS, args: () => [{ mpn: 'CFQ7TTC0LCHC:0002', hours: 72, note: 'Microsoft changed it' }], freeText: ['note'] },
  'integrations.ingram.windowLength.remove': { ...ADMINS, args: () => [{ mpn: 'CFQ7TTC0LCHC:0002' }] },
};

/**
 * GET route handlers (URL pattern as in the code) and a concrete URL with real data behind it;
 * `crossTenant`: valid-looking URLs into another tenant's data, `hostile`: malformed ones. Both
 * must be refused for the allowed role too.
 */
export type RouteRow = {
  allowed: Role;
  refused: Caller[];
  url: (w: MatrixWorld) => string;
  crossTenant?: (w: MatrixWorld) => Array<{ label: string; url: string }>;
  hostile?: (w: MatrixWorld) => Array<{ label: string; url: string }>;
};

const subPath = (w: MatrixWorld, tenantId = NORTHWIND.tenantId, subscriptionId = w.northwindSub.id) => `/api/tenants/${tenantId}/subscriptions/${encodeURIComponent(subscriptionId)}`;
/** The same read under another mapped tenant, and another customer's subscription under Northwind. */
const crossRead = (tail: string) => (w: MatrixWorld) => [
  { label: 'another tenant with this subscription', url: subPath(w, OTHER_TENANT.tenantId) + tail },
  { label: "another customer's subscription", url: subPath(w, NORTHWIND.tenantId, w.foreignSubId) + tail },
];
const badSubscription = (tail: string) => (w: MatrixWorld) => [
  { label: 'tenantId = not a GUID', url: `/api/tenants/not-a-tenant/subscriptions/${w.northwindSub.id}${tail}` },
  { label: 'subscriptionId = a script tag', url: subPath(w, NORTHWIND.tenantId, '<script>alert(1)</script>') + tail },
  { label: 'subscriptionId = an SQL fragment', url: subPath(w, NORTHWIND.tenantId, "'; DROP TABLE tenants;--") + tail },
];
const seatsCases = ['abc', '-1', '0', '1.5', '1e308', '9007199254740993', ''].map((seats) => ({ label: `seats = '${seats}'`, tail: `/estimate?kind=add&seats=${seats}` }));
const purchaseQuery = (over: Record<string, string> = {}) =>
  `?${new URLSearchParams({ mpn: purchase.mpn, termCode: purchase.termCode, billingCode: purchase.billingCode, mode: purchase.mode, quantity: '1', ...over })}`;

export const routeRows: Record<string, RouteRow> = {
  '/api/tenants/[tenantId]/licenses': { ...ANYONE, url: () => `/api/tenants/${NORTHWIND.tenantId}/licenses` },
  '/api/orders/[orderId]': { ...ANYONE, url: () => '/api/orders/1', hostile: () => ['abc', '-1', '1.5', '0', '1e308'].map((id) => ({ label: `orderId = '${id}'`, url: `/api/orders/${id}` })) },
  '/api/tenants/[tenantId]/orders/[ref]': {
    ...ANYONE,
    url: () => `/api/tenants/${NORTHWIND.tenantId}/orders/local-1`,
    hostile: () => [
      { label: 'ref = a script tag', url: `/api/tenants/${NORTHWIND.tenantId}/orders/${encodeURIComponent('<script>')}` },
      { label: 'tenantId = not a GUID', url: '/api/tenants/x/orders/local-1' },
    ],
  },
  '/api/tenants/[tenantId]/products': { ...ANYONE, url: () => `/api/tenants/${NORTHWIND.tenantId}/products`, hostile: () => [{ label: 'tenantId = not a GUID', url: "/api/tenants/'%3B--/products" }] },
  '/api/catalog': { ...ANYONE, url: () => '/api/catalog?query=Business%20Premium', hostile: () => [{ label: 'query = 200 characters', url: `/api/catalog?query=${'a'.repeat(200)}` }] },
  '/api/tenants/[tenantId]/subscriptions/[subscriptionId]/context': { ...PURCHASERS, url: (w) => `${subPath(w)}/context`, crossTenant: crossRead('/context'), hostile: badSubscription('/context') },
  '/api/tenants/[tenantId]/subscriptions/[subscriptionId]/estimate': {
    ...PURCHASERS,
    url: (w) => `${subPath(w)}/estimate?kind=add&seats=1`,
    crossTenant: (w) => [...crossRead('/estimate?kind=add&seats=1')(w), ...crossRead('/estimate?kind=cancel')(w)],
    hostile: (w) => [
      ...badSubscription('/estimate?kind=add&seats=1')(w),
      ...seatsCases.map((c) => ({ label: c.label, url: subPath(w) + c.tail })),
      { label: 'kind = unknown', url: `${subPath(w)}/estimate?kind=grow&seats=1` },
      { label: 'kind missing', url: `${subPath(w)}/estimate?seats=1` },
    ],
  },
  '/api/tenants/[tenantId]/purchase-estimate': {
    ...PURCHASERS,
    url: () => `/api/tenants/${NORTHWIND.tenantId}/purchase-estimate${purchaseQuery()}`,
    crossTenant: (w) => [
      { label: "seats added to another customer's subscription", url: `/api/tenants/${NORTHWIND.tenantId}/purchase-estimate${purchaseQuery({ mode: 'add-seats', subscriptionId: w.foreignSubId })}` },
    ],
    hostile: () => [
      ...['abc', '-1', '0', '1.5', '1e308'].map((q) => ({ label: `quantity = '${q}'`, url: `/api/tenants/${NORTHWIND.tenantId}/purchase-estimate${purchaseQuery({ quantity: q })}` })),
      { label: 'termCode = a script tag', url: `/api/tenants/${NORTHWIND.tenantId}/purchase-estimate${purchaseQuery({ termCode: '<script>' })}` },
      { label: 'mode = add-seats without a subscription', url: `/api/tenants/${NORTHWIND.tenantId}/purchase-estimate${purchaseQuery({ mode: 'add-seats' })}` },
    ],
  },
  '/settings/logs/export': { ...ADMINS, url: () => '/settings/logs/export' },
  '/api/alerts/deliveries': { ...ADMINS, url: () => '/api/alerts/deliveries?page=0&pageSize=25', hostile: () => [{ label: 'pageSize = 7', url: '/api/alerts/deliveries?pageSize=7' }] },
  '/api/inventory/subscriptions': {
    ...ANYONE,
    url: () => '/api/inventory/subscriptions?status=active',
    hostile: () => [{ label: 'product = 300 characters', url: `/api/inventory/subscriptions?product=${'a'.repeat(300)}` }],
  },
  '/api/inventory/subscriptions/export': {
    ...ANYONE,
    url: () => '/api/inventory/subscriptions/export?format=csv',
    hostile: () => [{ label: 'format = exe', url: '/api/inventory/subscriptions/export?format=exe' }],
  },
  '/api/inventory/orders': { ...ANYONE, url: () => '/api/inventory/orders?state=open' },
  '/api/inventory/sync': { ...ADMINS, url: () => '/api/inventory/sync' },
  '/api/renewals': {
    ...ANYONE,
    url: () => '/api/renewals?days=60',
    hostile: () => [
      { label: 'days = 100000', url: '/api/renewals?days=100000' },
      { label: 'days = -1', url: '/api/renewals?days=-1' },
      { label: 'tenantId = not a GUID', url: "/api/renewals?tenantId='%3B--" },
      { label: 'day = a script tag', url: `/api/renewals?day=${encodeURIComponent('<script>')}` },
    ],
  },
  '/api/reclaim': {
    ...ANYONE,
    url: () => `/api/reclaim?tenantId=${NORTHWIND.tenantId}`,
    hostile: () => [
      { label: 'tenantId = not a GUID', url: '/api/reclaim?tenantId=northwind' },
      { label: 'tenantId = a script tag', url: `/api/reclaim?tenantId=${encodeURIComponent('<script>alert(1)</script>')}` },
    ],
  },
};
