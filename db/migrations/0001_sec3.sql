ALTER TABLE `users` ADD `entra_object_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `entra_tenant_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_entra_identity` ON `users` (`entra_tenant_id`,`entra_object_id`);