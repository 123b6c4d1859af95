import { useState, type SubmitEvent } from 'react';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField, TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { useSettingsSave } from './use-settings-save';

type Quorum = AppSettings['quorum'];

/** The parts of the quorum rule (FSR reg 24 as read locally); each item's quorum is judged with them. */
export function QuorumForm({ quorum }: { quorum: Quorum }) {
  const [minimum, setMinimum] = useState(String(quorum.minimumMembers));
  const [parts, setParts] = useState(quorum);
  const { saved, message, fieldErrors, pending, save } = useSettingsSave();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save(
      { quorum: { ...parts, minimumMembers: wholeNumberAsTyped(minimum) } },
      'The quorum rule has been saved. Quorum is worked out again for every item.',
    );
  };
  const tick = (key: Exclude<keyof Quorum, 'minimumMembers'>, label: string) => (
    <CheckboxField
      id={`quorum-${key}`}
      label={label}
      checked={parts[key]}
      onChange={(checked) => setParts({ ...parts, [key]: checked })}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="quorum-heading">
      <h2 id="quorum-heading">Quorum</h2>
      <NoticeBanner message={saved} />
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ 'quorum.minimumMembers': 'quorum-minimum' }}
      />
      <TextField
        id="quorum-minimum"
        label="Members present and not withdrawn for an item, at least"
        hint="Default 5."
        inputMode="numeric"
        width="short"
        value={minimum}
        onChange={setMinimum}
        error={fieldErrors['quorum.minimumMembers']}
      />
      {tick('requireChairOrViceChairPresiding', 'The chair or a vice chair must preside')}
      {tick('requireQualifiedSocialWorker', "At least one social worker with 3 years' post-qualifying experience")}
      {tick(
        'requireOtherIndependentWhenPresiderNotIndependent',
        'When the person presiding is not independent, at least one other independent member',
      )}
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save quorum rule'}
      </button>
    </form>
  );
}
