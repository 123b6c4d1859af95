import { useState, type SubmitEvent } from 'react';
import type { AppSettings, SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { AGENCY_CONTACT_TARGETS, AgencyContactFields } from './agency-contact-fields';

/** The service's name and letterhead for documents, the idle lock time and the backup folder. */
export function SettingsSection() {
  const settings = useRead('settings:get', {});
  return (
    <section className="section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      {settings.data ? <SettingsForm settings={settings.data} /> : null}
    </section>
  );
}

function SettingsForm({ settings }: { settings: AppSettings }) {
  const [agencyName, setAgencyName] = useState(settings.agencyName);
  const [agencyContact, setAgencyContact] = useState(settings.agencyContact);
  const [minutes, setMinutes] = useState(String(settings.idleLockMinutes));
  const [folder, setFolder] = useState(settings.backupFolder ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const update = useWrite('settings:update');
  const { message, fieldErrors } = errorState(update.error);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(null);
    const typed = minutes.trim();
    // A number when it is one; otherwise what was typed, for the backend to explain.
    const idleLockMinutes = /^\d+$/.test(typed) ? Number(typed) : (typed as unknown as number);
    const input: SettingsUpdateInput = { agencyName, agencyContact, idleLockMinutes, backupFolder: folder };
    update.mutate(input, { onSuccess: () => setSaved('The settings have been saved.') });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <NoticeBanner message={saved} />
      <ErrorSummary message={message} fieldErrors={fieldErrors} fieldTargets={AGENCY_CONTACT_TARGETS} />
      <TextField
        id="agencyName"
        label="Name of the fostering service"
        hint="Printed at the head of agendas, minutes and letters."
        value={agencyName}
        onChange={setAgencyName}
        error={fieldErrors.agencyName}
      />
      <AgencyContactFields value={agencyContact} errors={fieldErrors} onChange={setAgencyContact} />
      <TextField
        id="idleLockMinutes"
        label="Lock the window after this many minutes without use"
        hint="Between 1 and 240. Whoever is logged in then types their password to carry on."
        inputMode="numeric"
        width="short"
        value={minutes}
        onChange={setMinutes}
        error={fieldErrors.idleLockMinutes}
      />
      <TextField
        id="backupFolder"
        label="Backup folder (optional)"
        hint="The full path of a folder, ideally on another drive. Leave it blank to keep backups in a folder beside the database."
        value={folder}
        onChange={setFolder}
        error={fieldErrors.backupFolder}
      />
      <button type="submit" className="button button--secondary" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
