import { DEFAULT_SETTINGS, type SettingsView } from '../../../../shared/schemas/settings';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { AGENCY_CONTACT_TARGETS, AgencyContactFields } from '../backups/agency-contact-fields';

/**
 * Step 1: the service's name, address and letterhead, printed on every
 * document. The default name is not offered as an answer: left as it is,
 * documents say "Fostering service".
 */
export function ServiceDetailsStep({
  settings,
  onDone,
}: {
  settings: SettingsView;
  onDone: (saved: SettingsView) => void;
}) {
  const form = useChannelForm({
    channel: 'settings:update',
    // Saved against the settings this step loaded: a change made meanwhile at another seat is refused, not undone.
    version: settings.version,
    draftKey: 'setup:service',
    initial: () => ({
      agencyName: settings.agencyName === DEFAULT_SETTINGS.agencyName ? '' : settings.agencyName,
      agencyContact: settings.agencyContact,
    }),
    precheck: (values) =>
      values.agencyContact.address.trim() === ''
        ? {
            message: 'Enter the service’s postal address',
            fieldErrors: { 'agencyContact.address': 'Enter the service’s postal address' },
          }
        : null,
    toInput: (values, version) => ({
      agencyName: values.agencyName,
      agencyContact: values.agencyContact,
      version: version ?? settings.version,
    }),
    fieldTargets: { ...AGENCY_CONTACT_TARGETS, agencyName: 'setup-agencyName' },
    onSaved: onDone,
  });
  return (
    <FormFrame form={form} submitLabel="Save and continue" labelledBy="setup-step-heading">
      <TextField
        id="setup-agencyName"
        label="Name of the fostering service"
        hint="Printed at the head of agendas, minutes and letters, for example Northshire Council Fostering Service."
        {...form.bind('agencyName')}
      />
      <AgencyContactFields
        value={form.values.agencyContact}
        errors={form.errors}
        onChange={form.set('agencyContact')}
        addressRequired
      />
    </FormFrame>
  );
}
