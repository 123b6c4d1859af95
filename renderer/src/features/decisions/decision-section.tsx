import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { DateActionForm } from './date-action-form';
import { DecideForm } from './decide-form';
import { CannotDecide, DecisionRows, InformationRows } from './decision-rows';
import { RequestInformation } from './request-information-dialog';
import { ToldOrallyForm } from './told-orally-form';

type Props = { view: DecisionCaseView; onSaved: (notice: string) => void };

/** The ADM's first decision: the record of it, or the forms that make it (or ask for more first). */
export function DecisionSection({ view, onSaved }: Props) {
  const { may } = useSession();
  const c = view.case;
  const waiting = c.state === 'awaiting' || c.state === 'information_requested';
  return (
    <section className="section" aria-labelledby="decision-heading">
      <h2 id="decision-heading">The ADM's decision</h2>
      {c.information ? <InformationRows information={c.information} /> : null}
      {c.decision ? (
        <DecisionRows decision={c.decision} withoutPanel={c.withoutPanel} />
      ) : (
        <p>No decision has been made yet.</p>
      )}
      {c.decision && !c.decision.toldOrally && may('decisions:recordToldOrally') ? (
        <ToldOrallyForm key={c.version} view={view} onSaved={onSaved} />
      ) : null}
      {c.state === 'information_requested' && may('decisions:informationReceived') ? (
        <InformationReceived key={c.version} view={view} onSaved={onSaved} />
      ) : null}
      {waiting && may('decisions:decide') ? (
        view.cannotDecide ? (
          <CannotDecide reason={view.cannotDecide} />
        ) : (
          <>
            <DecideForm view={view} onSaved={onSaved} />
            {c.state === 'awaiting' ? <RequestInformation view={view} onSaved={onSaved} /> : null}
          </>
        )
      ) : null}
    </section>
  );
}

function InformationReceived({ view, onSaved }: Props) {
  return (
    <DateActionForm
      channel="decisions:informationReceived"
      id="infoReceivedOn"
      heading="Record that the information has arrived"
      legend="Date the information was received"
      field="receivedOn"
      submitLabel="Record as received"
      toInput={(receivedOn) => ({ itemId: view.case.itemId, version: view.case.version, receivedOn })}
      onSaved={(_, receivedOn) =>
        onSaved(`Recorded: the information arrived on ${formatDate(receivedOn)}. The item is back with the ADM.`)
      }
    />
  );
}
