CREATE TABLE `admin_notices` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`detail` text NOT NULL,
	`created_at` text NOT NULL,
	`acknowledged_at` text,
	`acknowledged_by_name` text
);
--> statement-breakpoint
CREATE TABLE `reviews_without_panel` (
	`id` text PRIMARY KEY NOT NULL,
	`household_id` text NOT NULL,
	`review_date` text NOT NULL,
	`kind` text NOT NULL,
	`outcome_summary` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`recorded_by_name` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_without_panel_household` ON `reviews_without_panel` (`household_id`,`review_date`);--> statement-breakpoint
CREATE INDEX `reviews_without_panel_date` ON `reviews_without_panel` (`review_date`,`kind`);--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `report_given_date` text;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `observations_received_date` text;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `review_kind` text;--> statement-breakpoint
-- hand-written: routing
-- Later reviews recorded before review kinds existed: their kind was never asked, so it is "not recorded".
UPDATE `agenda_items` SET `review_kind` = 'not_recorded' WHERE `item_type` = 'other_review' AND `review_kind` IS NULL;
--> statement-breakpoint
-- Approvals must go to panel (FSR reg 25, 27). Where the routing setting sent an approval type straight to the ADM,
-- or approval cases were already sent that way, the administrator is told once, until acknowledged; the cases keep
-- their record and carry on (the notice lists them as it is read).
INSERT INTO `admin_notices` (`id`, `kind`, `detail`, `created_at`)
SELECT 'approvals-to-panel', 'approvals_to_panel',
  json_object('movedBack', (
    SELECT json_group_array(j.`value`) FROM `settings` s, json_each(s.`value`, '$.directToAdm') j
    WHERE s.`key` = 'app' AND json_valid(s.`value`)
      AND j.`value` IN ('approval_mainstream', 'approval_specialist', 'approval_connected_person'))),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (
    SELECT 1 FROM `settings` s, json_each(s.`value`, '$.directToAdm') j
    WHERE s.`key` = 'app' AND json_valid(s.`value`)
      AND j.`value` IN ('approval_mainstream', 'approval_specialist', 'approval_connected_person'))
  OR EXISTS (
    SELECT 1 FROM `direct_referrals` d JOIN `agenda_items` ai ON ai.`id` = d.`item_id`
    WHERE ai.`item_type` IN ('approval_mainstream', 'approval_specialist', 'approval_connected_person'));
--> statement-breakpoint
UPDATE `settings`
SET `value` = json_set(`value`, '$.directToAdm', (
      SELECT json_group_array(j.`value`) FROM json_each(`settings`.`value`, '$.directToAdm') j
      WHERE j.`value` NOT IN ('approval_mainstream', 'approval_specialist', 'approval_connected_person'))),
    `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `key` = 'app' AND json_valid(`value`) AND EXISTS (
  SELECT 1 FROM json_each(`settings`.`value`, '$.directToAdm') j
  WHERE j.`value` IN ('approval_mainstream', 'approval_specialist', 'approval_connected_person'));
