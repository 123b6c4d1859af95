import { useState } from 'react';
import { useRead } from '../../api/hooks';
import { CheckboxField } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from '../auth/session-context';
import { DecidedSection } from './decided-section';
import { DeterminationsTable, WaitingTable } from './queue-table';

/** The ADM's queue: what waits for a decision, qualifying determinations in their window, and what they decided. */
export function DecisionsPage() {
  usePageTitle('ADM decisions');
  const { roles, may } = useSession();
  const isAdm = roles.includes('adm');
  // An ADM sees the items sent to them first; anyone else sees every item.
  const [mine, setMine] = useState(isAdm);
  const queue = useRead('decisions:queue', mine ? { mine: true } : {});
  return (
    <>
      <h1>ADM decisions</h1>
      {isAdm ? (
        <form className="filters" aria-label="Which items to show" onSubmit={(event) => event.preventDefault()}>
          <CheckboxField id="queue-mine" label="Only items sent to me" checked={mine} onChange={setMine} />
        </form>
      ) : null}
      <LoadState query={queue} what="the decisions">
        {(data) => (
          <>
            <section className="section" aria-labelledby="waiting-heading">
              <h2 id="waiting-heading">Waiting for a decision</h2>
              <p className="hint">
                The ADM decides within 7 working days of receiving the final minutes. Overdue items come first.
              </p>
              {data.waiting.length > 0 ? (
                <WaitingTable entries={data.waiting} />
              ) : (
                <p>Nothing is waiting for a decision.</p>
              )}
            </section>
            <section className="section" aria-labelledby="determinations-heading">
              <h2 id="determinations-heading">Qualifying determinations</h2>
              <p className="hint">
                The applicant or carer has 28 days from the date of the letter to make representations or apply to the
                IRM.
              </p>
              {data.determinations.length > 0 ? (
                <DeterminationsTable entries={data.determinations} />
              ) : (
                <p>There are no qualifying determinations in progress.</p>
              )}
            </section>
          </>
        )}
      </LoadState>
      {may('decisions:decided') ? <DecidedSection everyone={roles.includes('administrator')} /> : null}
    </>
  );
}
