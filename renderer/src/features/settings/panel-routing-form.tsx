import { useState, type SubmitEvent } from 'react';
import { ROUTABLE_ITEM_TYPES, routingLabel } from '../../../../shared/domain/sittings/panel-routing';
import type { AppSettings } from '../../../../shared/schemas/settings';
import { ErrorSummary } from '../../components/error-summary';
import { CheckboxField } from '../../components/fields';
import { NoticeBanner } from '../../components/notice-banner';
import { useSettingsSave } from './use-settings-save';

/**
 * Which kinds of case go to panel. A kind switched off goes straight to the
 * ADM on the service's report (domain.md: the 2026 consultation on removing
 * panels from approvals). First reviews and representations always go to panel.
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
      <p className="hint">
        Untick a kind of case to send it straight to the agency decision maker on the service's report, without a panel
        recommendation. First reviews and representations always go to panel.
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
