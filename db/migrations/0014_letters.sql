ALTER TABLE `minutes` ADD `approved_by_capacity` text;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `irm_considered` integer;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `irm_departs` integer;--> statement-breakpoint
ALTER TABLE `adm_cases` ADD `irm_departure_reasons` text;--> statement-breakpoint
-- hand-written: letters
-- Minutes approved before the capacity was recorded: the approver was always the sitting's presider, whose role the
-- approved version itself records, so the capacity is read from there. Anything else stays null (not recorded).
UPDATE `minutes` SET `approved_by_capacity` = (
  SELECT CASE json_extract(v.`content`, '$.sitting.presider.role')
    WHEN 'Chair' THEN 'chair' WHEN 'Vice chair' THEN 'vice_chair' WHEN 'Member' THEN 'member' END
  FROM `minutes_versions` v
  WHERE v.`sitting_id` = `minutes`.`sitting_id` AND v.`number` = `minutes`.`approved_version_number`
) WHERE `approved_version_number` IS NOT NULL;
