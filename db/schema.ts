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
  /** Which tenants the role sees: all, only the listed ones, or all but the listed ones. */
  tenantScope: text('tenant_scope', { enum: ['all', 'allow', 'block'] })
    .notNull()
    .default('all'),
  /** The tenant ids the scope lists (allowed or blocked). */
  scopeTenantIds: text('scope_tenant_ids', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
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

// ---------------------------------------------------------------------------------------------
// Issue 18 (Microsoft side): the Microsoft connection settings and the tenants' Partner Center state.
// ---------------------------------------------------------------------------------------------

/** The Microsoft connection: one row (id = 1). The client secret is encrypted and never leaves the server. */
export const microsoftSettings = sqliteTable('ms_settings', {
  id: integer('id').primaryKey(),
  partnerTenantId: text('partner_tenant_id').notNull().default(''),
  clientId: text('client_id').notNull().default(''),
  clientSecretEnc: text('client_secret_enc'),
  /** Empty: Microsoft's public cloud (lib/microsoft/hosts.ts). */
  loginBaseUrl: text('login_base_url').notNull().default(''),
  graphBaseUrl: text('graph_base_url').notNull().default(''),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: text('updated_by'),
});

/** A tenant as Partner Center last listed it: when it was seen and since when it is missing (never deleted). */
export const partnerCenterTenants = sqliteTable('partner_center_tenants', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.tenantId, { onDelete: 'cascade' }),
  lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }),
  /** Set when a sync no longer finds the tenant among the partner's customers; cleared when it returns. */
  missingSince: integer('missing_since', { mode: 'timestamp_ms' }),
});

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

// ---------------------------------------------------------------------------------------------
// License inventory (issue 16): every mapped tenant's subscriptions as last synced from Ingram.
// Pages read these rows at once; every change still reads Ingram live before it acts.
// Rows that vanish upstream get `goneAt`, never a delete.
// ---------------------------------------------------------------------------------------------

/** A lot of seats added at one moment (purchase, increase, renewal): each has its own NCE window. */
export type SeatLot = { quantity: number; at: string; source: 'purchase' | 'increase' | 'renewal' | 'term' };

