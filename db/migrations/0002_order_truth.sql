CREATE TABLE `ingram_order_summaries` (
	`ingram_order_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`product_name` text,
	`mpn` text,
	`quantity` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `orders` ADD `recovered_at` integer;