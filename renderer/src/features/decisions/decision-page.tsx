import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useRead, useToday } from '../../api/hooks';
import { LoadState } from '../../components/load-state';
import { NoticeBanner } from '../../components/notice-banner';
import { usePageTitle } from '../../components/use-page-title';
import { useSession } from '../auth/session-context';
import { CaseSummary, HouseholdApproval } from './case-summary';
import { DecisionSection } from './decision-section';
import { DeterminationSection } from './determination-section';
import { FinalDecisionSection } from './final-decision-section';
import { LettersSection } from './letters-section';
import { ExemptionSummary } from '../exemptions/exemption-summary';
import { MinutesExtract, RecommendationToDecide, PapersList } from './minutes-extract';

export function DecisionPage() {
  const { itemId = '' } = useParams();
  const view = useRead('decisions:get', { itemId });
  // The forms' dates start as today, so they wait for the backend's clock.
  const today = useToday();
  return (
    <LoadState query={view} what="this decision">
      {(loaded) =>
        today ? (
          <DecisionCase view={loaded} />
        ) : (
          <p role="status" className="loading">
            Loading this decision…
          </p>
        )
      }
    </LoadState>
  );
}

/** One item's journey after panel: what the panel said, the ADM's decision and what followed it. */
function DecisionCase({ view }: { view: DecisionCaseView }) {
  const heading = `${view.typeLabel}: ${view.household.reference}`;
  usePageTitle(`ADM decision: ${heading}`);
  const { may } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        {may('decisions:queue') || !view.sitting ? (
          <Link to="/decisions">Back to ADM decisions</Link>
        ) : (
          <Link to={`/sittings/${view.sitting.id}`}>Back to the sitting</Link>
        )}
      </p>
      <NoticeBanner message={notice} takeFocus />
      <h1>{heading}</h1>
      <CaseSummary view={view} />
      <RecommendationToDecide view={view} />
      <ExemptionSummary exemption={view.exemption} />
      <MinutesExtract view={view} />
      <PapersList view={view} />
      <HouseholdApproval household={view.household} />
      <DecisionSection view={view} onSaved={setNotice} />
      <DeterminationSection view={view} onSaved={setNotice} />
      <FinalDecisionSection view={view} onSaved={setNotice} />
      <LettersSection view={view} />
    </>
  );
}
