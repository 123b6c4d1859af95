import { useState } from 'react';
import type { Member, TrainingEntry } from '../../../../shared/schemas/member';
import { useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { formatDate, formatHours } from '../../format';
import { useSession } from '../auth/session-context';

/** The member's training log: what they attended, when, and for how long. */
export function TrainingSection({ member, onSaved }: { member: Member; onSaved: (notice: string) => void }) {
  const [removing, setRemoving] = useState<TrainingEntry | null>(null);
  const { may } = useSession();
  const canRemove = member.status !== 'left' && may('members:removeTraining');
  const total = member.training.reduce((sum, entry) => sum + entry.hours, 0);
  return (
    <section aria-labelledby="training-heading" className="section">
      <h2 id="training-heading">Training log</h2>
      {member.training.length === 0 ? (
        <p>No training recorded yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Training attended by {member.name}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Training</th>
              <th scope="col" className="numeric">
                Hours
              </th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {member.training.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDate(entry.date)}</td>
                <td>{entry.title}</td>
                <td className="numeric">{formatHours(entry.hours)}</td>
                {canRemove ? (
                  <td>
                    <button type="button" className="link-button" onClick={() => setRemoving(entry)}>
                      Remove
                      <span className="visually-hidden">
                        {' '}
                        {entry.title} on {formatDate(entry.date)}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total
              </th>
              <td className="numeric">{formatHours(total)}</td>
              {canRemove ? <td /> : null}
            </tr>
          </tfoot>
        </table>
      )}
      {member.status !== 'left' && may('members:addTraining') ? (
        <AddTrainingForm member={member} onSaved={onSaved} />
      ) : null}
      <RemoveTrainingDialog member={member} entry={removing} onClose={() => setRemoving(null)} onSaved={onSaved} />
    </section>
  );
}

function AddTrainingForm({ member, onSaved }: { member: Member; onSaved: (notice: string) => void }) {
  const form = useChannelForm({
    channel: 'members:addTraining',
    initial: () => ({ date: emptyDate, title: '', hours: '' }),
    toInput: (values) => ({
      memberId: member.id,
      date: partsToIso(values.date),
      title: values.title,
      hours: values.hours,
    }),
    fieldTargets: { date: 'trainingDate-day', title: 'trainingTitle', hours: 'trainingHours' },
    onSaved: (_, values) => {
      onSaved(`Training "${values.title.trim()}" has been added.`);
      form.discard();
    },
  });
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="add-training-heading"
      header={<h3 id="add-training-heading">Add training</h3>}
      footer={<SubmitButton form={form} label="Add training" savingLabel={null} className="button button--secondary" />}
    >
      <TextField id="trainingTitle" label="Training title" {...form.bind('title')} />
      <DateField id="trainingDate" legend="Date attended" {...form.bind('date')} />
      <TextField
        id="trainingHours"
        label="Hours"
        hint="To the nearest quarter hour, for example 2.5"
        inputMode="decimal"
        width="short"
        {...form.bind('hours')}
      />
    </FormFrame>
  );
}

function RemoveTrainingDialog(props: {
  member: Member;
  entry: TrainingEntry | null;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const remove = useWrite('members:removeTraining');
  const { entry } = props;
  return (
    <Dialog open={entry !== null} title="Remove this training entry?" onClose={props.onClose}>
      {entry ? (
        <>
          <p>
            {entry.title} on {formatDate(entry.date)} ({formatHours(entry.hours)}) will be removed from{' '}
            {props.member.name}'s training log.
          </p>
          {remove.error ? (
            <p className="field-error" role="alert">
              {remove.error.message}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              onClick={() =>
                remove.mutate(
                  { memberId: props.member.id, trainingId: entry.id },
                  {
                    onSuccess: () => {
                      props.onClose();
                      props.onSaved(`Training "${entry.title}" has been removed.`);
                    },
                  },
                )
              }
            >
              Remove training
            </button>
            <button type="button" className="button button--secondary" onClick={props.onClose}>
              Keep it
            </button>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
