import { useState, type SubmitEvent } from 'react';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { useSettingsSave } from './use-settings-save';

type Quorum = AppSettings['quorum'];

/**
 * The quorum rule (FSR reg 24 as read locally; domain.md): the service may ask
 * for more members than the legal minimum, never fewer, and the three
 * conditions always apply. Each item's quorum is judged with it.
 */
export function QuorumForm({ quorum }: { quorum: Quorum }) {
  const [minimum, setMinimum] = useState(String(quorum.minimumMembers));
  const { saved, message, fieldErrors, pending, save } = useSettingsSave();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save(
      { quorum: { ...quorum, minimumMembers: wholeNumberAsTyped(minimum) } },
      'The quorum rule has been saved. Quorum is worked out again for every item.',
    );
  };
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
        hint="At least 5, the regulations' minimum (FSR reg 24). You may ask for more."
        inputMode="numeric"
        width="short"
        value={minimum}
        onChange={setMinimum}
        error={fieldErrors['quorum.minimumMembers']}
      />
      <p>The regulations also require, for every item, and these cannot be switched off:</p>
      <ul>
        <li>the chair or a vice chair presiding;</li>
        <li>at least one social worker with 3 years&rsquo; post-qualifying experience;</li>
        <li>when the person presiding is not independent, at least one other independent member.</li>
      </ul>
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save quorum rule'}
      </button>
    </form>
  );
}
