import type { SettingsView } from '../../../../shared/schemas/settings';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { SittingPatternFields } from '../settings/sitting-pattern-fields';
import {
  missingPatternParts,
  patternToValues,
  SITTING_PATTERN_TARGETS,
  valuesToPattern,
  type SittingPatternValues,
} from '../settings/sitting-pattern-values';

/** Step 2: how the panel usually sits, so new sittings are suggested on the right days. */
export function SittingPatternStep({
  settings,
  onDone,
  onSkip,
}: {
  settings: SettingsView;
  onDone: (saved: SettingsView) => void;
  onSkip: () => void;
}) {
  const form = useChannelForm({
    channel: 'settings:update',
    // Saved against the settings this step loaded: a change made meanwhile at another seat is refused, not undone.
    version: settings.version,
    draftKey: 'setup:pattern',
    // Most panels sit on a weekday in chosen weeks of the month (the second and fourth Tuesday): offered first.
    initial: (): SittingPatternValues => ({
      ...patternToValues(settings.sittingPattern),
      kind: settings.sittingPattern?.kind ?? 'monthly',
    }),
    precheck: (values) => {
      const missing = missingPatternParts(values);
      return Object.keys(missing).length > 0 ? { message: 'Finish the sitting pattern', fieldErrors: missing } : null;
    },
    toInput: (values, version) => ({ sittingPattern: valuesToPattern(values), version: version ?? settings.version }),
    fieldTargets: SITTING_PATTERN_TARGETS,
    onSaved: onDone,
  });
  return (
    <FormFrame
      form={form}
      submitLabel="Save and continue"
      labelledBy="setup-step-heading"
      secondaryAction={
        <button type="button" className="button button--secondary" onClick={onSkip}>
          The panel has no usual pattern: skip this step
        </button>
      }
    >
      <SittingPatternFields values={form.values} errors={form.errors} set={form.set} />
    </FormFrame>
  );
}
