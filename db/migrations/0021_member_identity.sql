ALTER TABLE `members` ADD `date_of_birth` text;--> statement-breakpoint
ALTER TABLE `members` ADD `dbs_number` text;--> statement-breakpoint
CREATE INDEX `members_dbs_number` ON `members` (`dbs_number`);