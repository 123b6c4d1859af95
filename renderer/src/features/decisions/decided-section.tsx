import { useState } from 'react';
import { Link } from 'react-router';
import type { DecidedCase } from '../../../../shared/schemas/decided-cases';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { Pager, pageShownText } from '../../components/pager';
import { formatDate, formatDateTime } from '../../format';
import { SaveAgain } from '../documents/save-again';
import { decisionPath } from './decision-words';

/**
 * Beside the queue (issue 19): the cases the ADM decided, most recent first,
 * each with the letters already issued and "Save again" for each, so a lost
 * letter does not need Sittings → sitting → item → decision. The administrator
 * sees every decided case.
 */
export function DecidedSection({ everyone }: { everyone: boolean }) {
  const [page, setPage] = useState(1);
  const decided = useRead('decisions:decided', { page });
  return (
    <section className="section" aria-labelledby="decided-heading">
      <h2 id="decided-heading">{everyone ? 'Decided' : 'Decided by you'}</h2>
      <p className="hint">Most recent first. Each letter already issued can be saved again, exactly as it was sent.</p>
      <LoadState query={decided} what="the decided cases">
        {(data) => {
          const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));
          return (
            <>
              <p role="status" className="result-count" id="decided-count" tabIndex={-1}>
                {data.total === 0
                  ? everyone
                    ? 'No case has been decided yet.'
                    : 'You have not decided any case yet.'
                  : pageShownText({ ...data, onPage: data.cases.length }, { one: 'case', many: 'cases' })}
              </p>
              {data.cases.length > 0 ? <DecidedTable cases={data.cases} /> : null}
              <Pager
                label="Pages of the decided cases"
                page={page}
                pageCount={pageCount}
                focusId="decided-count"
                onPage={setPage}
              />
            </>
          );
        }}
      </LoadState>
    </section>
  );
}

function DecidedTable({ cases }: { cases: DecidedCase[] }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Decided cases, most recent first</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Sitting</th>
          <th scope="col">Decided</th>
          <th scope="col">Decision</th>
          <th scope="col">Letters</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => (
          <tr key={c.itemId}>
            <th scope="row">
              <Link to={decisionPath(c.itemId)}>
                {c.label}
                {c.householdReference ? `, ${c.householdReference}` : ''}
              </Link>
            </th>
            <td>{c.sittingDate ? formatDate(c.sittingDate) : 'No panel'}</td>
            <td>{formatDate(c.decidedOn)}</td>
            <td>{c.decisionLabel}</td>
            <td>
              {c.letters.length === 0 ? (
                'No letter issued yet'
              ) : (
                <ul>
                  {c.letters.map((letter) => (
                    <li key={letter.id}>
                      {letter.kindLabel} ({formatDateTime(letter.issuedAt)}){' '}
                      <SaveAgain
                        documentId={letter.id}
                        name={`${letter.kindLabel}, ${c.householdReference || c.label}`}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
