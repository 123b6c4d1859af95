import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import {
  IMPORT_KIND_LABELS,
  ImportKind,
  MAX_IMPORT_BYTES,
  type ImportFileInput,
  type ImportPreview,
} from '../../../../shared/schemas/import';
import { call, type ApiError } from '../../api/client';
import { useWrite } from '../../api/hooks';
import { ChoiceGroup } from '../../components/choice-group';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { ImportFileField, type ChosenFile } from './import-file-field';
import { countWords, ImportPreviewTable } from './import-preview-table';
import { ImportTemplatesSection } from './import-templates-section';

const KIND_OPTIONS = ImportKind.options.map((value) => ({ value, label: IMPORT_KIND_LABELS[value] }));

/**
 * Bringing in the central list and the current households: a template, a
 * check of the file that writes nothing (each row's problems in words), then
 * the import itself, all or nothing, with a count of what was done.
 */
export function ImportPage() {
  usePageTitle('Import from a spreadsheet');
  const location = useLocation();
  const arrived = (location.state as { notice?: string } | null)?.notice ?? null;
  const [checked, setChecked] = useState<{ input: ImportFileInput; preview: ImportPreview } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const preview = useMutation<ImportPreview, ApiError, ImportFileInput>({
    mutationFn: (input) => call('import:preview', input),
  });
  const commit = useWrite('import:commit');
  const form = useChannelForm({
    channel: 'import:preview',
    initial: () => ({ kind: '', file: null as ChosenFile | null }),
    precheck: (values) =>
      values.file && values.file.size > MAX_IMPORT_BYTES
        ? {
            message: 'The file is too large',
            fieldErrors: { contentBase64: 'The file is larger than 2 MB: split it into smaller files' },
          }
        : null,
    toInput: (values) => ({
      kind: values.kind as ImportKind,
      fileName: values.file?.name ?? '',
      contentBase64: values.file?.base64 ?? '',
    }),
    fieldTargets: { kind: 'import-kind', fileName: 'import-file', contentBase64: 'import-file' },
    write: preview,
    onSaved: (result, values) => {
      setDone(null);
      setChecked({
        input: { kind: result.kind, fileName: values.file?.name ?? '', contentBase64: values.file?.base64 ?? '' },
        preview: result,
      });
    },
  });
  const runImport = () => {
    if (!checked) return;
    commit.mutate(checked.input, {
      onSuccess: (counts) => {
        setChecked(null);
        setDone(`Imported from ${checked.input.fileName}: ${countWords(counts, true)}.`);
      },
    });
  };
  const fileError = form.errors.contentBase64 ?? form.errors.fileName;
  return (
    <>
      <h1>Import from a spreadsheet</h1>
      <NoticeBanner message={done ?? arrived} takeFocus={done !== null} />
      <p>
        Bring in the central list and the households you already have. Nothing is saved until you have checked the file
        and chosen to import it. A member or household already held is updated or left as it is, never added twice.
      </p>
      <ImportTemplatesSection />
      <section className="section" aria-labelledby="check-heading">
        <h2 id="check-heading">2. Check the file</h2>
        <FormFrame form={form} submitLabel="Check the file" savingLabel="Checking the file…" labelledBy="check-heading">
          <ChoiceGroup
            type="radio"
            id="import-kind"
            legend="What does the file hold?"
            options={KIND_OPTIONS}
            {...form.bind('kind')}
          />
          <ImportFileField
            id="import-file"
            value={form.values.file}
            onChange={(file) => {
              form.set('file')(file);
              // A chosen file is checked at once (nothing is written); "Check the file" checks it again.
              if (file) form.submit();
            }}
            error={fileError}
          />
        </FormFrame>
      </section>
      {checked ? (
        <section className="section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">3. Import</h2>
          {checked.preview.fileProblem ? (
            <p className="field-error" role="alert">
              {checked.preview.fileProblem}
            </p>
          ) : (
            <>
              <ImportPreviewTable preview={checked.preview} />
              {checked.preview.counts.refused > 0 ? (
                <p role="alert">
                  Nothing has been imported. Correct the rows with problems in the spreadsheet (or remove them), save it
                  and check the file again.
                </p>
              ) : (
                <div className="button-row">
                  <button type="button" className="button" disabled={commit.isPending} onClick={runImport}>
                    {commit.isPending ? 'Importing…' : `Import ${checked.preview.rows.length} rows`}
                  </button>
                </div>
              )}
              {commit.error ? (
                <p className="field-error" role="alert">
                  {commit.error.message}
                </p>
              ) : null}
            </>
          )}
        </section>
      ) : null}
      {done ? (
        <p>
          Next: <Link to="/members">the central list</Link>, <Link to="/households">the households</Link> or{' '}
          <Link to="/sittings/new">add a sitting</Link>.
        </p>
      ) : null}
    </>
  );
}
