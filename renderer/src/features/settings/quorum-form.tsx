import type { AppSettings } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { CheckboxField, TextField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

type Quorum = AppSettings['quorum'];

/** The parts of the quorum rule (FSR reg 24 as read locally); each item's quorum is judged with them. */
export function QuorumForm({ quorum }: { quorum: Quorum }) {
  const form = useSettingsForm({
    initial: () => ({ ...quorum, minimumMembers: String(quorum.minimumMembers) }),
    toInput: (values) => ({ quorum: { ...values, minimumMembers: wholeNumberAsTyped(values.minimumMembers) } }),
    notice: 'The quorum rule has been saved. Quorum is worked out again for every item.',
    fieldTargets: { 'quorum.minimumMembers': 'quorum-minimum' },
  });
  const tick = (key: Exclude<keyof Quorum, 'minimumMembers'>, label: string) => (
    <CheckboxField id={`quorum-${key}`} label={label} checked={form.values[key]} onChange={form.set(key)} />
  );
  return (
    <SettingsFormFrame form={form} id="quorum" title="Quorum" submitLabel="Save quorum rule">
      <TextField
        id="quorum-minimum"
        label="Members present and not withdrawn for an item, at least"
        hint="Default 5."
        inputMode="numeric"
        width="short"
        {...form.bind('minimumMembers', 'quorum.minimumMembers')}
      />
      {tick('requireChairOrViceChairPresiding', 'The chair or a vice chair must preside')}
      {tick('requireQualifiedSocialWorker', "At least one social worker with 3 years' post-qualifying experience")}
      {tick(
        'requireOtherIndependentWhenPresiderNotIndependent',
        'When the person presiding is not independent, at least one other independent member',
      )}
    </SettingsFormFrame>
  );
}
