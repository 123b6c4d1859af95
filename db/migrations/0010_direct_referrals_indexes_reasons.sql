CREATE TABLE `direct_referrals` (
	`item_id` text PRIMARY KEY NOT NULL,
	`report_date` text NOT NULL,
	`outcome` text NOT NULL,
	`terms` text,
	`reasons` text NOT NULL,
	`presented_by` text NOT NULL,
	`referred_by_name` text NOT NULL,
	`referred_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `issued_documents_issued_at`;--> statement-breakpoint
CREATE INDEX `issued_documents_register` ON `issued_documents` (`issued_at`,`id`,`kind`,`file_name`,`household_id`,`sitting_id`,`issued_by_name`,`sha256`,`size_bytes`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`sitting_id` text,
	`household_id` text,
	`item_type` text NOT NULL,
	`title` text,
	`position` integer NOT NULL,
	`start_time` text,
	`duration_minutes` integer NOT NULL,
	`papers_received_date` text,
	`checklist` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`continues_item_id` text,
	`deciding_adm_user_id` text,
	`sent_to_adm_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_agenda_items`("id", "version", "sitting_id", "household_id", "item_type", "title", "position", "start_time", "duration_minutes", "papers_received_date", "checklist", "status", "status_reason", "continues_item_id", "deciding_adm_user_id", "sent_to_adm_date", "created_at", "updated_at") SELECT "id", "version", "sitting_id", "household_id", "item_type", "title", "position", "start_time", "duration_minutes", "papers_received_date", "checklist", "status", "status_reason", "continues_item_id", "deciding_adm_user_id", "sent_to_adm_date", "created_at", "updated_at" FROM `agenda_items`;--> statement-breakpoint
DROP TABLE `agenda_items`;--> statement-breakpoint
ALTER TABLE `__new_agenda_items` RENAME TO `agenda_items`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `agenda_items_sitting` ON `agenda_items` (`sitting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_household` ON `agenda_items` (`household_id`);--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `ending_reason` text;--> statement-breakpoint
CREATE INDEX `adm_cases_state` ON `adm_cases` (`state`);--> statement-breakpoint
CREATE INDEX `adm_cases_decided_on` ON `adm_cases` (`decided_on`);--> statement-breakpoint
CREATE INDEX `adm_cases_approval_ends` ON `adm_cases` (`approval_ends`);--> statement-breakpoint
ALTER TABLE `resignations` ADD `reason` text;--> statement-breakpoint
CREATE INDEX `resignations_approval_ends` ON `resignations` (`approval_ends`);--> statement-breakpoint
CREATE INDEX `resignations_notice_received` ON `resignations` (`notice_received_on`);--> statement-breakpoint
CREATE INDEX `household_status_history_status_date` ON `household_status_history` (`status`,`effective_date`);--> statement-breakpoint
CREATE INDEX `households_temporary_approval` ON `households` (`temporary_approval_date`);--> statement-breakpoint
CREATE INDEX `sittings_status_date` ON `sittings` (`status`,`date`);--> statement-breakpoint
CREATE INDEX `temporary_extensions_decided_on` ON `temporary_extensions` (`decided_on`);--> statement-breakpoint
CREATE INDEX `feedback_forms_received` ON `feedback_forms` (`received_on`,`created_at`);