import { useState, type SubmitEvent } from 'react';
import {
  APPROVALS_GO_TO_PANEL,
  ROUTABLE_ITEM_TYPES,
  routingLabel,
} from '../../../../shared/domain/sittings/panel-routing';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { useSettingsSave } from './use-settings-save';

/**
 * Which kinds of case go to panel. A kind switched off goes straight to the
 * ADM on the service's report. Only the kinds the provider may lawfully decide
 * without panel are offered (domain.md "Which items may skip panel"); the help
 * text says why approvals are not among them.
 */
export function PanelRoutingForm({ directToAdm }: { directToAdm: AppSettings['directToAdm'] }) {
  const [off, setOff] = useState<Set<string>>(() => new Set(directToAdm));
  const { saved, message, fieldErrors, pending, save } = useSettingsSave();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = ROUTABLE_ITEM_TYPES.filter((type) => off.has(type));
    save({ directToAdm: chosen }, 'Which cases go to panel has been saved.');
  };
  const toggle = (type: string, toPanel: boolean) => {
    const next = new Set(off);
    if (toPanel) next.delete(type);
    else next.add(type);
    setOff(next);
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="routing-heading">
      <h2 id="routing-heading">Which cases go to panel</h2>
      <p className="hint" id="routing-hint">
        Untick a kind of case to send it straight to the agency decision maker on the service's report, without a panel
        recommendation. Only reviews other than the first, changes of terms the carer has agreed to in writing,
        terminations and exemptions may be decided without panel.
      </p>
      <p className="hint" id="routing-approvals">
        Approvals are not listed: {APPROVALS_GO_TO_PANEL} First reviews (FSR reg 28(3)) and representations also always
        go to panel.
      </p>
      <NoticeBanner message={saved} />
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ directToAdm: `routing-${ROUTABLE_ITEM_TYPES[0]}` }}
      />
      {ROUTABLE_ITEM_TYPES.map((type) => (
        <CheckboxField
          key={type}
          id={`routing-${type}`}
          label={`${routingLabel(type)} goes to panel`}
          checked={!off.has(type)}
          onChange={(checked) => toggle(type, checked)}
        />
      ))}
      <button type="submit" className="button button--secondary" disabled={pending}>
        {pending ? 'Saving…' : 'Save which cases go to panel'}
      </button>
    </form>
  );
}
