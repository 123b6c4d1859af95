CREATE TABLE `retention_dates` (
	`household_id` text PRIMARY KEY NOT NULL,
	`basis` text,
	`ended_on` text,
	`purgeable_from` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retention_dates_purgeable_from` ON `retention_dates` (`purgeable_from`,`household_id`);--> statement-breakpoint
CREATE TABLE `retention_stale` (
	`household_id` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX `household_children_household`;--> statement-breakpoint
CREATE INDEX `household_children_household` ON `household_children` (`household_id`,`placement_date`);--> statement-breakpoint
DROP INDEX `households_status`;--> statement-breakpoint
CREATE INDEX `households_list` ON `households` (`reference_key`,`id`,`reference`,`display_name`,`household_type`,`status`,`application_received_date`,`approval_date`);--> statement-breakpoint
CREATE INDEX `households_status` ON `households` (`status`,`reference_key`,`id`,`version`,`reference`,`display_name`,`household_type`,`application_received_date`,`approval_date`);--> statement-breakpoint
DROP INDEX `adm_cases_approval_ends`;--> statement-breakpoint
CREATE INDEX `adm_cases_approval_ends` ON `adm_cases` (`approval_ends`,`household_id`);--> statement-breakpoint
CREATE INDEX `household_status_history_status_household` ON `household_status_history` (`status`,`household_id`,`effective_date`);
--> statement-breakpoint
CREATE TRIGGER `retention_stale_household_insert` AFTER INSERT ON `households`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_household_update` AFTER UPDATE OF `status`, `approval_date`, `household_type` ON `households`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_history_insert` AFTER INSERT ON `household_status_history`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_history_update` AFTER UPDATE ON `household_status_history`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_history_delete` AFTER DELETE ON `household_status_history`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT OLD.`household_id` WHERE OLD.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_children_insert` AFTER INSERT ON `household_children`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_children_update` AFTER UPDATE ON `household_children`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_children_delete` AFTER DELETE ON `household_children`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT OLD.`household_id` WHERE OLD.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_case_insert` AFTER INSERT ON `adm_cases`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_case_update` AFTER UPDATE OF `approval_ends`, `household_id` ON `adm_cases`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT NEW.`household_id` WHERE NEW.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `retention_stale_case_delete` AFTER DELETE ON `adm_cases`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT OLD.`household_id` WHERE OLD.`household_id` IS NOT NULL;
END;
--> statement-breakpoint
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
-- Every household's date is worked out when the retention screen is first opened after this migration.
INSERT INTO `retention_stale` (`household_id`) SELECT `id` FROM `households`;
