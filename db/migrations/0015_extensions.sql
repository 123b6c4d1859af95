PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_resignations` (
	`id` text PRIMARY KEY DEFAULT (lower(hex(randomblob(16)))) NOT NULL,
	`item_id` text,
	`household_id` text NOT NULL,
	`notice_received_on` text NOT NULL,
	`approval_ends` text NOT NULL,
	`reason` text,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_resignations`("item_id", "household_id", "notice_received_on", "approval_ends", "reason", "recorded_by_name", "recorded_at") SELECT "item_id", "household_id", "notice_received_on", "approval_ends", "reason", "recorded_by_name", "recorded_at" FROM `resignations`;--> statement-breakpoint
DROP TABLE `resignations`;--> statement-breakpoint
ALTER TABLE `__new_resignations` RENAME TO `resignations`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `resignations_item` ON `resignations` (`item_id`);--> statement-breakpoint
CREATE INDEX `resignations_approval_ends` ON `resignations` (`approval_ends`);--> statement-breakpoint
CREATE INDEX `resignations_notice_received` ON `resignations` (`notice_received_on`);--> statement-breakpoint
CREATE INDEX `resignations_household` ON `resignations` (`household_id`,`approval_ends`);--> statement-breakpoint
CREATE TABLE `__new_temporary_extensions` (
	`item_id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`kind` text DEFAULT 'ordinary' NOT NULL,
	`irm_case_item_id` text,
	`previous_end` text NOT NULL,
	`new_end` text,
	`decided_on` text NOT NULL,
	`decided_by_user_id` text,
	`decided_by_name` text NOT NULL,
	`iro_told_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_temporary_extensions`("item_id", "household_id", "previous_end", "new_end", "decided_on", "decided_by_user_id", "decided_by_name", "iro_told_on", "recorded_at") SELECT "item_id", "household_id", "previous_end", "new_end", "decided_on", "decided_by_user_id", "decided_by_name", "iro_told_on", "recorded_at" FROM `temporary_extensions`;--> statement-breakpoint
DROP TABLE `temporary_extensions`;--> statement-breakpoint
ALTER TABLE `__new_temporary_extensions` RENAME TO `temporary_extensions`;--> statement-breakpoint
CREATE INDEX `temporary_extensions_decided_on` ON `temporary_extensions` (`decided_on`);--> statement-breakpoint
CREATE INDEX `temporary_extensions_household` ON `temporary_extensions` (`household_id`,`kind`);--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `told_orally_on` text;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `told_orally_by_name` text;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `telling_tracked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `told_in_writing_on` text;--> statement-breakpoint
CREATE INDEX `adm_cases_telling_open` ON `adm_cases` (`decided_on`) WHERE telling_tracked = 1 and (told_orally_on is null or told_in_writing_on is null);--> statement-breakpoint
-- hand-written: extensions
-- Rebuilding resignations dropped its retention triggers (0011): the same three again.
CREATE TRIGGER `retention_stale_resignation_insert` AFTER INSERT ON `resignations`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_resignation_update` AFTER UPDATE ON `resignations`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_resignation_delete` AFTER DELETE ON `resignations`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT OLD.`household_id` WHERE OLD.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
-- The applicant is told in writing when the decision letter is issued: the first such letter registered for a case
-- dates it. Not the decision record (kept on file), nor the final decision's, extension or resignation letters.
CREATE TRIGGER `adm_cases_told_in_writing` AFTER INSERT ON `issued_documents`
WHEN NEW.`kind` LIKE 'letter-%'
  AND NEW.`kind` NOT IN ('letter-decision-record', 'letter-final-decision', 'letter-extension', 'letter-resignation')
BEGIN
  UPDATE `adm_cases` SET `told_in_writing_on` = substr(NEW.`issued_at`, 1, 10)
  WHERE `item_id` = NEW.`subject_id` AND `told_in_writing_on` IS NULL;
END;
--> statement-breakpoint
-- Decisions already on file: the day their letter was first issued, where it was.
UPDATE `adm_cases` SET `told_in_writing_on` = (
  SELECT min(substr(d.`issued_at`, 1, 10)) FROM `issued_documents` d
  WHERE d.`subject_id` = `adm_cases`.`item_id` AND d.`kind` LIKE 'letter-%'
    AND d.`kind` NOT IN ('letter-decision-record', 'letter-final-decision', 'letter-extension', 'letter-resignation')
);
