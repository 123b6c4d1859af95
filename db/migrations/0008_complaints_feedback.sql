CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`received_on` text NOT NULL,
	`source` text NOT NULL,
	`summary` text NOT NULL,
	`sitting_id` text,
	`household_id` text,
	`outcome` text,
	`closed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_received` ON `complaints` (`received_on`);--> statement-breakpoint
CREATE TABLE `feedback_forms` (
	`id` text PRIMARY KEY NOT NULL,
	`received_on` text NOT NULL,
	`from_kind` text NOT NULL,
	`sitting_id` text NOT NULL,
	`item_id` text,
	`rating` integer NOT NULL,
	`comment` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_forms_sitting` ON `feedback_forms` (`sitting_id`);