/** One Ingram subscription of a mapped tenant, as last seen. Money as decimal strings. */
export const inventorySubscriptions = sqliteTable(
  'inventory_subscriptions',
  {
    /** Ingram's subscription id. */
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    customerId: text('customer_id').notNull(),
    productName: text('product_name').notNull(),
    mpn: text('mpn').notNull().default(''),
    /** Microsoft's id for the same subscription (the product's vendorSubscriptionId). */
    vendorSubscriptionId: text('vendor_subscription_id'),
    /** Null when the subscription has no product lines (Azure reservations and some plans). */
    quantity: integer('quantity'),
    status: text('status').notNull(),
    /** ISO-8601 period codes (P1M, P1Y, P3Y) and the same as whole months, for sums in SQL. */
    subscriptionPeriod: text('subscription_period'),
    billingPeriod: text('billing_period'),
    termMonths: integer('term_months'),
    billingMonths: integer('billing_months'),
    unitPrice: text('unit_price'),
    unitCost: text('unit_cost'),
    /** What is charged each billing period (Ingram's totalPrice, or the sum of the lines). */
    totalPrice: text('total_price'),
    currency: text('currency'),
    creationDate: text('creation_date'),
    renewalDate: text('renewal_date'),
    expirationDate: text('expiration_date'),
    lastModifiedDate: text('last_modified_date'),
    autoRenew: integer('auto_renew', { mode: 'boolean' }).notNull().default(false),
    /** The seat lots of the current term, oldest first. */
    lots: text('lots', { mode: 'json' })
      .$type<SeatLot[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Whether the term start is known only to the day. */
    windowApproximate: integer('window_approximate', { mode: 'boolean' }).notNull().default(true),
    /** When the newest lot's window closes (ms): a filter for "NCE window open". */
    windowClosesAt: integer('window_closes_at', { mode: 'timestamp_ms' }),
    /** A hash of the list row, so an incremental sync knows which rows changed. */
    rowHash: text('row_hash'),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    detailFetchedAt: integer('detail_fetched_at', { mode: 'timestamp_ms' }),
    goneAt: integer('gone_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('inventory_subs_tenant_idx').on(t.tenantId, t.goneAt),
    index('inventory_subs_renewal_idx').on(t.renewalDate),
    index('inventory_subs_customer_idx').on(t.customerId),
    index('inventory_subs_product_idx').on(t.productName),
  ],
);

/** Open and scheduled orders of mapped customers, as last seen (placed in the app or elsewhere). */
export const inventoryOrders = sqliteTable(
  'inventory_orders',
  {
    /** Ingram's order id. */
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    customerId: text('customer_id').notNull(),
    subscriptionId: text('subscription_id'),
    orderNumber: text('order_number'),
    type: text('type'),
    status: text('status'),
    /** A change that waits for the renewal date. */
    scheduled: integer('scheduled', { mode: 'boolean' }).notNull().default(false),
    scheduledFor: text('scheduled_for'),
    /** The signed seat change and the quantity after it, when the detail says. */
    quantityChange: integer('quantity_change'),
    newQuantity: integer('new_quantity'),
    productName: text('product_name'),
    mpn: text('mpn'),
    creationDate: text('creation_date'),
    message: text('message'),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    goneAt: integer('gone_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('inventory_orders_tenant_idx').on(t.tenantId, t.goneAt), index('inventory_orders_sub_idx').on(t.subscriptionId)],
);

/** One row per subscription per day: quantity, price and cost history. */
export const inventorySnapshots = sqliteTable(
  'inventory_snapshots',
  {
    subscriptionId: text('subscription_id').notNull(),
    /** YYYY-MM-DD (UTC). */
    day: text('day').notNull(),
    tenantId: text('tenant_id').notNull(),
    quantity: integer('quantity'),
    unitPrice: text('unit_price'),
    unitCost: text('unit_cost'),
    totalPrice: text('total_price'),
    billingMonths: integer('billing_months'),
    currency: text('currency'),
    status: text('status').notNull(),
  },
  (t) => [uniqueIndex('inventory_snapshots_pk').on(t.subscriptionId, t.day), index('inventory_snapshots_day_idx').on(t.day)],
);

/** The sync schedule and budget: one row (id = 1). */
export const syncSettings = sqliteTable('sync_settings', {
  id: integer('id').primaryKey(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Minutes between incremental runs. */
  intervalMinutes: integer('interval_minutes').notNull().default(15),
  /** The daily full run, HH:MM UTC. */
  fullRunAt: text('full_run_at').notNull().default('02:00'),
  /** Upstream calls per minute the sync may make, so a person's clicks go first. */
  callBudgetPerMinute: integer('call_budget_per_minute').notNull().default(600),
  /** A page revalidates a tenant live when its rows are older than this. */
  staleAfterSeconds: integer('stale_after_seconds').notNull().default(60),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: text('updated_by'),
});

/** Every sync run with its counts; `running` rows of a dead process are resumed. */
export const syncRuns = sqliteTable(
  'sync_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['full', 'incremental', 'tenant'] }).notNull(),
    trigger: text('trigger', { enum: ['schedule', 'manual', 'retry', 'startup', 'page'] }).notNull(),
    status: text('status', { enum: ['running', 'succeeded', 'partial', 'failed'] })
      .notNull()
      .default('running'),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
    /** The earlier run's start: an incremental run fetches what changed since that day. */
    sinceAt: integer('since_at', { mode: 'timestamp_ms' }),
    tenantsTotal: integer('tenants_total').notNull().default(0),
    tenantsDone: integer('tenants_done').notNull().default(0),
    tenantsFailed: integer('tenants_failed').notNull().default(0),
    calls: integer('calls').notNull().default(0),
    detailCalls: integer('detail_calls').notNull().default(0),
    subscriptionsSeen: integer('subscriptions_seen').notNull().default(0),
    subscriptionsChanged: integer('subscriptions_changed').notNull().default(0),
    subscriptionsGone: integer('subscriptions_gone').notNull().default(0),
    startedBy: text('started_by'),
    error: text('error'),
  },
  (t) => [index('sync_runs_started_idx').on(t.startedAt)],
);

/** Per tenant: the last success, the last error and the calls it took. */
export const syncTenantState = sqliteTable('sync_tenant_state', {
  tenantId: text('tenant_id').primaryKey(),
  customerId: text('customer_id').notNull(),
  /** The run that last handled this tenant: a resumed run skips tenants it already did. */
  lastRunId: integer('last_run_id'),
  lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
  lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
  lastCalls: integer('last_calls').notNull().default(0),
  errorMessage: text('error_message'),
  errorStatus: integer('error_status'),
  errorCorrelationId: text('error_correlation_id'),
  errorAt: integer('error_at', { mode: 'timestamp_ms' }),
});

/** Leases for background jobs: one holder at a time, across processes and restarts. */
export const jobLeases = sqliteTable('job_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});

export type InventorySubscriptionRow = typeof inventorySubscriptions.$inferSelect;
export type InventoryOrderRow = typeof inventoryOrders.$inferSelect;
export type SyncRunRow = typeof syncRuns.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Issue 18 usage (branch wc): seats Microsoft counts and assigns, per Ingram subscription, and
// per tenant whether Microsoft could be read. Written by the inventory sync; read by
// lib/inventory/usage.ts (usageFor, usageErrors) and nothing else.
// ---------------------------------------------------------------------------------------------

/** One Microsoft subscription behind a product (Graph's companySubscription). */
export type UsageSource = {
  microsoftSubscriptionId: string | null;
  /** The partner tenant that sold it; another partner's (or none) marks another source. */
  sellerTenantId: string | null;
  seats: number;
  status: string;
  /** Whether it is the Microsoft side of this Ingram subscription (vendorSubscriptionId match). */
  linked: boolean;
};

/** Per Ingram subscription: seats paid (Ingram), seats Microsoft counts, seats assigned, other sources. */
export const inventoryUsage = sqliteTable(
  'inventory_usage',
  {
    /** Ingram's subscription id (inventory_subscriptions.id). */
    subscriptionId: text('subscription_id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    /** The Microsoft subscription it is linked to (vendorSubscriptionId == Microsoft's commerce subscription id), or null. */
    microsoftSubscriptionId: text('ms_subscription_id'),
    skuId: text('sku_id'),
    skuPartNumber: text('sku_part_number'),
    /** The Ingram quantity when Microsoft was read. */
    paidSeats: integer('paid_seats').notNull().default(0),
    /** Enabled seats Microsoft counts for the SKU (all sources); null when no Microsoft subscription matched. */
    microsoftSeats: integer('ms_seats'),
    /** Seats of the SKU assigned to users, attributed to this subscription (all of it when one Ingram subscription has the SKU). */
    assignedSeats: integer('assigned_seats'),
    /** Seats assigned of the whole SKU. */
    skuAssignedSeats: integer('sku_assigned_seats'),
    /** Seats of the same SKU Microsoft counts beyond what Ingram bills (another partner, a direct purchase, a trial). */
    otherSourceSeats: integer('other_source_seats').notNull().default(0),
    sources: text('sources', { mode: 'json' })
      .$type<UsageSource[]>()
      .notNull()
      .default(sql`'[]'`),
    readAt: integer('read_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('inventory_usage_tenant_idx').on(t.tenantId)],
);

/** Per tenant: the last good Microsoft read and the last failure (kind, message, status, correlation id). */
export const usageTenantState = sqliteTable('usage_tenant_state', {
  tenantId: text('tenant_id').primaryKey(),
  lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
  lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
  /** not-consented | permission | throttled | outage | auth | other; null after a success. */
  errorKind: text('error_kind'),
  errorMessage: text('error_message'),
  errorStatus: integer('error_status'),
  errorCorrelationId: text('error_correlation_id'),
  errorAt: integer('error_at', { mode: 'timestamp_ms' }),
});

export type InventoryUsageRow = typeof inventoryUsage.$inferSelect;
export type UsageTenantStateRow = typeof usageTenantState.$inferSelect;
// ---- end issue 18 usage ---------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// Purchase approvals (issue 19): a four-eyes rule for orders above thresholds.
// ---------------------------------------------------------------------------------------------

/** The approval policy: one row (id = 1). Amounts compare in the order's own currency. */
export const approvalPolicy = sqliteTable('approval_policy', {
  id: integer('id').primaryKey(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(false),
  /** Thresholds: an order above any of them needs an approval (null = not used). */
  maxMonthly: text('max_monthly'),
  maxTermTotal: text('max_term_total'),
  maxSeats: integer('max_seats'),
  /** Terms longer than this many months need an approval (e.g. 12: three-year terms do). */
  maxTermMonths: integer('max_term_months'),
  /** Roles whose orders always need an approval. */
  alwaysForRoles: text('always_for_roles', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  /** Roles that may approve (never their own requests). */
  approverRoles: text('approver_roles', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'["admin","superadmin"]'`),
  expiryHours: integer('expiry_hours').notNull().default(72),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  updatedBy: text('updated_by'),
});

/** What an approval request orders, as the purchase action received it (validated), plus what it cost then. */
export type ApprovalPayload = {
  kind: 'purchase';
  values: Record<string, unknown>;
};
export type ApprovalSummary = {
  product: string;
  mpn: string;
  mode: 'new' | 'add-seats';
  seats: number;
  orderQuantity: number;
  subscriptionId: string | null;
  termCode: string;
  billingCode: string;
  total: string | null;
  currency: string | null;
  monthly: string | null;
  termTotal: string | null;
  reasons: string[];
};

/** Orders waiting for a second person. Never sent to Ingram until approved. */
export const purchaseApprovals = sqliteTable(
  'purchase_approvals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The requester's submit key: a resubmission finds this row. */
    requestKey: text('request_key').notNull().unique(),
    tenantId: text('tenant_id').notNull(),
    customerId: text('customer_id').notNull(),
    payload: text('payload', { mode: 'json' }).$type<ApprovalPayload>().notNull(),
    summary: text('summary', { mode: 'json' }).$type<ApprovalSummary>().notNull(),
    /** When the requester ticked the customer agreement. */
    agreementAt: integer('agreement_at', { mode: 'timestamp_ms' }).notNull(),
    requestedById: text('requested_by_id').notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
    estimatedAt: integer('estimated_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /** pending -> placing -> placed | failed; pending -> rejected | expired. */
    status: text('status', { enum: ['pending', 'placing', 'placed', 'failed', 'rejected', 'expired'] })
      .notNull()
      .default('pending'),
    decidedBy: text('decided_by'),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    reason: text('reason'),
    /** The local order placed on approval. */
    orderId: integer('order_id'),
  },
  (t) => [index('purchase_approvals_status_idx').on(t.status, t.requestedAt), index('purchase_approvals_tenant_idx').on(t.tenantId)],
);

export type ApprovalRow = typeof purchaseApprovals.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Reclaim planner (issue 18, item 6): seats an admin wants kept spare on a tenant or a subscription.
// ---------------------------------------------------------------------------------------------

/** "Keep spare seats": on a whole tenant (subscriptionId '') or on one subscription; the planner reclaims none of them. */
export const spareSeatMarks = sqliteTable(
  'spare_seat_marks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.tenantId, { onDelete: 'cascade' }),
    /** '' for the tenant's own mark (one per tenant), else the Ingram subscription id. */
    subscriptionId: text('subscription_id').notNull().default(''),
    seats: integer('seats').notNull(),
    updatedBy: text('updated_by'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('spare_seat_marks_target_idx').on(t.tenantId, t.subscriptionId)],
);
export type SpareSeatMarkRow = typeof spareSeatMarks.$inferSelect;

// NCE window length per product (issue 17, branch wb): Microsoft has changed the 168 hours before,
// so an admin can set it per MPN. A product without a row keeps the default (168 hours).
// ---------------------------------------------------------------------------------------------

export const nceWindowLengths = sqliteTable('nce_window_lengths', {
  /** The product's MPN (Ingram's manufacturer part number), as the inventory stores it. */
  mpn: text('mpn').primaryKey(),
  hours: integer('hours').notNull(),
  note: text('note'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
