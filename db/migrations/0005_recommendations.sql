CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`item_id` text NOT NULL,
	`outcome` text NOT NULL,
	`terms` text,
	`reasons` text NOT NULL,
	`key_issues` text,
	`members_views` text,
	`unanimous` integer NOT NULL,
	`votes_for` integer NOT NULL,
	`votes_against` integer NOT NULL,
	`votes_abstaining` integer NOT NULL,
	`dissent` text NOT NULL,
	`outstanding` text,
	`report_quality_rating` integer,
	`report_quality_comment` text,
	`recorded_by_user_id` text,
	`recorded_by_name` text NOT NULL,
	`on_behalf_of` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_item` ON `recommendations` (`item_id`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `deciding_adm_user_id` text;