import { useState, type SubmitEvent } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';

/** Who was sent the papers, when and how: the record behind the "papers by the 5th working day" clock. */
export function PapersSection({ sitting }: { sitting: SittingDetail }) {
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="papers-heading">
      <h2 id="papers-heading">Papers</h2>
      <p>
        Papers are due with members by {formatDate(sitting.papersDue)}.
        {sitting.papersSentDate ? ` They were marked as sent on ${formatDate(sitting.papersSentDate)}.` : ''}
      </p>
      <NoticeBanner message={notice} />
      {sitting.papers.length === 0 ? (
        <p>No papers recorded as sent yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Papers sent</caption>
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">To</th>
              <th scope="col">How</th>
            </tr>
          </thead>
          <tbody>
            {sitting.papers.map((p, index) => (
              <tr key={`${p.sentDate}-${p.recipient}-${String(index)}`}>
                <td>{formatDate(p.sentDate)}</td>
                <td>{p.recipient}</td>
                <td>{p.method}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sitting.status !== 'cancelled' && may('sittings:recordPapersSent') ? (
        <PapersForm sitting={sitting} onSaved={setNotice} />
      ) : null}
    </section>
  );
}

function PapersForm({ sitting, onSaved }: { sitting: SittingDetail; onSaved: (notice: string) => void }) {
  const today = useRead('app:info', {}).data?.today ?? null;
  const [sentDate, setSentDate] = useState<DateParts>(() => partsFromIso(today));
  const [recipients, setRecipients] = useState('');
  const [method, setMethod] = useState('');
  const record = useWrite('sittings:recordPapersSent');
  const { message, fieldErrors } = errorState(record.error);
  // The backend names a bad line as "recipients.2"; all of them belong to the one box.
  const recipientKeys = Object.keys(fieldErrors).filter((key) => key.startsWith('recipients'));
  const recipientsError = recipientKeys.map((key) => fieldErrors[key]).find(Boolean);
  const targets: Record<string, string> = { sentDate: 'papersSentOn-day', method: 'papersMethod' };
  for (const key of recipientKeys) targets[key] = 'papersRecipients';
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const names = recipients
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    record.mutate(
      { sittingId: sitting.id, sentDate: partsToIso(sentDate), recipients: names, method },
      {
        onSuccess: () => {
          onSaved(`Papers recorded as sent to ${names.length} ${names.length === 1 ? 'recipient' : 'recipients'}.`);
          setRecipients('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="papers-form-heading">
      <h3 id="papers-form-heading">Record papers sent</h3>
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={targets} />
      <DateField
        id="papersSentOn"
        legend="Date sent"
        value={sentDate}
        onChange={setSentDate}
        error={fieldErrors.sentDate}
      />
      <TextArea
        id="papersRecipients"
        label="Sent to"
        hint="One recipient on each line"
        rows={4}
        value={recipients}
        onChange={setRecipients}
        error={recipientsError}
      />
      <TextField
        id="papersMethod"
        label="How they were sent"
        hint="For example secure email, post or by hand"
        value={method}
        onChange={setMethod}
        error={fieldErrors.method}
      />
      <button type="submit" className="button button--secondary" disabled={record.isPending}>
        Record papers sent
      </button>
    </form>
  );
}
