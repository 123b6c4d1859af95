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
CREATE INDEX `agenda_items_household` ON `agenda_items` (`household_id`);