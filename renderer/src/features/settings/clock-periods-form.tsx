import { DEFAULT_CLOCKS } from '../../../../shared/domain/calendar/statutory-clocks';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { TextField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

type Clocks = AppSettings['clocks'];

/** Each period, in words a panel administrator recognises, with the law's default. */
const PERIODS: { key: keyof Clocks; label: string; unit: string }[] = [
  { key: 'papersWorkingDaysBefore', label: 'Papers to members before a sitting', unit: 'working days' },
  { key: 'applicationMonths', label: 'Recommendation on an application within', unit: 'months' },
  { key: 'admDecisionWorkingDays', label: 'ADM decision after receiving the final minutes', unit: 'working days' },
  { key: 'temporaryApprovalWeeks', label: 'Temporary approval of a connected person lasts', unit: 'weeks' },
  { key: 'extensionMaxWeeks', label: 'An extension of temporary approval adds at most', unit: 'weeks' },
  { key: 'firstReviewMonths', label: 'First review heard by panel within', unit: 'months' },
  { key: 'representationsDays', label: 'Representations or the IRM within', unit: 'days of the letter' },
  { key: 'irmPapersWorkingDays', label: 'Agency papers to the IRM within', unit: 'working days' },
  { key: 'resignationDays', label: 'Approval ends after notice of resignation', unit: 'days' },
  { key: 'tellOrallyWorkingDays', label: 'Tell applicants the decision orally within', unit: 'working days' },
  { key: 'tellInWritingWorkingDays', label: 'Tell applicants the decision in writing within', unit: 'working days' },
];

/** The statutory clock periods: the law's defaults, which the service may change if the law changes first. */
export function ClockPeriodsForm() {
  const form = useSettingsForm({
    fromSettings: (settings) =>
      Object.fromEntries(PERIODS.map(({ key }) => [key, String(settings.clocks[key])])) as Record<keyof Clocks, string>,
    toInput: (typed) => ({
      clocks: Object.fromEntries(PERIODS.map(({ key }) => [key, wholeNumberAsTyped(typed[key])])) as Clocks,
    }),
    notice: 'The clock periods have been saved.',
    fieldTargets: Object.fromEntries(PERIODS.map(({ key }) => [`clocks.${key}`, `clock-${key}`])),
  });
  return (
    <SettingsFormFrame
      form={form}
      id="clocks"
      title="Clock periods"
      intro={
        <p className="hint">
          The defaults are the law in England (domain rules). Change one only when the law or your local procedure does.
        </p>
      }
      submitLabel="Save clock periods"
    >
      {PERIODS.map(({ key, label, unit }) => (
        <TextField
          key={key}
          id={`clock-${key}`}
          label={`${label} (${unit})`}
          hint={`Default ${DEFAULT_CLOCKS[key]}.`}
          inputMode="numeric"
          width="short"
          {...form.bind(key, `clocks.${key}`)}
        />
      ))}
    </SettingsFormFrame>
  );
}
