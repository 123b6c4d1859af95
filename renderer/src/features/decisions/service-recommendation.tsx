import type { DirectReferral } from '../../../../shared/schemas/direct-referral';
import { formatDate, formatDateTime } from '../../format';
import { describeTerms } from '../households/terms-fields';
import { SummaryRows } from '../sittings/recommendation-view';

/** The service's own report and recommendation, for a case its settings send straight to the ADM. */
export function ServiceRecommendation({ referral }: { referral: DirectReferral }) {
  const rows: [string, React.ReactNode][] = [
    ['Recommendation', referral.outcomeLabel],
    ...(referral.terms ? [['Terms of approval', describeTerms(referral.terms)] as [string, React.ReactNode]] : []),
    ['Reasons', referral.reasons],
    ['Report', `${formatDate(referral.reportDate)}, by ${referral.presentedBy}`],
    ['Sent by', `${referral.referredByName} on ${formatDateTime(referral.referredAt)}`],
  ];
  return (
    <section className="section" aria-labelledby="service-recommendation-heading">
      <h2 id="service-recommendation-heading">The service's recommendation</h2>
      <p>This kind of case is decided without a fostering panel under the service's settings.</p>
      <SummaryRows rows={rows} />
    </section>
  );
}
