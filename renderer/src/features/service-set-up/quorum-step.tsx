import type { SettingsView } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/**
 * Step 3: the quorum rule, through the same setting as Rules and clocks:
 * the regulations' minimum may be made stricter, never looser.
 */
export function QuorumStep({ settings, onDone }: { settings: SettingsView; onDone: (saved: SettingsView) => void }) {
  const form = useChannelForm({
    channel: 'settings:update',
    // Saved against the settings this step loaded: a change made meanwhile at another seat is refused, not undone.
    version: settings.version,
    draftKey: 'setup:quorum',
    initial: () => ({ minimumMembers: String(settings.quorum.minimumMembers) }),
    toInput: (values, version) => ({
      quorum: { ...settings.quorum, minimumMembers: wholeNumberAsTyped(values.minimumMembers) },
      version: version ?? settings.version,
    }),
    fieldTargets: { 'quorum.minimumMembers': 'setup-quorum-minimum' },
    onSaved: onDone,
  });
  return (
    <FormFrame form={form} submitLabel="Save and finish" labelledBy="setup-step-heading">
      <TextField
        id="setup-quorum-minimum"
        label="Members present for an item, at least"
        hint="At least 5, the regulations’ minimum (FSR reg 24). You may ask for more, never fewer."
        inputMode="numeric"
        width="short"
        {...form.bind('minimumMembers', 'quorum.minimumMembers')}
      />
      <p>For every item the regulations also require, and these cannot be switched off:</p>
      <ul>
        <li>the chair or a vice chair presiding;</li>
        <li>at least one social worker with 3 years&rsquo; post-qualifying experience;</li>
        <li>when the person presiding is not independent, at least one other independent member.</li>
      </ul>
    </FormFrame>
  );
}
