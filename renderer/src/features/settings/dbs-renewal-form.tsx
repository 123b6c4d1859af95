import { wholeNumberAsTyped } from '../../api/typed-number';
import { TextField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

/** How often members' DBS checks are renewed: a member's renewal date defaults to their check date plus this. */
export function DbsRenewalForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => ({ dbsRenewalYears: String(settings.dbsRenewalYears) }),
    toInput: (values) => ({ dbsRenewalYears: wholeNumberAsTyped(values.dbsRenewalYears) }),
    notice: 'The DBS renewal period has been saved. It applies to checks recorded from now on.',
  });
  return (
    <SettingsFormFrame form={form} id="dbs" title="DBS renewal" submitLabel="Save DBS renewal period">
      <TextField
        id="dbsRenewalYears"
        label="Renew members' DBS checks every (years)"
        hint="Between 1 and 10; default 3. When a member's DBS check is recorded without a renewal date, it is set this many years after the check."
        inputMode="numeric"
        width="short"
        {...form.bind('dbsRenewalYears')}
      />
    </SettingsFormFrame>
  );
}
