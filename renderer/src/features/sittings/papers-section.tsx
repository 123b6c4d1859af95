import { useState } from 'react';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { TextArea, TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
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
  const names = (text: string) =>
    text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const form = useChannelForm({
    channel: 'sittings:recordPapersSent',
    initial: () => ({ sentDate: partsFromIso(today), recipients: '', method: '' }),
    toInput: (values) => ({
      sittingId: sitting.id,
      sentDate: partsToIso(values.sentDate),
      recipients: names(values.recipients),
      method: values.method,
    }),
    // The schema names a bad line as "recipients.2"; all of them belong to the one box.
    fieldTargets: (values) => ({
      sentDate: 'papersSentOn-day',
      method: 'papersMethod',
      recipients: 'papersRecipients',
      ...Object.fromEntries(names(values.recipients).map((_, line) => [`recipients.${line}`, 'papersRecipients'])),
    }),
    onSaved: (_, values) => {
      const count = names(values.recipients).length;
      onSaved(`Papers recorded as sent to ${count} ${count === 1 ? 'recipient' : 'recipients'}.`);
      form.setValues({ ...values, recipients: '' });
    },
  });
  const recipientKeys = Object.keys(form.errors).filter((key) => key.startsWith('recipients'));
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="papers-form-heading"
      header={<h3 id="papers-form-heading">Record papers sent</h3>}
      footer={
        <SubmitButton form={form} label="Record papers sent" savingLabel={null} className="button button--secondary" />
      }
    >
      <DateField id="papersSentOn" legend="Date sent" {...form.bind('sentDate')} />
      <TextArea
        id="papersRecipients"
        label="Sent to"
        hint="One recipient on each line"
        rows={4}
        {...form.bind('recipients')}
        error={recipientKeys.map((key) => form.errors[key]).find(Boolean)}
      />
      <TextField
        id="papersMethod"
        label="How they were sent"
        hint="For example secure email, post or by hand"
        {...form.bind('method')}
      />
    </FormFrame>
  );
}
