CREATE TABLE `application_outcomes` (
	`household_id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`reason` text NOT NULL,
	`ended_on` text NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_outcomes_ended_on` ON `application_outcomes` (`ended_on`,`reason`,`household_id`);
--> statement-breakpoint
-- hand-written: applications that ended before this release
-- A household whose application ended (withdrawn, never approved) before the reason was kept is recorded as ended
-- on the date its status changed, reason "not recorded": the annual data return counts these apart, never guessing.
INSERT INTO `application_outcomes` (`household_id`, `version`, `reason`, `ended_on`, `recorded_at`, `recorded_by_name`)
SELECT h.`id`, 1, 'not_recorded',
  coalesce(
    (SELECT max(s.`effective_date`) FROM `household_status_history` s
      WHERE s.`household_id` = h.`id` AND s.`status` = 'withdrawn'),
    substr(h.`updated_at`, 1, 10)),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Database update'
FROM `households` h
WHERE h.`status` = 'withdrawn' AND h.`approval_date` IS NULL;
