CREATE TABLE `alert_channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`recipients` text DEFAULT '' NOT NULL,
	`url_enc` text,
	`secret_enc` text,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_channels_name_unique` ON `alert_channels` (`name`);--> statement-breakpoint
CREATE TABLE `alert_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` integer NOT NULL,
	`event_id` integer,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`claimed_by` text,
	`last_error` text,
	`last_status` integer,
	`sent_at` integer,
	`queued_at` integer NOT NULL,
	FOREIGN KEY (`channel_id`) REFERENCES `alert_channels`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `alert_events`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `alert_deliveries_due_idx` ON `alert_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `alert_deliveries_queued_idx` ON `alert_deliveries` (`queued_at`);--> statement-breakpoint
CREATE TABLE `alert_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`rule_id` integer NOT NULL,
	`dedup_key` text NOT NULL,
	`kind` text NOT NULL,
	`tenant_id` text,
	`tenant_name` text,
	`product` text,
	`subject` text NOT NULL,
	`details` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`digested_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `alert_rules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_events_dedup_idx` ON `alert_events` (`rule_id`,`dedup_key`);--> statement-breakpoint
CREATE INDEX `alert_events_digest_idx` ON `alert_events` (`digested_at`);--> statement-breakpoint
CREATE TABLE `alert_jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text,
	`lease_until` integer,
	`last_run_at` integer,
	`last_error` text,
	`last_digest_day` text
);
--> statement-breakpoint
CREATE TABLE `alert_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`excluded_tenants` text DEFAULT '[]' NOT NULL,
	`excluded_products` text DEFAULT '[]' NOT NULL,
	`channel_ids` text DEFAULT '[]' NOT NULL,
	`delivery` text DEFAULT 'immediate' NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE TABLE `alert_smtp_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`host` text DEFAULT '' NOT NULL,
	`port` integer DEFAULT 587 NOT NULL,
	`tls_mode` text DEFAULT 'starttls' NOT NULL,
	`username` text DEFAULT '' NOT NULL,
	`password_enc` text,
	`from_address` text DEFAULT '' NOT NULL,
	`digest_hour_utc` integer DEFAULT 7 NOT NULL,
	`updated_at` integer,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `approval_policy` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`max_monthly` text,
	`max_term_total` text,
	`max_seats` integer,
	`max_term_months` integer,
	`always_for_roles` text DEFAULT '[]' NOT NULL,
	`approver_roles` text DEFAULT '["admin","superadmin"]' NOT NULL,
	`expiry_hours` integer DEFAULT 72 NOT NULL,
	`updated_at` integer,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `ingram_order_summaries` (
	`ingram_order_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`product_name` text,
	`mpn` text,
	`quantity` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inventory_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`subscription_id` text,
	`order_number` text,
	`type` text,
	`status` text,
	`scheduled` integer DEFAULT false NOT NULL,
	`scheduled_for` text,
	`quantity_change` integer,
	`new_quantity` integer,
	`product_name` text,
	`mpn` text,
	`creation_date` text,
	`message` text,
	`last_seen_at` integer NOT NULL,
	`gone_at` integer
);
--> statement-breakpoint
CREATE INDEX `inventory_orders_tenant_idx` ON `inventory_orders` (`tenant_id`,`gone_at`);--> statement-breakpoint
CREATE INDEX `inventory_orders_sub_idx` ON `inventory_orders` (`subscription_id`);--> statement-breakpoint
CREATE TABLE `inventory_snapshots` (
	`subscription_id` text NOT NULL,
	`day` text NOT NULL,
	`tenant_id` text NOT NULL,
	`quantity` integer,
	`unit_price` text,
	`unit_cost` text,
	`total_price` text,
	`billing_months` integer,
	`currency` text,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inventory_snapshots_pk` ON `inventory_snapshots` (`subscription_id`,`day`);--> statement-breakpoint
CREATE INDEX `inventory_snapshots_day_idx` ON `inventory_snapshots` (`day`);--> statement-breakpoint
CREATE TABLE `inventory_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`product_name` text NOT NULL,
	`mpn` text DEFAULT '' NOT NULL,
	`vendor_subscription_id` text,
	`quantity` integer,
	`status` text NOT NULL,
	`subscription_period` text,
	`billing_period` text,
	`term_months` integer,
	`billing_months` integer,
	`unit_price` text,
	`unit_cost` text,
	`total_price` text,
	`currency` text,
	`creation_date` text,
	`renewal_date` text,
	`expiration_date` text,
	`last_modified_date` text,
	`auto_renew` integer DEFAULT false NOT NULL,
	`lots` text DEFAULT '[]' NOT NULL,
	`window_approximate` integer DEFAULT true NOT NULL,
	`window_closes_at` integer,
	`row_hash` text,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`detail_fetched_at` integer,
	`gone_at` integer
);
--> statement-breakpoint
CREATE INDEX `inventory_subs_tenant_idx` ON `inventory_subscriptions` (`tenant_id`,`gone_at`);--> statement-breakpoint
CREATE INDEX `inventory_subs_renewal_idx` ON `inventory_subscriptions` (`renewal_date`);--> statement-breakpoint
CREATE INDEX `inventory_subs_customer_idx` ON `inventory_subscriptions` (`customer_id`);--> statement-breakpoint
CREATE INDEX `inventory_subs_product_idx` ON `inventory_subscriptions` (`product_name`);--> statement-breakpoint
CREATE TABLE `job_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ms_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`partner_tenant_id` text DEFAULT '' NOT NULL,
	`client_id` text DEFAULT '' NOT NULL,
	`client_secret_enc` text,
	`login_base_url` text DEFAULT '' NOT NULL,
	`graph_base_url` text DEFAULT '' NOT NULL,
	`updated_at` integer,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `partner_center_tenants` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`last_seen_at` integer,
	`missing_since` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`tenant_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `purchase_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_key` text NOT NULL,
	`tenant_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`payload` text NOT NULL,
	`summary` text NOT NULL,
	`agreement_at` integer NOT NULL,
	`requested_by_id` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`estimated_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	`reason` text,
	`order_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_approvals_request_key_unique` ON `purchase_approvals` (`request_key`);--> statement-breakpoint
CREATE INDEX `purchase_approvals_status_idx` ON `purchase_approvals` (`status`,`requested_at`);--> statement-breakpoint
CREATE INDEX `purchase_approvals_tenant_idx` ON `purchase_approvals` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`trigger` text NOT NULL,
	`status` text DEFAULT 'running' NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`since_at` integer,
	`tenants_total` integer DEFAULT 0 NOT NULL,
	`tenants_done` integer DEFAULT 0 NOT NULL,
	`tenants_failed` integer DEFAULT 0 NOT NULL,
	`calls` integer DEFAULT 0 NOT NULL,
	`detail_calls` integer DEFAULT 0 NOT NULL,
	`subscriptions_seen` integer DEFAULT 0 NOT NULL,
	`subscriptions_changed` integer DEFAULT 0 NOT NULL,
	`subscriptions_gone` integer DEFAULT 0 NOT NULL,
	`started_by` text,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `sync_runs_started_idx` ON `sync_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `sync_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`interval_minutes` integer DEFAULT 15 NOT NULL,
	`full_run_at` text DEFAULT '02:00' NOT NULL,
	`call_budget_per_minute` integer DEFAULT 600 NOT NULL,
	`stale_after_seconds` integer DEFAULT 60 NOT NULL,
	`updated_at` integer,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `sync_tenant_state` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`last_run_id` integer,
	`last_attempt_at` integer,
	`last_success_at` integer,
	`last_calls` integer DEFAULT 0 NOT NULL,
	`error_message` text,
	`error_status` integer,
	`error_correlation_id` text,
	`error_at` integer
);
--> statement-breakpoint
ALTER TABLE `custom_roles` ADD `tenant_scope` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_roles` ADD `scope_tenant_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `orders` ADD `recovered_at` integer;