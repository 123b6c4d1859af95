import type { IssuedDocument } from '../../../../shared/contract/documents';
import { formatDateTime, formatOptionalDate } from '../../format';
import { SaveAgain } from './save-again';
import './register.css';

export function RegisterTable({ documents }: { documents: IssuedDocument[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Issued documents</caption>
      <thead>
        <tr>
          <th scope="col">Document</th>
          <th scope="col">File</th>
          <th scope="col">Household</th>
          <th scope="col">Sitting</th>
          <th scope="col">Issued by</th>
          <th scope="col">When</th>
          <th scope="col">SHA-256</th>
          <th scope="col">Template</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <RegisterRow key={document.id} document={document} />
        ))}
      </tbody>
    </table>
  );
}

/** One issued document; "Save again" writes its stored bytes to a new file and says where. */
function RegisterRow({ document: d }: { document: IssuedDocument }) {
  return (
    <tr>
      <th scope="row">{d.kindLabel}</th>
      <td className="path">{d.fileName}</td>
      <td>{d.householdReference ?? '—'}</td>
      <td>{formatOptionalDate(d.sittingDate, '—')}</td>
      <td>{d.issuedByName}</td>
      <td>{formatDateTime(d.issuedAt)}</td>
      <td>
        <details>
          <summary>
            <code>{d.sha256.slice(0, 12)}</code>
            <span className="visually-hidden">: show the full fingerprint</span>
          </summary>
          <code className="hash">{d.sha256}</code>
        </details>
      </td>
      <td>{d.template ?? 'Built in code'}</td>
      <td>
        <SaveAgain documentId={d.id} name={`${d.kindLabel}, ${d.fileName}`} />
      </td>
    </tr>
  );
}
