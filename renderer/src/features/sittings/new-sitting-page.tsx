import { Link, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { useChannelForm } from '../../forms/use-channel-form';
import { SittingForm } from './sitting-form';
import { blankSittingForm, formToSittingInput, SITTING_FIELD_TARGETS } from './sitting-form-values';
import { formatSittingDay } from './sitting-words';

export function NewSittingPage() {
  usePageTitle('Add a sitting');
  const navigate = useNavigate();
  const form = useChannelForm({
    channel: 'sittings:create',
    draftKey: 'sitting:new',
    initial: blankSittingForm,
    toInput: formToSittingInput,
    fieldTargets: SITTING_FIELD_TARGETS,
    onSaved: (sitting) =>
      void navigate(`/sittings/${sitting.id}`, {
        state: { notice: `The sitting on ${formatSittingDay(sitting.date)} has been added.` },
      }),
  });
  return (
    <>
      <p>
        <Link to="/sittings">Back to sittings</Link>
      </p>
      <h1>Add a sitting</h1>
      <SittingForm form={form} submitLabel="Add sitting" />
    </>
  );
}
