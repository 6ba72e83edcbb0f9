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
