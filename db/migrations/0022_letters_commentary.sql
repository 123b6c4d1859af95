CREATE TABLE `report_commentaries` (
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`text` text NOT NULL,
	`version` integer NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by_user_id` text,
	`updated_by_name` text NOT NULL,
	PRIMARY KEY(`period_from`, `period_to`)
);
--> statement-breakpoint
ALTER TABLE `households` ADD `applicant_titles` text;--> statement-breakpoint
ALTER TABLE `households` ADD `form_of_address` text;