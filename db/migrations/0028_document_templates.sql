CREATE TABLE `document_template_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`bytes` blob NOT NULL,
	`uploaded_at` text NOT NULL,
	`uploaded_by_user_id` text,
	`uploaded_by_name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_template_versions_kind_version` ON `document_template_versions` (`kind`,`version`);--> statement-breakpoint
CREATE TABLE `document_templates_in_use` (
	`kind` text PRIMARY KEY NOT NULL,
	`version` integer,
	`changed_at` text NOT NULL,
	`changed_by_name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `issued_document_templates` (
	`document_id` text PRIMARY KEY NOT NULL,
	`version` integer,
	`sha256` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `issued_documents`(`id`) ON UPDATE no action ON DELETE no action
);

--> statement-breakpoint
-- hand-written: template versions and the template each issued document was made from are kept for good.
CREATE TRIGGER `document_template_versions_no_update` BEFORE UPDATE ON `document_template_versions`
BEGIN
  SELECT RAISE(ABORT, 'A template version cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `document_template_versions_no_delete` BEFORE DELETE ON `document_template_versions`
BEGIN
  SELECT RAISE(ABORT, 'A template version cannot be removed');
END;
--> statement-breakpoint
CREATE TRIGGER `issued_document_templates_no_update` BEFORE UPDATE ON `issued_document_templates`
BEGIN
  SELECT RAISE(ABORT, 'The template an issued document was made from cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `issued_document_templates_no_delete` BEFORE DELETE ON `issued_document_templates`
BEGIN
  SELECT RAISE(ABORT, 'The template an issued document was made from cannot be changed');
END;
