import { TextArea } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The reasons offered when a late step of a household's case chain is explained: the defaults and the service's own. */
export function DelayReasonsForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => ({ delayReasons: settings.delayReasons.join('\n') }),
    toInput: (values) => ({ delayReasons: lines(values.delayReasons) }),
    fieldTargets: { delayReasons: 'delayReasons' },
    notice: 'The reasons for delay have been saved.',
  });
  return (
    <SettingsFormFrame
      form={form}
      id="delay-reasons"
      title="Reasons for delay"
      intro={
        <p>
          Offered when a late or overdue step of a household’s case chain is explained. Reasons already recorded on a
          step keep their words.
        </p>
      }
      submitLabel="Save reasons for delay"
    >
      <TextArea
        id="delayReasons"
        label="Reasons for delay, one a line"
        hint="Up to 40 reasons of up to 120 characters each."
        rows={8}
        {...form.bind('delayReasons')}
      />
    </SettingsFormFrame>
  );
}
