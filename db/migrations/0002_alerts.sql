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
