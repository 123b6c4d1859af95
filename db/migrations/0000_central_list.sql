CREATE TABLE `member_training` (
	`id` text PRIMARY KEY NOT NULL,
	`member_id` text NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`minutes` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`member_id`) REFERENCES `members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `member_training_member_date` ON `member_training` (`member_id`,`date`);--> statement-breakpoint
CREATE TABLE `members` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`email_key` text,
	`email` text,
	`phone` text,
	`address` text,
	`list_role` text NOT NULL,
	`independent` integer NOT NULL,
	`background` text NOT NULL,
	`background_detail` text,
	`social_worker_pqe3` integer NOT NULL,
	`appointment_date` text NOT NULL,
	`term_end_date` text,
	`dbs_check_date` text,
	`dbs_renewal_due` text,
	`induction_date` text,
	`last_appraisal_date` text,
	`next_appraisal_due` text,
	`fee_pence` integer,
	`notes` text,
	`status` text NOT NULL,
	`notice_received_date` text,
	`leaving_date` text,
	`left_date` text,
	`leaving_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `members_name_email_unique` ON `members` (`name_key`,`email_key`);--> statement-breakpoint
CREATE INDEX `members_status_name` ON `members` (`status`,`name_key`);--> statement-breakpoint
CREATE INDEX `members_list_role` ON `members` (`list_role`);