ALTER TABLE `custom_roles` ADD `tenant_scope` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `custom_roles` ADD `scope_tenant_ids` text DEFAULT '[]' NOT NULL;