import { SittingPatternFields } from './sitting-pattern-fields';
import {
  missingPatternParts,
  patternToValues,
  SITTING_PATTERN_TARGETS,
  valuesToPattern,
} from './sitting-pattern-values';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

/** The usual sitting pattern, which suggests the date, time and venue when a sitting is added. */
export function SittingPatternForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => patternToValues(settings.sittingPattern),
    toInput: (values) => ({ sittingPattern: valuesToPattern(values) }),
    precheck: (values) => {
      const missing = missingPatternParts(values);
      return Object.keys(missing).length > 0 ? { message: 'Finish the sitting pattern', fieldErrors: missing } : null;
    },
    notice: 'The usual sitting pattern has been saved. New sittings suggest dates from it.',
    fieldTargets: SITTING_PATTERN_TARGETS,
  });
  return (
    <SettingsFormFrame
      form={form}
      id="sitting-pattern"
      title="Usual sitting pattern"
      intro={<p>When a sitting is added, its date, start time and venue are suggested from this pattern.</p>}
      submitLabel="Save sitting pattern"
    >
      <SittingPatternFields values={form.values} errors={form.errors} set={form.set} />
    </SettingsFormFrame>
  );
}
