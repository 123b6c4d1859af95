import { useState } from 'react';
import { reviewKindLabel } from '../../../../shared/domain/reviews/review-kinds';
import { Link, useParams } from 'react-router';
import { decisionOptions } from '../../../../shared/domain/decisions/decision-rules';
import type { ItemView, SittingDetail } from '../../../../shared/schemas/sitting-views';
import { useRead } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { AdmDecisionLink } from '../decisions/adm-decision-link';
import { ExtensionSection } from '../decisions/extension-section';
import { ResignationSection } from '../decisions/resignation-section';
import { DeclarationsSection } from './declarations-section';
import { ItemHistory } from './item-history';
import { ItemPresiderSection } from './item-presider-form';
import { OutcomeDialog } from './outcome-dialog';
import { QuorumCell } from './quorum-cell';
import { ReadinessForm } from './readiness-form';
import { RecommendationSection } from './recommendation-section';
import { RemoveItemDialog } from './remove-item-dialog';
import { ServiceRecommendationSection } from './service-recommendation-form';
import { formatSittingDay, isOnAgenda, ITEM_STATUS_LABELS } from './sitting-words';

export function ItemPage() {
  const { id = '', itemId = '' } = useParams();
  const sitting = useRead('sittings:get', { id });
  return (
    <LoadState query={sitting} what="this item">
      {(loaded) => {
        const item = loaded.items.find((i) => i.id === itemId);
        return item ? <ItemDetail sitting={loaded} item={item} /> : <ItemMissing sitting={loaded} />;
      }}
    </LoadState>
  );
}

function ItemMissing({ sitting }: { sitting: SittingDetail }) {
  usePageTitle('Item not found');
  return (
    <>
      <h1>This item is not on the sitting</h1>
      <p>
        <Link to={`/sittings/${sitting.id}`}>Back to the sitting on {formatSittingDay(sitting.date)}</Link>
      </p>
    </>
  );
}

function ItemDetail({ sitting, item }: { sitting: SittingDetail; item: ItemView }) {
  const heading = `Item ${item.number}: ${item.typeLabel}${item.addedLate ? ' (added late)' : ''}`;
  usePageTitle(heading);
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const [removing, setRemoving] = useState(false);
  // Before the papers go out an item added in error can come off the agenda altogether.
  const removable = sitting.status === 'planned' && item.status === 'scheduled' && may('items:remove');
  const editable = sitting.status !== 'cancelled' && item.status === 'scheduled';
  const rows: [string, React.ReactNode][] = [
    ['Sitting', `${formatSittingDay(sitting.date)}, ${sitting.startTime}`],
    ['Time', `${item.startTime}, ${item.durationMinutes} minutes`],
    [
      'Household',
      item.household ? (
        <Link to={`/households/${item.household.id}`}>
          {item.household.reference} – {item.household.displayName}
        </Link>
      ) : (
        'None'
      ),
    ],
    ['Title', item.title ?? 'None'],
    ...(item.reviewKind ? ([['Kind of review', reviewKindLabel(item.reviewKind)]] as [string, string][]) : []),
    ...(item.observations
      ? ([
          [
            'Assessment report given to the applicant',
            item.observations.reportGivenDate ? formatDate(item.observations.reportGivenDate) : 'Not recorded',
          ],
          [
            'Observations received',
            item.observations.observationsReceivedDate
              ? formatDate(item.observations.observationsReceivedDate)
              : 'None yet',
          ],
        ] as [string, string][])
      : []),
    [
      'Papers received',
      item.papersReceivedDate ? (
        <>
          {formatDate(item.papersReceivedDate)}
          {item.papersLate ? (
            <>
              {' '}
              <span className="tag tag--warning tag--after">Late</span>
            </>
          ) : null}
        </>
      ) : (
        'Not yet'
      ),
    ],
    [
      'Status',
      item.statusReason ? `${ITEM_STATUS_LABELS[item.status]}: ${item.statusReason}` : ITEM_STATUS_LABELS[item.status],
    ],
    ['Quorum', <QuorumCell key="quorum" item={item} />],
  ];
  return (
    <>
      <p>
        <Link to={`/sittings/${sitting.id}`}>Back to the sitting on {formatSittingDay(sitting.date)}</Link>
      </p>
      <NoticeBanner message={notice} />
      <h1>{heading}</h1>
      {(editable && may('items:changeOutcome')) || removable ? (
        <div className="button-row">
          {editable && may('items:changeOutcome') ? (
            <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
              Defer, move or withdraw
            </button>
          ) : null}
          {removable ? (
            <button type="button" className="button button--warning" onClick={() => setRemoving(true)}>
              Remove (added in error)
            </button>
          ) : null}
        </div>
      ) : null}
      {item.warnings.length > 0 ? (
        <div className="panel panel--warning">
          <h2>Warnings</h2>
          <ul className="warning-list">
            {item.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ReadinessForm
        key={`${item.id}-${String(item.version)}`}
        item={item}
        canEdit={editable && may('items:update')}
        onSaved={setNotice}
      />
      <ServiceRecommendationSection
        key={`service-${item.id}-${String(item.version)}`}
        item={item}
        canEdit={editable && may('items:setServiceRecommendation')}
        onSaved={setNotice}
      />
      <DeclarationsSection sitting={sitting} item={item} canEdit={editable} onSaved={setNotice} />
      {isOnAgenda(item) ? (
        <ItemPresiderSection
          key={`presider-${item.id}-${String(item.version)}`}
          sitting={sitting}
          item={item}
          canEdit={editable && may('items:setPresider')}
          onSaved={setNotice}
        />
      ) : null}
      <RecommendationSection key={item.id} sitting={sitting} item={item} onSaved={setNotice} />
      {item.itemType === 'resignation' ? <ResignationSection item={item} onSaved={setNotice} /> : null}
      {item.itemType === 'temporary_approval_extension' ? <ExtensionSection item={item} onSaved={setNotice} /> : null}
      {decisionOptions(item.itemType).length > 0 && may('decisions:get') ? <AdmDecisionLink item={item} /> : null}
      <ItemHistory item={item} />
      {removable ? (
        <RemoveItemDialog sitting={sitting} item={item} open={removing} onClose={() => setRemoving(false)} />
      ) : null}
      <OutcomeDialog
        sitting={sitting}
        item={item}
        open={changing}
        onClose={() => setChanging(false)}
        onSaved={(text) => {
          setChanging(false);
          setNotice(text);
        }}
      />
    </>
  );
}
