DROP INDEX `agenda_items_household`;--> statement-breakpoint
CREATE INDEX `agenda_items_household` ON `agenda_items` (`household_id`,`item_type`,`status`,`sitting_id`);--> statement-breakpoint
CREATE INDEX `resignations_household` ON `resignations` (`household_id`,`approval_ends`);