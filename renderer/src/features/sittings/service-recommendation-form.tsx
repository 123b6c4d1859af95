import { useState, type SubmitEvent } from 'react';
import { allowedOutcomes } from '../../../../shared/domain/recommendations/outcomes';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { SelectField, TextArea } from '../../components/fields';

/**
 * What the service's report to panel recommends (domain.md "Service's
 * recommendation"), recorded with the papers and editable until the panel's
 * own recommendation is recorded; the annual report compares the two.
 */
export function ServiceRecommendationSection({
  item,
  canEdit,
  onSaved,
}: {
  item: ItemView;
  canEdit: boolean;
  onSaved: (notice: string) => void;
}) {
  const recorded = item.serviceRecommendation;
  return (
    <section className="section" aria-labelledby="service-recommendation-heading">
      <h2 id="service-recommendation-heading">The service’s recommendation</h2>
      {canEdit ? (
        <ServiceRecommendationForm item={item} onSaved={onSaved} />
      ) : (
        <dl className="summary-list">
          <div className="summary-row">
            <dt>Recommended</dt>
            <dd>{recorded?.outcomeLabel ?? 'Not recorded'}</dd>
          </div>
          {recorded?.reasons ? (
            <div className="summary-row">
              <dt>Reasons</dt>
              <dd>{recorded.reasons}</dd>
            </div>
          ) : null}
        </dl>
      )}
    </section>
  );
}

function ServiceRecommendationForm({ item, onSaved }: { item: ItemView; onSaved: (notice: string) => void }) {
  const [outcome, setOutcome] = useState(item.serviceRecommendation?.outcome ?? '');
  const [reasons, setReasons] = useState(item.serviceRecommendation?.reasons ?? '');
  const save = useWrite('items:setServiceRecommendation');
  const { message, fieldErrors } = errorState(save.error);
  // A report recommends an outcome on the merits: never a deferral.
  const options = allowedOutcomes(item.itemType)
    .filter((o) => o.code !== 'deferred')
    .map((o) => ({ value: o.code, label: o.label }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save.mutate(
      { id: item.id, version: item.version, outcome, reasons },
      { onSuccess: () => onSaved('The service’s recommendation has been saved.') },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ outcome: 'serviceOutcome', reasons: 'serviceReasons' }}
      />
      <SelectField
        id="serviceOutcome"
        label={item.itemType === 'business' ? 'What the report recommends (optional)' : 'What the report recommends'}
        hint="The assessing or supervising social worker’s recommendation in the report presented to panel"
        placeholder="Not recorded"
        options={options}
        value={outcome}
        onChange={setOutcome}
        error={fieldErrors.outcome}
      />
      <TextArea
        id="serviceReasons"
        label="The service’s reasons (optional)"
        rows={3}
        value={reasons}
        onChange={setReasons}
        error={fieldErrors.reasons}
      />
      <button type="submit" className="button button--secondary" disabled={save.isPending}>
        Save the service’s recommendation
      </button>
    </form>
  );
}
