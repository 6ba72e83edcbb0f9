CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`user_id` text,
	`user_email` text,
	`role` text,
	`tenant_id` text,
	`action` text NOT NULL,
	`target` text,
	`before` text,
	`after` text,
	`result` text NOT NULL,
	`message` text,
	`correlation_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_tenant_idx` ON `audit_log` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `custom_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`base_role` text NOT NULL,
	`description` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_roles_name_unique` ON `custom_roles` (`name`);--> statement-breakpoint
CREATE TABLE `ingram_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`base_url` text NOT NULL,
	`username` text DEFAULT '' NOT NULL,
	`password_enc` text,
	`subscription_key_enc` text,
	`marketplace` text DEFAULT 'us' NOT NULL,
	`purchase_roles` text DEFAULT '[]' NOT NULL,
	`updated_at` integer,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `ingram_token_cache` (
	`id` integer PRIMARY KEY NOT NULL,
	`token_enc` text NOT NULL,
	`expires_at` integer NOT NULL,
	`fingerprint` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`po_number` text NOT NULL,
	`request_key` text,
	`tenant_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`type` text NOT NULL,
	`subscription_id` text,
	`mpn` text,
	`product_name` text,
	`quantity` integer,
	`previous_quantity` integer,
	`subscription_period` text,
	`billing_period` text,
	`scheduled_on` text,
	`customer_reference` text,
	`state` text DEFAULT 'sending' NOT NULL,
	`ingram_order_id` text,
	`ingram_order_number` text,
	`ingram_status` text,
	`created_subscription_id` text,
	`total` text,
	`currency` text,
	`error_message` text,
	`error_status` integer,
	`correlation_id` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_po_number_idx` ON `orders` (`po_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `orders_request_key_idx` ON `orders` (`request_key`);--> statement-breakpoint
CREATE INDEX `orders_tenant_idx` ON `orders` (`tenant_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_failures_user_idx` ON `sign_in_failures` (`username`,`created_at`);--> statement-breakpoint
CREATE TABLE `tenant_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`customer_id` text NOT NULL,
	`customer_name` text NOT NULL,
	`method` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`created_by` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`tenant_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenant_mappings_tenant_id_unique` ON `tenant_mappings` (`tenant_id`);--> statement-breakpoint
CREATE INDEX `tenant_mappings_customer_idx` ON `tenant_mappings` (`customer_id`);--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`display_name` text NOT NULL,
	`default_domain` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_tenant_id_unique` ON `tenants` (`tenant_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_default_domain_unique` ON `tenants` (`default_domain`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text DEFAULT 'readonly' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`last_tenant_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);