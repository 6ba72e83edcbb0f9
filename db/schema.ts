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

// ---------------------------------------------------------------------------------------------
// Alerts (issue 17): SMTP settings, channels, rules, events (deduplicated) and queued deliveries.
// ---------------------------------------------------------------------------------------------

/** How alerts reach people by email: one row (id = 1). The password is encrypted and write-only. */
export const alertSmtpSettings = sqliteTable('alert_smtp_settings', {
  id: integer('id').primaryKey(),
  host: text('host').notNull().default(''),
  port: integer('port').notNull().default(587),
  /** none: plain; starttls: upgrade on 587; tls: TLS from the first byte (465). */
  tlsMode: text('tls_mode', { enum: ['none', 'starttls', 'tls'] })
    .notNull()
    .default('starttls'),
  username: text('username').notNull().default(''),
  passwordEnc: text('password_enc'),
  fromAddress: text('from_address').notNull().default(''),
  /** The hour (UTC) the daily digest is sent. */
  digestHourUtc: integer('digest_hour_utc').notNull().default(7),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: text('updated_by'),
});

/** Where alerts go. Webhook URLs and HMAC secrets are secrets: encrypted, never sent to the browser. */
export const alertChannels = sqliteTable('alert_channels', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  kind: text('kind', { enum: ['email', 'teams', 'slack', 'webhook'] }).notNull(),
  /** Email: comma-separated recipients (not secret). */
  recipients: text('recipients').notNull().default(''),
  urlEnc: text('url_enc'),
  secretEnc: text('secret_enc'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/** What an admin wants to hear about, with its parameters, exclusions and channels. */
export const alertRules = sqliteTable('alert_rules', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  params: text('params', { mode: 'json' })
    .$type<Record<string, number | boolean>>()
    .notNull()
    .default(sql`'{}'`),
  excludedTenants: text('excluded_tenants', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  /** MPNs or product names (case-insensitive). */
  excludedProducts: text('excluded_products', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  channelIds: text('channel_ids', { mode: 'json' })
    .$type<number[]>()
    .notNull()
    .default(sql`'[]'`),
  /** immediate: one message per event; digest: gathered into the daily digest. */
  delivery: text('delivery', { enum: ['immediate', 'digest'] })
    .notNull()
    .default('immediate'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
});

/** Every event a rule raised, once per dedup key: the unique index is what makes "alerts once" true. */
export const alertEvents = sqliteTable(
  'alert_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ruleId: integer('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    dedupKey: text('dedup_key').notNull(),
    kind: text('kind').notNull(),
    tenantId: text('tenant_id'),
    tenantName: text('tenant_name'),
    product: text('product'),
    subject: text('subject').notNull(),
    details: text('details', { mode: 'json' }).$type<Record<string, string | number | boolean | null>>().notNull(),
    occurredAt: integer('occurred_at', { mode: 'timestamp_ms' }).notNull(),
    /** Digest rules: when the event went into a digest (null: still waiting). */
    digestedAt: integer('digested_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('alert_events_dedup_idx').on(t.ruleId, t.dedupKey), index('alert_events_digest_idx').on(t.digestedAt)],
);

/** One message to one channel, queued in the database; a lease (claimedUntil) keeps two workers from sending it twice. */
export const alertDeliveries = sqliteTable(
  'alert_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: integer('channel_id')
      .notNull()
      .references(() => alertChannels.id, { onDelete: 'cascade' }),
    eventId: integer('event_id').references(() => alertEvents.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['event', 'digest', 'test'] }).notNull(),
    /** The channel-neutral message; each channel formats it when it is sent. */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    claimedUntil: integer('claimed_until', { mode: 'timestamp_ms' }),
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    lastStatus: integer('last_status'),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    queuedAt: integer('queued_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('alert_deliveries_due_idx').on(t.status, t.nextAttemptAt), index('alert_deliveries_queued_idx').on(t.queuedAt)],
);

/** Leases and run marks of the alert jobs (evaluation), so two processes never run one at once. */
export const alertJobs = sqliteTable('alert_jobs', {
  name: text('name').primaryKey(),
  holder: text('holder'),
  leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
  lastRunAt: integer('last_run_at', { mode: 'timestamp_ms' }),
  lastError: text('last_error'),
  /** The UTC day (YYYY-MM-DD) of the last digest. */
  lastDigestDay: text('last_digest_day'),
});

export type User = typeof users.$inferSelect;
export type Tenant = typeof tenants.$inferSelect;
export type IngramSettingsRow = typeof ingramSettings.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;
