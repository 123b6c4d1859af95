DROP INDEX `issued_documents_issued_at`;--> statement-breakpoint
CREATE INDEX `issued_documents_register` ON `issued_documents` (`issued_at`,`id`,`kind`,`file_name`,`household_id`,`sitting_id`,`issued_by_name`,`sha256`,`size_bytes`);--> statement-breakpoint
CREATE INDEX `household_status_history_status_date` ON `household_status_history` (`status`,`effective_date`);--> statement-breakpoint
CREATE INDEX `households_temporary_approval` ON `households` (`temporary_approval_date`);--> statement-breakpoint
CREATE INDEX `sittings_status_date` ON `sittings` (`status`,`date`);--> statement-breakpoint
CREATE INDEX `adm_cases_state` ON `adm_cases` (`state`);--> statement-breakpoint
CREATE INDEX `adm_cases_decided_on` ON `adm_cases` (`decided_on`);--> statement-breakpoint
CREATE INDEX `adm_cases_approval_ends` ON `adm_cases` (`approval_ends`);--> statement-breakpoint
CREATE INDEX `resignations_approval_ends` ON `resignations` (`approval_ends`);--> statement-breakpoint
CREATE INDEX `resignations_notice_received` ON `resignations` (`notice_received_on`);--> statement-breakpoint
CREATE INDEX `temporary_extensions_decided_on` ON `temporary_extensions` (`decided_on`);--> statement-breakpoint
CREATE INDEX `feedback_forms_received` ON `feedback_forms` (`received_on`,`created_at`);