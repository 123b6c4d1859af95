import { useState, type SubmitEvent } from 'react';
import type { AppSettings, SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { useRead } from '../../api/hooks';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { AGENCY_CONTACT_TARGETS, AgencyContactFields } from './agency-contact-fields';
import { useSettingsSave } from '../settings/use-settings-save';
import { IRM_CONTACT_TARGETS, IrmContactFields } from './irm-contact-fields';

/** The service's name, letterhead and the IRM's details for documents, the idle lock time and the backup folder. */
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
  const [irmContact, setIrmContact] = useState(settings.irmContact);
  const [minutes, setMinutes] = useState(String(settings.idleLockMinutes));
  const [folder, setFolder] = useState(settings.backupFolder ?? '');
  const [daily, setDaily] = useState(String(settings.backupRotation.daily));
  const [monthly, setMonthly] = useState(String(settings.backupRotation.monthly));
  const { saved, message, fieldErrors, pending, save } = useSettingsSave();

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input: SettingsUpdateInput = {
      agencyName,
      agencyContact,
      irmContact,
      idleLockMinutes: wholeNumberAsTyped(minutes),
      backupFolder: folder,
      backupRotation: { daily: wholeNumberAsTyped(daily), monthly: wholeNumberAsTyped(monthly) },
    };
    save(input, 'The settings have been saved.');
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      <NoticeBanner message={saved} />
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{
          ...AGENCY_CONTACT_TARGETS,
          ...IRM_CONTACT_TARGETS,
          'backupRotation.daily': 'backupRotation-daily',
          'backupRotation.monthly': 'backupRotation-monthly',
        }}
      />
      <TextField
        id="agencyName"
        label="Name of the fostering service"
        hint="Printed at the head of agendas, minutes and letters."
        value={agencyName}
        onChange={setAgencyName}
        error={fieldErrors.agencyName}
      />
      <AgencyContactFields value={agencyContact} errors={fieldErrors} onChange={setAgencyContact} />
      <IrmContactFields value={irmContact} errors={fieldErrors} onChange={setIrmContact} />
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
      <TextField
        id="backupRotation-daily"
        label="Daily backups to keep (days)"
        hint="The newest backup of each of this many recent days is kept. Between 1 and 90; default 14."
        inputMode="numeric"
        width="short"
        value={daily}
        onChange={setDaily}
        error={fieldErrors['backupRotation.daily']}
      />
      <TextField
        id="backupRotation-monthly"
        label="Monthly backups to keep (months)"
        hint="The newest backup of each of this many recent months is also kept. Between 0 and 120; default 12. Safety copies taken before a migration or a restore are never deleted."
        inputMode="numeric"
        width="short"
        value={monthly}
        onChange={setMonthly}
        error={fieldErrors['backupRotation.monthly']}
      />
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
