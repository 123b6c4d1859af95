import type { AppSettings } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { TextField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

type Quorum = AppSettings['quorum'];

/**
 * The quorum rule (FSR reg 24 as read locally; domain.md): the service may ask
 * for more members than the legal minimum, never fewer, and the three
 * conditions always apply. Each item's quorum is judged with it.
 */
export function QuorumForm({ quorum }: { quorum: Quorum }) {
  const form = useSettingsForm({
    fromSettings: (settings) => ({ minimumMembers: String(settings.quorum.minimumMembers) }),
    toInput: (values) => ({ quorum: { ...quorum, minimumMembers: wholeNumberAsTyped(values.minimumMembers) } }),
    notice: 'The quorum rule has been saved. Quorum is worked out again for every item.',
    fieldTargets: { 'quorum.minimumMembers': 'quorum-minimum' },
  });
  return (
    <SettingsFormFrame form={form} id="quorum" title="Quorum" submitLabel="Save quorum rule">
      <TextField
        id="quorum-minimum"
        label="Members present and not withdrawn for an item, at least"
        hint="At least 5, the regulations' minimum (FSR reg 24). You may ask for more."
        inputMode="numeric"
        width="short"
        {...form.bind('minimumMembers', 'quorum.minimumMembers')}
      />
      <p>The regulations also require, for every item, and these cannot be switched off:</p>
      <ul>
        <li>the chair or a vice chair presiding;</li>
        <li>at least one social worker with 3 years&rsquo; post-qualifying experience;</li>
        <li>when the person presiding is not independent, at least one other independent member.</li>
      </ul>
    </SettingsFormFrame>
  );
}
