CREATE TABLE `household_purges` (
	`household_id` text PRIMARY KEY NOT NULL,
	`purged_at` text NOT NULL,
	`purged_by_user_id` text,
	`purged_by_name` text NOT NULL,
	`reason` text NOT NULL,
	`basis` text NOT NULL,
	`ended_on` text NOT NULL,
	`purgeable_from` text NOT NULL,
	`documents_cleared` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `household_purges_no_update` BEFORE UPDATE ON `household_purges`
BEGIN
	SELECT RAISE(ABORT, 'a purge is recorded once: it cannot be changed');
END;--> statement-breakpoint
CREATE TRIGGER `household_purges_no_delete` BEFORE DELETE ON `household_purges`
BEGIN
	SELECT RAISE(ABORT, 'a purge is recorded once: it cannot be deleted');
END;--> statement-breakpoint
DROP TRIGGER `issued_documents_no_update`;--> statement-breakpoint
CREATE TRIGGER `issued_documents_no_update` BEFORE UPDATE ON `issued_documents`
WHEN NOT (
	OLD.`household_id` IS NOT NULL
	AND EXISTS (SELECT 1 FROM `household_purges` WHERE `household_id` = OLD.`household_id`)
	AND length(NEW.`bytes`) = 0
	AND NEW.`id` IS OLD.`id`
	AND NEW.`kind` IS OLD.`kind`
	AND NEW.`subject_id` IS OLD.`subject_id`
	AND NEW.`household_id` IS OLD.`household_id`
	AND NEW.`sitting_id` IS OLD.`sitting_id`
	AND NEW.`file_name` IS OLD.`file_name`
	AND NEW.`sha256` IS OLD.`sha256`
	AND NEW.`size_bytes` IS OLD.`size_bytes`
	AND NEW.`issued_at` IS OLD.`issued_at`
	AND NEW.`issued_by_user_id` IS OLD.`issued_by_user_id`
	AND NEW.`issued_by_name` IS OLD.`issued_by_name`
)
BEGIN
	SELECT RAISE(ABORT, 'issued documents are kept as issued: they cannot be changed');
END;
