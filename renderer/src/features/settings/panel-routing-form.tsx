import {
  APPROVALS_GO_TO_PANEL,
  ROUTABLE_ITEM_TYPES,
  routingLabel,
} from '../../../../shared/domain/sittings/panel-routing';
import { CheckboxField } from '../../components/fields';
import { SettingsFormFrame, useSettingsForm } from './use-settings-form';

/**
 * Which kinds of case go to panel. A kind switched off goes straight to the
 * ADM on the service's report. Only the kinds the provider may lawfully decide
 * without panel are offered (domain.md "Which items may skip panel"); the help
 * text says why approvals are not among them.
 */
export function PanelRoutingForm() {
  const form = useSettingsForm({
    fromSettings: (settings) => ({ off: [...settings.directToAdm] as string[] }),
    toInput: (values) => ({ directToAdm: ROUTABLE_ITEM_TYPES.filter((type) => values.off.includes(type)) }),
    notice: 'Which cases go to panel has been saved.',
    fieldTargets: { directToAdm: `routing-${ROUTABLE_ITEM_TYPES[0]}` },
  });
  const { off } = form.values;
  const toggle = (type: string, toPanel: boolean) =>
    form.set('off')(toPanel ? off.filter((t) => t !== type) : [...off, type]);
  return (
    <SettingsFormFrame
      form={form}
      id="routing"
      title="Which cases go to panel"
      intro={
        <>
          <p className="hint" id="routing-hint">
            Untick a kind of case to send it straight to the agency decision maker on the service's report, without a
            panel recommendation. Only reviews other than the first, changes of terms the carer has agreed to in
            writing, terminations and exemptions may be decided without panel.
          </p>
          <p className="hint" id="routing-approvals">
            Approvals are not listed: {APPROVALS_GO_TO_PANEL} First reviews (FSR reg 28(3)) and representations also
            always go to panel.
          </p>
        </>
      }
      submitLabel="Save which cases go to panel"
    >
      {ROUTABLE_ITEM_TYPES.map((type) => (
        <CheckboxField
          key={type}
          id={`routing-${type}`}
          label={`${routingLabel(type)} goes to panel`}
          checked={!off.includes(type)}
          onChange={(checked) => toggle(type, checked)}
        />
      ))}
    </SettingsFormFrame>
  );
}
