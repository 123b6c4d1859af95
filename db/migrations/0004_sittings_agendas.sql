CREATE TABLE `agenda_item_history` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`detail` text,
	`by_name` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_item_history_item` ON `agenda_item_history` (`item_id`,`at`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`sitting_id` text NOT NULL,
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
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_sitting` ON `agenda_items` (`sitting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_household` ON `agenda_items` (`household_id`);--> statement-breakpoint
CREATE TABLE `declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`member_id` text NOT NULL,
	`interest` text NOT NULL,
	`withdrew` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `declarations_item_member` ON `declarations` (`item_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `papers_circulation` (
	`id` text PRIMARY KEY NOT NULL,
	`sitting_id` text NOT NULL,
	`sent_date` text NOT NULL,
	`recipient` text NOT NULL,
	`method` text NOT NULL,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `papers_circulation_sitting` ON `papers_circulation` (`sitting_id`);--> statement-breakpoint
CREATE TABLE `sitting_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`sitting_id` text NOT NULL,
	`member_id` text NOT NULL,
	`status` text NOT NULL,
	`arrived_before_item_id` text,
	`left_after_item_id` text,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sitting_attendance_member` ON `sitting_attendance` (`sitting_id`,`member_id`);--> statement-breakpoint
CREATE TABLE `sitting_people` (
	`id` text PRIMARY KEY NOT NULL,
	`sitting_id` text NOT NULL,
	`item_id` text,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sitting_people_sitting` ON `sitting_people` (`sitting_id`);--> statement-breakpoint
CREATE TABLE `sittings` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`venue` text,
	`remote_link` text,
	`planned_presider_id` text,
	`presider_id` text,
	`adviser_name` text,
	`minute_taker_name` text,
	`status` text NOT NULL,
	`papers_sent_date` text,
	`cancelled_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`planned_presider_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`presider_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sittings_date` ON `sittings` (`date`);