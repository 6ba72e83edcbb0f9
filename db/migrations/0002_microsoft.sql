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
