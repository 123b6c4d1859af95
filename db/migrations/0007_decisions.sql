CREATE TABLE `adm_cases` (
	`item_id` text PRIMARY KEY NOT NULL,
	`household_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`state` text NOT NULL,
	`info_what` text,
	`info_from` text,
	`info_requested_on` text,
	`info_received_on` text,
	`verdict` text,
	`decision_code` text,
	`decision_terms` text,
	`decision_reasons` text,
	`carer_agreed` integer DEFAULT false NOT NULL,
	`decided_on` text,
	`decided_by_user_id` text,
	`decided_by_name` text,
	`letter_date` text,
	`window_ends` text,
	`route` text,
	`route_received_on` text,
	`irm_papers_due` text,
	`irm_recommendation` text,
	`irm_recommendation_on` text,
	`representations_item_id` text,
	`final_code` text,
	`final_terms` text,
	`final_reasons` text,
	`final_decided_on` text,
	`final_decided_by_name` text,
	`approval_ends` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `adm_cases_household` ON `adm_cases` (`household_id`);--> statement-breakpoint
CREATE TABLE `issued_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject_id` text NOT NULL,
	`household_id` text,
	`sitting_id` text,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`bytes` blob NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by_user_id` text,
	`issued_by_name` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sitting_id`) REFERENCES `sittings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `issued_documents_household` ON `issued_documents` (`household_id`);--> statement-breakpoint
CREATE INDEX `issued_documents_issued_at` ON `issued_documents` (`issued_at`);--> statement-breakpoint
CREATE TABLE `resignations` (
	`item_id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`notice_received_on` text NOT NULL,
	`approval_ends` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `temporary_extensions` (
	`household_id` text PRIMARY KEY NOT NULL,
	`item_id` text NOT NULL,
	`previous_end` text NOT NULL,
	`new_end` text NOT NULL,
	`decided_on` text NOT NULL,
	`decided_by_user_id` text,
	`decided_by_name` text NOT NULL,
	`iro_told_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `issued_documents_no_update` BEFORE UPDATE ON `issued_documents`
BEGIN
	SELECT RAISE(ABORT, 'issued documents are kept as issued: they cannot be changed');
END;--> statement-breakpoint
CREATE TRIGGER `issued_documents_no_delete` BEFORE DELETE ON `issued_documents`
BEGIN
	SELECT RAISE(ABORT, 'issued documents are kept as issued: they cannot be deleted');
END;
