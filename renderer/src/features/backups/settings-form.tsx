import { useRead } from '../../api/hooks';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { TextField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { AGENCY_CONTACT_TARGETS, AgencyContactFields } from './agency-contact-fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useSettingsForm } from '../settings/use-settings-form';
import { OtherComputersForm } from '../settings/other-computers-form';
import { IRM_CONTACT_TARGETS, IrmContactFields } from './irm-contact-fields';

/** The service's name, letterhead and the IRM's details for documents, the idle lock time and the backup folder. */
export function SettingsSection() {
  const settings = useRead('settings:get', {});
  return (
    <section className="section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      {settings.data ? <SettingsForm /> : null}
      {settings.data ? <OtherComputersForm /> : null}
    </section>
  );
}

function SettingsForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => ({
      agencyName: settings.agencyName,
      agencyContact: settings.agencyContact,
      irmContact: settings.irmContact,
      idleLockMinutes: String(settings.idleLockMinutes),
      backupFolder: settings.backupFolder ?? '',
      daily: String(settings.backupRotation.daily),
      monthly: String(settings.backupRotation.monthly),
    }),
    toInput: ({ daily, monthly, idleLockMinutes, ...rest }) => ({
      ...rest,
      idleLockMinutes: wholeNumberAsTyped(idleLockMinutes),
      backupRotation: { daily: wholeNumberAsTyped(daily), monthly: wholeNumberAsTyped(monthly) },
    }),
    notice: 'The settings have been saved.',
    fieldTargets: {
      ...AGENCY_CONTACT_TARGETS,
      ...IRM_CONTACT_TARGETS,
      'backupRotation.daily': 'backupRotation-daily',
      'backupRotation.monthly': 'backupRotation-monthly',
    },
  });
  const { values, errors, set, bind } = form;
  return (
    <FormFrame
      form={form}
      header={<NoticeBanner message={form.saved} />}
      footer={<SubmitButton form={form} label="Save settings" className="button button--secondary" />}
    >
      <TextField
        id="agencyName"
        label="Name of the fostering service"
        hint="Printed at the head of agendas, minutes and letters."
        {...bind('agencyName')}
      />
      <AgencyContactFields value={values.agencyContact} errors={errors} onChange={set('agencyContact')} />
      <IrmContactFields value={values.irmContact} errors={errors} onChange={set('irmContact')} />
      <TextField
        id="idleLockMinutes"
        label="Lock the window after this many minutes without use"
        hint="Between 1 and 240. Whoever is logged in then types their password to carry on."
        inputMode="numeric"
        width="short"
        {...bind('idleLockMinutes')}
      />
      <TextField
        id="backupFolder"
        label="Backup folder (optional)"
        hint="The full path of a folder, ideally on another drive. Leave it blank to keep backups in a folder beside the database."
        {...bind('backupFolder')}
      />
      <TextField
        id="backupRotation-daily"
        label="Daily backups to keep (days)"
        hint="The newest backup of each of this many recent days is kept. Between 1 and 90; default 14."
        inputMode="numeric"
        width="short"
        {...bind('daily', 'backupRotation.daily')}
      />
      <TextField
        id="backupRotation-monthly"
        label="Monthly backups to keep (months)"
        hint="The newest backup of each of this many recent months is also kept. Between 0 and 120; default 12. Safety copies taken before a migration or a restore are never deleted."
        inputMode="numeric"
        width="short"
        {...bind('monthly', 'backupRotation.monthly')}
      />
    </FormFrame>
  );
}
