CREATE TABLE `delay_reasons` (
	`household_id` text NOT NULL,
	`step_key` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`household_id`, `step_key`),
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
