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
ALTER TABLE `custom_roles` ADD `tenant_scope` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_roles` ADD `scope_tenant_ids` text DEFAULT '[]' NOT NULL;