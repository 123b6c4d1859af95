import { useState } from 'react';
import type { TermsOfApproval } from '../../../../shared/schemas/household';
import type { RecommendationView } from '../../../../shared/schemas/recommendation';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { hasDraft } from '../../components/drafts';
import { LoadState } from '../../components/load-state';
import { useSession } from '../auth/session-context';
import { RecommendationForm } from './recommendation-form';
import { recommendationDraftKey } from './recommendation-values';
import { RecordedRecommendation } from './recommendation-view';

type FormProps = {
  sitting: SittingDetail;
  item: ItemView;
  recorded: RecommendationView | null;
  onCancel: (() => void) | null;
  onSaved: (notice: string) => void;
};

/** The panel's recommendation on an item: shown once recorded, and recorded or changed here. */
export function RecommendationSection({
  sitting,
  item,
  onSaved,
}: {
  sitting: SittingDetail;
  item: ItemView;
  onSaved: (notice: string) => void;
}) {
  const { may } = useSession();
  const recommendation = useRead('recommendations:get', { itemId: item.id });
  // A change left part-typed (or refused) opens again where it was left.
  const [changing, setChanging] = useState(() => hasDraft(recommendationDraftKey(item.id)));
  const open = sitting.status !== 'cancelled' && (item.status === 'scheduled' || item.status === 'heard');
  const canRecord = open && may('recommendations:record');
  return (
    <section className="section" aria-labelledby="recommendation-heading">
      <h2 id="recommendation-heading">Panel's recommendation</h2>
      <LoadState query={recommendation} what="the recommendation">
        {(recorded) => {
          const formProps: FormProps = {
            sitting,
            item,
            recorded,
            onCancel: recorded ? () => setChanging(false) : null,
            onSaved: (notice) => {
              setChanging(false);
              onSaved(notice);
            },
          };
          if (recorded && !(changing && canRecord)) {
            return (
              <>
                <RecordedRecommendation recommendation={recorded} />
                {canRecord ? (
                  <div className="button-row">
                    <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
                      Change the recommendation
                    </button>
                  </div>
                ) : null}
              </>
            );
          }
          if (!canRecord) {
            return (
              <p>
                {open ? 'No recommendation has been recorded yet.' : 'No recommendation was recorded on this item.'}
              </p>
            );
          }
          return (
            <>
              <QuorumState item={item} />
              {item.household ? (
                <WithHouseholdTerms householdId={item.household.id} {...formProps} />
              ) : (
                <RecommendationForm {...formProps} householdTerms={null} />
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}

/** The form starts from the household's current terms, so it waits for them (or goes blank if they cannot be read). */
function WithHouseholdTerms({ householdId, ...props }: FormProps & { householdId: string }) {
  const household = useRead('households:get', { id: householdId });
  // An exemption item starts from the children and conditions on record.
  const isExemption = props.item.itemType === 'exemption';
  const exemption = useRead('recommendations:exemption', { itemId: props.item.id }, { enabled: isExemption });
  if (household.isPending || (isExemption && exemption.isPending)) {
    return (
      <p role="status" className="loading">
        Loading the household's terms…
      </p>
    );
  }
  const terms: TermsOfApproval | null = household.data?.terms ?? null;
  return (
    <RecommendationForm
      {...props}
      householdTerms={terms}
      householdType={household.data?.householdType ?? null}
      exemption={exemption.data ?? null}
    />
  );
}

/** Quorum for the item, above the form: a recommendation can only be made by a quorate panel. */
function QuorumState({ item }: { item: ItemView }) {
  const { quorate, membersCounted, failures } = item.quorum;
  const counted = `${membersCounted} ${membersCounted === 1 ? 'member is' : 'members are'} counted for this item.`;
  if (quorate) {
    return (
      <p>
        <span className="tag tag--quorate">Quorate</span> {counted}
      </p>
    );
  }
  return (
    <div className="panel panel--warning">
      <h3>The panel is not quorate for this item</h3>
      <p>{counted} A recommendation cannot be recorded until every rule is met:</p>
      <ul className="warning-list">
        {failures.map((failure) => (
          <li key={failure.rule}>{failure.message}</li>
        ))}
      </ul>
    </div>
  );
}
