import { CheckboxField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

/**
 * What the host asks of, and gives to, the seats on other computers: a code
 * from an authenticator app at sign-in, and files in a web browser.
 */
export function OtherComputersForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => ({
      requireSecondFactorForSeats: settings.requireSecondFactorForSeats,
      browserSeatDownloads: settings.browserSeatDownloads,
    }),
    toInput: (values) => values,
    notice: 'The settings for other computers have been saved.',
  });
  return (
    <SettingsFormFrame
      form={form}
      id="other-computers"
      title="Other computers"
      intro={<p>For a service whose people work from their own computers, connected to this host.</p>}
      submitLabel="Save the switches for other computers"
    >
      <CheckboxField
        id="requireSecondFactorForSeats"
        label="Require a second factor for sign-ins from other computers"
        hint="After the password, a code from the person’s authenticator app. Not asked on the host computer itself. Anyone without a second factor must set one up on the host computer first (their own account page, Second factor)."
        {...form.check('requireSecondFactorForSeats')}
      />
      <CheckboxField
        id="browserSeatDownloads"
        label="Browser seats may download documents"
        hint="Off: people using a web browser cannot save documents, exports or templates; the host and the desktop app still can. Every file made is recorded in the audit trail with the computer it went to."
        {...form.check('browserSeatDownloads')}
      />
    </SettingsFormFrame>
  );
}
