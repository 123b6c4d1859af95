ALTER TABLE `agenda_items` ADD `presider_id` text REFERENCES members(id);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `service_outcome` text;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `service_reasons` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `presided_by_member_id` text;--> statement-breakpoint
ALTER TABLE `recommendations` ADD `presided_by_name` text;