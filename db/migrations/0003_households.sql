CREATE TABLE `household_children` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`initials` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`placement_date` text,
	`iro_name` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_children_household` ON `household_children` (`household_id`);--> statement-breakpoint
CREATE TABLE `household_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`status` text NOT NULL,
	`effective_date` text NOT NULL,
	`reason` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_status_history_household` ON `household_status_history` (`household_id`,`recorded_at`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`reference` text NOT NULL,
	`reference_key` text NOT NULL,
	`display_name` text NOT NULL,
	`applicant_names` text NOT NULL,
	`address` text,
	`household_type` text NOT NULL,
	`specialist_scheme` text,
	`assessing_social_worker` text,
	`supervising_social_worker` text,
	`application_received_date` text,
	`status` text NOT NULL,
	`approval_date` text,
	`terms` text,
	`temporary_approval_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_reference_key` ON `households` (`reference_key`);--> statement-breakpoint
CREATE INDEX `households_status` ON `households` (`status`,`reference_key`);