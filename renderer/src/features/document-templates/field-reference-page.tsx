import { Link } from 'react-router';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/contract/documents';
import { referenceFields } from '../../../../shared/documents/templates/fields';
import { TEMPLATE_SCHEMAS } from '../../../../shared/documents/templates/template-kinds';
import { TEMPLATED_KINDS } from '../../../../shared/documents/templates/template-list';
import { usePageTitle } from '../../components/use-page-title';

/**
 * Every placeholder of each templated kind, with its meaning and an example,
 * read from the same schema the renderer checks the data against, so the
 * reference cannot say something the app does not do.
 */
export function FieldReferencePage() {
  usePageTitle('Word template field reference');
  return (
    <>
      <h1>Word template field reference</h1>
      <p>
        Type a placeholder in a template exactly as shown, braces included. A loop repeats the paragraph it sits in once
        for each line; a condition prints its part only when the answer is yes. Back to{' '}
        <Link to="/settings/documents">Documents and Word templates</Link>.
      </p>
      {TEMPLATED_KINDS.map((kind) => (
        <section key={kind} className="section" aria-labelledby={`fields-${kind}`}>
          <h2 id={`fields-${kind}`}>{DOCUMENT_KIND_LABELS[kind]}</h2>
          <table className="table">
            <caption className="visually-hidden">
              Placeholders of the {DOCUMENT_KIND_LABELS[kind].toLowerCase()}
            </caption>
            <thead>
              <tr>
                <th scope="col">Placeholder</th>
                <th scope="col">What it holds</th>
                <th scope="col">Example</th>
              </tr>
            </thead>
            <tbody>
              {referenceFields(TEMPLATE_SCHEMAS[kind]).map((field) => (
                <tr key={field.placeholder}>
                  <th scope="row">
                    <code>{field.placeholder}</code>
                  </th>
                  <td>
                    {field.statutory ? <strong>Statutory: </strong> : null}
                    {field.description}
                  </td>
                  <td className="path">{field.example}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
