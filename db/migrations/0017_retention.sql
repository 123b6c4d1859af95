CREATE TABLE `exemption_terms` (
	`item_id` text PRIMARY KEY NOT NULL,
	`recommended_children` text NOT NULL,
	`recommended_conditions` text,
	`decided_children` text,
	`decided_conditions` text,
	FOREIGN KEY (`item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `household_children` ADD `placement_ended_on` text;--> statement-breakpoint
-- hand-written: retention
-- FSR reg 32: a reg 24 temporary approval now decides whether a connected person is kept 10 years from the
-- placement end. The placement end itself is on household_children, whose every change 0011 already catches.
CREATE TRIGGER `retention_stale_household_temporary_approval` AFTER UPDATE OF `temporary_approval_date` ON `households`
BEGIN
  INSERT OR IGNORE INTO `retention_stale` (`household_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
-- Connected persons' dates are worked out again under the corrected rule (waiting for the placement end date).
INSERT OR IGNORE INTO `retention_stale` (`household_id`) SELECT `id` FROM `households` WHERE `household_type` = 'connected_person';
