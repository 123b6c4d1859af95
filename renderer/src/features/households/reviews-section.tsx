import { useState } from 'react';
import type { ReviewKind } from '../../../../shared/domain/reviews/review-kinds';
import type { Household } from '../../../../shared/schemas/household';
import { useRead } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { emptyDate, partsToIso, type DateParts } from '../../components/date-parts';
import { TextArea, TextField } from '../../components/fields';
import { FormFrame, SubmitButton } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { NoticeBanner } from '../../components/notice-banner';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { ReviewKindField } from '../sittings/review-kind-field';

const ROUTE_LABELS = {
  panel: 'Heard by panel',
  direct: 'Sent straight to the ADM',
  without_panel: 'Done without panel',
} as const;

/**
 * Reviews of an approved household (FSR reg 28): every review since approval,
 * at panel or not, when the next is due (no more than 12 months on), and a
 * form to record a review done without panel, which resets that date.
 */
export function ReviewsSection({ household }: { household: Household }) {
  const query = useRead('reviews:forHousehold', { id: household.id });
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;
  if (household.status !== 'approved' || !data) return null;
  return (
    <section aria-labelledby="reviews-heading" className="section">
      <h2 id="reviews-heading">Reviews</h2>
      <NoticeBanner message={notice} />
      <p>
        {data.nextDue
          ? `Next review due by ${formatDate(data.nextDue)} (reviews after the first are at intervals of no more than 12 months, FSR reg 28).`
          : 'The first review is still to be heard by panel (FSR reg 28(3)).'}
      </p>
      {data.reviews.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Reviews since approval</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Kind</th>
              <th scope="col">How</th>
              <th scope="col">Outcome</th>
              <th scope="col">Reviewed by</th>
            </tr>
          </thead>
          <tbody>
            {data.reviews.map((review) => (
              <tr key={review.id}>
                <td>{formatDate(review.reviewDate)}</td>
                <td>{review.kindLabel}</td>
                <td>{ROUTE_LABELS[review.route]}</td>
                <td>{review.outcomeSummary ?? '—'}</td>
                <td>{review.reviewedBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No review since approval is recorded here.</p>
      )}
      {may('reviews:recordWithoutPanel') ? (
        data.cannotRecordReason ? (
          <p className="hint">{data.cannotRecordReason}</p>
        ) : (
          <ReviewWithoutPanelForm householdId={household.id} onSaved={setNotice} />
        )
      ) : null}
    </section>
  );
}

interface ReviewValues {
  reviewDate: DateParts;
  kind: ReviewKind | '';
  outcomeSummary: string;
  reviewedBy: string;
}

const blank = (): ReviewValues => ({ reviewDate: emptyDate, kind: '', outcomeSummary: '', reviewedBy: '' });

function ReviewWithoutPanelForm({ householdId, onSaved }: { householdId: string; onSaved: (notice: string) => void }) {
  const form = useChannelForm({
    channel: 'reviews:recordWithoutPanel',
    draftKey: `review:new:${householdId}`,
    initial: blank,
    toInput: (values) => ({
      householdId,
      reviewDate: partsToIso(values.reviewDate),
      kind: values.kind as ReviewKind,
      outcomeSummary: values.outcomeSummary,
      reviewedBy: values.reviewedBy,
    }),
    fieldTargets: { reviewDate: 'reviewDate-day', kind: 'reviewKind', outcomeSummary: 'reviewOutcome' },
    onSaved: (saved) => {
      form.discard();
      onSaved(
        saved.nextDue
          ? `The review has been recorded. The next is due by ${formatDate(saved.nextDue)}.`
          : 'The review has been recorded.',
      );
    },
  });
  const { bind } = form;
  return (
    <FormFrame
      form={form}
      className="inline-form"
      labelledBy="review-form-heading"
      header={<h3 id="review-form-heading">Record a review done without panel</h3>}
      footer={
        <SubmitButton form={form} label="Record the review" savingLabel={null} className="button button--secondary" />
      }
    >
      <DateField id="reviewDate" legend="Date of the review" {...bind('reviewDate')} />
      <ReviewKindField id="reviewKind" {...bind('kind')} />
      <TextArea
        id="reviewOutcome"
        label="Outcome"
        hint="For example: approval continues on the same terms"
        {...bind('outcomeSummary')}
      />
      <TextField
        id="reviewedBy"
        label="Reviewed by"
        hint="The reviewing officer's name and role"
        {...bind('reviewedBy')}
      />
    </FormFrame>
  );
}
