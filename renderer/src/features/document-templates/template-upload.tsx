import { useState, type ChangeEvent } from 'react';
import type { TemplatedKind } from '../../../../shared/documents/templates/template-list';
import { useRead, useWrite } from '../../api/hooks';
import { useSavingWrite } from '../../api/saved-file';
import { SelectField } from '../../components/fields';
import { SavedFileOutcome } from '../../components/saved-path';
import { DocxPreviewPane } from './docx-preview-pane';

interface ChosenTemplate {
  name: string;
  base64: string;
}

/**
 * Upload an edited template: chosen, checked and previewed (filled from a
 * record the user picks, or the reference's examples) before it is kept.
 * Nothing is saved until "Use this template"; a template with problems
 * cannot be used, and the one in use stays.
 */
export function TemplateUpload({ kind, label }: { kind: TemplatedKind; label: string }) {
  const [file, setFile] = useState<ChosenTemplate | null>(null);
  const [subjectId, setSubjectId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const subjects = useRead('templates:subjects', { kind });
  const input = file ? { kind, fileName: file.name, contentBase64: file.base64, subjectId: subjectId || null } : null;
  const preview = useRead(
    'templates:preview',
    input ?? { kind, fileName: 'none.docx', contentBase64: 'AA==', subjectId: null },
    { enabled: input !== null },
  );
  const upload = useWrite('templates:upload');
  const savePreview = useSavingWrite('templates:savePreview');
  const id = `template-file-${kind}`;
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setDone(null);
    upload.reset();
    if (!chosen) {
      setFile(null);
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      setFile({ name: chosen.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(chosen);
  };
  const checked = input && preview.data && !preview.isPlaceholderData ? preview.data : null;
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Upload an edited template</h3>
      <div className="field">
        <label htmlFor={id}>Word template for the {label.toLowerCase()}</label>
        <p className="hint" id={`${id}-hint`}>
          A Word document (.docx), at most 5 MB, using the placeholders in the field reference. It is checked and shown
          below before anything is saved.
        </p>
        <input
          id={id}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${id}-hint`}
          onChange={choose}
        />
      </div>
      <SelectField
        id={`${id}-record`}
        label="Fill the preview from"
        placeholder="The example values"
        options={(subjects.data ?? []).map((s) => ({ value: s.subjectId, label: s.label }))}
        value={subjectId}
        onChange={setSubjectId}
      />
      {preview.error ? (
        <p className="field-error" role="alert">
          {preview.error.message}
        </p>
      ) : null}
      {checked && checked.problems.length > 0 ? (
        <div role="alert">
          <p>This template cannot be used:</p>
          <ul>
            {checked.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {checked?.documentBase64 && input ? (
        <>
          <h4>Preview</h4>
          <DocxPreviewPane base64={checked.documentBase64} label={`Preview of ${file?.name ?? 'the template'}`} />
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={upload.isPending}
              onClick={() =>
                upload.mutate(
                  { kind, fileName: input.fileName, contentBase64: input.contentBase64 },
                  { onSuccess: (saved) => setDone(`Template version ${saved.version} is now in use.`) },
                )
              }
            >
              Use this template
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={savePreview.isPending}
              onClick={() => savePreview.mutate(input)}
            >
              Download the preview
            </button>
          </div>
          <SavedFileOutcome path={savePreview.data?.path} error={savePreview.error?.message} />
        </>
      ) : null}
      {upload.error ? (
        <p className="field-error" role="alert">
          {upload.error.message}
        </p>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}
