CREATE TABLE `minutes` (
	`sitting_id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`notes` text NOT NULL,
	`approved_version_number` integer,
	`approved_hash` text,
	`approved_by_user_id` text,
	`approved_by_name` text,
	`approved_at` text,
	`voided_at` text,
	`voided_by_name` text,
	`void_reason` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `minutes_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`sitting_id` text NOT NULL,
	`number` integer NOT NULL,
	`content` text NOT NULL,
	`hash` text NOT NULL,
	`saved_at` text NOT NULL,
	`saved_by_user_id` text,
	`saved_by_name` text NOT NULL,
	`amendment_reason` text,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_versions_number` ON `minutes_versions` (`sitting_id`,`number`);--> statement-breakpoint
CREATE INDEX `minutes_versions_sitting` ON `minutes_versions` (`sitting_id`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `sent_to_adm_date` text;--> statement-breakpoint
CREATE TRIGGER `minutes_versions_no_update` BEFORE UPDATE ON `minutes_versions`
BEGIN
	SELECT RAISE(ABORT, 'minutes versions are kept as saved: they cannot be changed');
END;--> statement-breakpoint
CREATE TRIGGER `minutes_versions_no_delete` BEFORE DELETE ON `minutes_versions`
BEGIN
	SELECT RAISE(ABORT, 'minutes versions are kept as saved: they cannot be deleted');
END;
