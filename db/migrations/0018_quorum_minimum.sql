-- hand-written: quorum minimum
-- The quorum rule may be made stricter than the regulations (FSR reg 24), never looser (domain.md). A stored rule
-- with fewer than 5 members, or with a condition switched off, is raised to the minimum; the administrator is told
-- once, with what each part was (the notice keeps the rule as stored), until acknowledged.
INSERT INTO `admin_notices` (`id`, `kind`, `detail`, `created_at`)
SELECT 'quorum-raised', 'quorum_raised', json_object('before', json_extract(`value`, '$.quorum')),
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM `settings`
WHERE `key` = 'app' AND json_valid(`value`) AND json_type(`value`, '$.quorum') = 'object' AND (
  (json_type(`value`, '$.quorum.minimumMembers') IN ('integer', 'real')
    AND json_extract(`value`, '$.quorum.minimumMembers') < 5)
  OR json_type(`value`, '$.quorum.requireChairOrViceChairPresiding') = 'false'
  OR json_type(`value`, '$.quorum.requireQualifiedSocialWorker') = 'false'
  OR json_type(`value`, '$.quorum.requireOtherIndependentWhenPresiderNotIndependent') = 'false');
--> statement-breakpoint
UPDATE `settings`
SET `value` = json_set(`value`,
      '$.quorum.minimumMembers', CASE
        WHEN json_type(`value`, '$.quorum.minimumMembers') = 'integer'
          AND json_extract(`value`, '$.quorum.minimumMembers') >= 5 THEN json_extract(`value`, '$.quorum.minimumMembers')
        ELSE 5 END,
      '$.quorum.requireChairOrViceChairPresiding', json('true'),
      '$.quorum.requireQualifiedSocialWorker', json('true'),
      '$.quorum.requireOtherIndependentWhenPresiderNotIndependent', json('true')),
    `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `key` = 'app' AND EXISTS (SELECT 1 FROM `admin_notices` WHERE `id` = 'quorum-raised');
