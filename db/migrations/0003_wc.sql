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
