CREATE TABLE `inventory_usage` (
	`subscription_id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`ms_subscription_id` text,
	`sku_id` text,
	`sku_part_number` text,
	`paid_seats` integer DEFAULT 0 NOT NULL,
	`ms_seats` integer,
	`assigned_seats` integer,
	`sku_assigned_seats` integer,
	`other_source_seats` integer DEFAULT 0 NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	`read_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inventory_usage_tenant_idx` ON `inventory_usage` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `nce_window_lengths` (
	`mpn` text PRIMARY KEY NOT NULL,
	`hours` integer NOT NULL,
	`note` text,
	`updated_at` integer NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `spare_seat_marks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`subscription_id` text DEFAULT '' NOT NULL,
	`seats` integer NOT NULL,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`tenant_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spare_seat_marks_target_idx` ON `spare_seat_marks` (`tenant_id`,`subscription_id`);--> statement-breakpoint
CREATE TABLE `usage_tenant_state` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`last_attempt_at` integer,
	`last_success_at` integer,
	`error_kind` text,
	`error_message` text,
	`error_status` integer,
	`error_correlation_id` text,
	`error_at` integer
);
