ALTER TABLE `agenda_items` ADD `number` integer;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `added_late` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- hand-written: item numbers fixed when the papers go out
-- A sitting whose papers are out (any step after planned, or a cancelled one that recorded the papers' date) keeps
-- the numbers its items have today: every item on it in agenda order, as the minutes numbered them, so approved
-- minutes and the agenda agree. Sittings still being planned keep null: their numbers follow the order.
UPDATE `agenda_items`
SET `number` = (
  SELECT count(*) FROM `agenda_items` AS `earlier`
  WHERE `earlier`.`sitting_id` = `agenda_items`.`sitting_id`
    AND (`earlier`.`position` < `agenda_items`.`position`
      OR (`earlier`.`position` = `agenda_items`.`position` AND `earlier`.`id` <= `agenda_items`.`id`)))
WHERE `sitting_id` IN (
  SELECT `id` FROM `sittings`
  WHERE `status` NOT IN ('planned', 'cancelled') OR `papers_sent_date` IS NOT NULL);
