import { allowedOutcomes } from '../../../../shared/domain/recommendations/outcomes';
import type { ItemView } from '../../../../shared/schemas/sitting-views';
import { SelectField, TextArea } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

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
  const form = useChannelForm({
    channel: 'items:setServiceRecommendation',
    initial: () => ({
      outcome: item.serviceRecommendation?.outcome ?? '',
      reasons: item.serviceRecommendation?.reasons ?? '',
    }),
    toInput: (values) => ({ id: item.id, version: item.version, ...values }),
    fieldTargets: { outcome: 'serviceOutcome', reasons: 'serviceReasons' },
    onSaved: () => onSaved('The service’s recommendation has been saved.'),
  });
  // A report recommends an outcome on the merits: never a deferral.
  const options = allowedOutcomes(item.itemType)
    .filter((o) => o.code !== 'deferred')
    .map((o) => ({ value: o.code, label: o.label }));
  return (
    <FormFrame
      form={form}
      footer={
        <SubmitButton
          form={form}
          label="Save the service’s recommendation"
          savingLabel={null}
          className="button button--secondary"
        />
      }
    >
      <SelectField
        id="serviceOutcome"
        label={item.itemType === 'business' ? 'What the report recommends (optional)' : 'What the report recommends'}
        hint="The assessing or supervising social worker’s recommendation in the report presented to panel"
        placeholder="Not recorded"
        options={options}
        {...form.bind('outcome')}
      />
      <TextArea id="serviceReasons" label="The service’s reasons (optional)" rows={3} {...form.bind('reasons')} />
    </FormFrame>
  );
}
