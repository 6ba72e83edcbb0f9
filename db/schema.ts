import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/** People who sign in. `role` is a built-in role or the name of a custom role. */
export const users = sqliteTable(
  'users',
  {
    id: text('id')
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role').notNull().default('readonly'),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    /** The tenant last chosen in the top bar, remembered per user. */
    lastTenantId: text('last_tenant_id'),
    /** Bumped on a password change or reset, disabling and a role change: older sessions end. */
    sessionVersion: integer('session_version').notNull().default(0),
    /** The Microsoft Entra ID object id (`oid`) and tenant id (`tid`) linked on the first Microsoft sign-in. */
    entraObjectId: text('entra_object_id'),
    entraTenantId: text('entra_tenant_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_entra_identity').on(t.entraTenantId, t.entraObjectId)],
);

/** One row per sign-in: sign-out ends it, and its times give the absolute and idle limits. */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Roles an admin adds: a name and the built-in level whose permissions it has. */
export const customRoles = sqliteTable('custom_roles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  baseRole: text('base_role', { enum: ['readonly', 'editor', 'admin'] }).notNull(),
  description: text('description'),
  createdAt: createdAt(),
});

/** Microsoft 365 tenants the MSP manages. */
export const tenants = sqliteTable('tenants', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tenantId: text('tenant_id').notNull().unique(),
  displayName: text('display_name').notNull(),
  defaultDomain: text('default_domain').notNull().unique(),
  createdAt: createdAt(),
});

/** The Ingram Micro extension's settings: one row (id = 1). Secrets are encrypted. */
export const ingramSettings = sqliteTable('ingram_settings', {
  id: integer('id').primaryKey(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
  baseUrl: text('base_url').notNull(),
  username: text('username').notNull().default(''),
  passwordEnc: text('password_enc'),
  subscriptionKeyEnc: text('subscription_key_enc'),
  marketplace: text('marketplace').notNull().default('us'),
  /** JSON array of role names allowed to purchase, change and cancel; empty = editor and above. */
  purchaseRoles: text('purchase_roles', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: text('updated_by'),
});

/** The Ingram bearer token, encrypted, with its expiry: one row (id = 1). */
export const ingramTokenCache = sqliteTable('ingram_token_cache', {
  id: integer('id').primaryKey(),
  tokenEnc: text('token_enc').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  /** Which settings the token was granted for (base URL, user, marketplace), so a change drops it. */
  fingerprint: text('fingerprint').notNull(),
  createdAt: createdAt(),
});

/** Which Ingram customer is billed for each tenant. */
export const tenantMappings = sqliteTable(
  'tenant_mappings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: text('tenant_id')
      .notNull()
      .unique()
      .references(() => tenants.tenantId, { onDelete: 'cascade' }),
    customerId: text('customer_id').notNull(),
    customerName: text('customer_name').notNull(),
    method: text('method', { enum: ['manual', 'tenantId', 'name'] }).notNull(),
    createdAt: createdAt(),
    createdBy: text('created_by'),
  },
  (t) => [index('tenant_mappings_customer_idx').on(t.customerId)],
);

/**
 * Every order the app sends to Ingram, recorded *before* it is sent (state `sending`)
 * so that an unclear answer or a crash can be resolved by its poNumber.
 */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    poNumber: text('po_number').notNull(),
    /** The browser's idempotency key for the submit: a resubmission finds this row. */
    requestKey: text('request_key'),
    tenantId: text('tenant_id').notNull(),
    customerId: text('customer_id').notNull(),
    type: text('type', { enum: ['sales', 'change', 'cancellation'] }).notNull(),
    subscriptionId: text('subscription_id'),
    mpn: text('mpn'),
    productName: text('product_name'),
    quantity: integer('quantity'),
    previousQuantity: integer('previous_quantity'),
    subscriptionPeriod: text('subscription_period'),
    billingPeriod: text('billing_period'),
    scheduledOn: text('scheduled_on'),
    customerReference: text('customer_reference'),
    /** sending -> placed | failed | unknown (still checking). */
    state: text('state', { enum: ['sending', 'placed', 'failed', 'unknown'] })
      .notNull()
      .default('sending'),
    ingramOrderId: text('ingram_order_id'),
    ingramOrderNumber: text('ingram_order_number'),
    ingramStatus: text('ingram_status'),
    createdSubscriptionId: text('created_subscription_id'),
    total: text('total'),
    currency: text('currency'),
    errorMessage: text('error_message'),
    errorStatus: integer('error_status'),
    correlationId: text('correlation_id'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
    // issue 15 (orders tell the truth): when an unclear send (timeout, 5xx) was found at Ingram by its poNumber.
    recoveredAt: integer('recovered_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('orders_po_number_idx').on(t.poNumber), uniqueIndex('orders_request_key_idx').on(t.requestKey), index('orders_tenant_idx').on(t.tenantId, t.createdAt)],
);

/** Every mutation anywhere in the app, and every refused attempt. Never holds a secret. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: text('user_id'),
    userEmail: text('user_email'),
    role: text('role'),
    tenantId: text('tenant_id'),
    action: text('action').notNull(),
    target: text('target'),
    before: text('before', { mode: 'json' }).$type<unknown>(),
    after: text('after', { mode: 'json' }).$type<unknown>(),
    result: text('result', { enum: ['success', 'failure', 'refused'] }).notNull(),
    message: text('message'),
    correlationId: text('correlation_id'),
  },
  (t) => [index('audit_at_idx').on(t.at), index('audit_tenant_idx').on(t.tenantId)],
);

/** Sign-in attempts, recorded before the password is checked, for the per-user-name and per-IP limits. */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    /** The client address, for the per-IP limit (null when unknown). */
    ip: text('ip'),
    at: createdAt(),
  },
  (t) => [index('sign_in_failures_user_idx').on(t.username, t.at), index('sign_in_failures_ip_idx').on(t.ip, t.at)],
);

// ---- issue 15 (orders tell the truth) ------------------------------------------------------
/**
 * What an order placed outside the app is for (product and seats), read once from its detail
 * (GET /orders/{id}) and remembered: order rows carry neither.
 */
export const ingramOrderSummaries = sqliteTable('ingram_order_summaries', {
  ingramOrderId: text('ingram_order_id').primaryKey(),
  customerId: text('customer_id').notNull(),
  productName: text('product_name'),
  mpn: text('mpn'),
  /** Sales: the seats bought; change: the signed change (+3, -2); cancellation: minus the seats. */
  quantity: integer('quantity'),
  fetchedAt: createdAt(),
});
// ---- end issue 15 ------------------------------------------------------------------------------

export type User = typeof users.$inferSelect;
export type Tenant = typeof tenants.$inferSelect;
export type IngramSettingsRow = typeof ingramSettings.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
