import { Link } from 'react-router';
import { DOCUMENT_KIND_LABELS, DocumentKind } from '../../../../shared/contract/documents';
import { isTemplatedKind } from '../../../../shared/documents/templates/template-list';
import { useRead } from '../../api/hooks';
import { usePageTitle } from '../../components/use-page-title';
import { MarkingForm } from './marking-form';
import { TemplateHistory } from './template-history';
import { TemplateUpload } from './template-upload';

/** Kinds still built in code: listed so an administrator knows which documents cannot be edited yet. */
const CODE_BUILT = DocumentKind.options.filter((kind) => !isTemplatedKind(kind));

/**
 * Settings → Documents: the service's own Word templates. Download a kind's
 * template, edit it in Word, upload it back; it is checked and previewed
 * before it is used, every version is kept and any can be used again.
 */
export function DocumentTemplatesPage() {
  usePageTitle('Documents and Word templates');
  const list = useRead('templates:list', {});
  return (
    <>
      <h1>Documents and Word templates</h1>
      <p>
        Download a template, change it in Word (letterhead, logo, fonts, wording, extra paragraphs) and upload it back.
        Words in braces, such as {'{agency_name}'}, are filled by the app: see the{' '}
        <Link to="/settings/documents/fields">field reference</Link>. Blocks marked statutory hold wording the law
        requires; they must stay in the letter, outside any condition.
      </p>
      <MarkingForm />
      {list.error ? <p role="alert">{list.error.message}</p> : null}
      {(list.data ?? []).map((summary) => (
        <section key={summary.kind} className="section" aria-labelledby={`kind-${summary.kind}`}>
          <h2 id={`kind-${summary.kind}`}>{summary.label}</h2>
          <p>
            In use:{' '}
            <strong>{summary.inUse === null ? 'the built-in template' : `template version ${summary.inUse}`}</strong>.
          </p>
          <TemplateHistory summary={summary} />
          <TemplateUpload kind={summary.kind} label={summary.label} />
        </section>
      ))}
      <section className="section" aria-labelledby="code-built-heading">
        <h2 id="code-built-heading">Documents without a template yet</h2>
        <p>These are still made by the app in its own layout, with the service’s name and address:</p>
        <ul>
          {CODE_BUILT.map((kind) => (
            <li key={kind}>{DOCUMENT_KIND_LABELS[kind]}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
