CREATE TABLE `nce_window_lengths` (
	`mpn` text PRIMARY KEY NOT NULL,
	`hours` integer NOT NULL,
	`note` text,
	`updated_at` integer NOT NULL,
	`updated_by` text NOT NULL
);
