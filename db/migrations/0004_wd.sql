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
CREATE UNIQUE INDEX `spare_seat_marks_target_idx` ON `spare_seat_marks` (`tenant_id`,`subscription_id`);