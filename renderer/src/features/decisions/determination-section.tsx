import { Link } from 'react-router';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { irmContactProblem } from '../../../../shared/schemas/irm-contact';
import { useRead } from '../../api/hooks';
import { formatDate, formatOptionalDate } from '../../format';
import { useSession } from '../auth/session-context';
import { SummaryRows } from '../sittings/recommendation-view';
import { formatSittingDay } from '../sittings/sitting-words';
import { DateActionForm } from './date-action-form';
import { ROUTE_LABELS } from './decision-words';
import { IrmRecommendationForm } from './irm-recommendation-form';
import { RouteForm } from './route-form';

type Props = { view: DecisionCaseView; onSaved: (notice: string) => void };

/** A qualifying determination's 28 days: the letter's date, the route the applicant chose, and what came back. */
export function DeterminationSection({ view, onSaved }: Props) {
  const { may } = useSession();
  const c = view.case;
  if (c.state !== 'qualifying' && !c.letterDate) return null;
  const open = c.state === 'qualifying';
  return (
    <section className="section" aria-labelledby="determination-heading">
      <h2 id="determination-heading">Qualifying determination</h2>
      <SummaryRows rows={determinationRows(view)} />
      {open && !c.letterDate && may('decisions:recordLetterDate') ? (
        <LetterDateForm key={c.version} view={view} onSaved={onSaved} />
      ) : null}
      {open && c.letterDate && !c.route && may('decisions:recordRoute') ? (
        <RouteForm key={c.version} view={view} onSaved={onSaved} />
      ) : null}
      {open && c.route === 'irm' && !c.irmRecommendation && may('decisions:recordIrmRecommendation') ? (
        <IrmRecommendationForm key={c.version} view={view} onSaved={onSaved} />
      ) : null}
    </section>
  );
}

function determinationRows(view: DecisionCaseView): [string, React.ReactNode][] {
  const c = view.case;
  const rows: [string, React.ReactNode][] = [
    ['Letter dated', formatOptionalDate(c.letterDate, 'Not dated yet: the 28-day window opens when it is')],
  ];
  if (c.windowEnds) rows.push(['28-day window ends', formatDate(c.windowEnds)]);
  if (c.letterDate) rows.push(['Route chosen', c.route ? ROUTE_LABELS[c.route] : 'Nothing received yet']);
  if (c.routeReceivedOn) rows.push(['Received', formatDate(c.routeReceivedOn)]);
  if (c.irmPapersDue) rows.push(['Agency papers due to the IRM', formatDate(c.irmPapersDue)]);
  if (c.route === 'irm') {
    rows.push([
      "The IRM panel's recommendation",
      c.irmRecommendation
        ? `${c.irmRecommendation.text} (received ${formatDate(c.irmRecommendation.receivedOn)})`
        : 'Not received yet',
    ]);
  }
  if (c.representationsItem) {
    const { itemId, sittingId, sittingDate } = c.representationsItem;
    rows.push([
      'Representations heard',
      <Link key="reps" to={`/sittings/${sittingId}/items/${itemId}`}>
        On the agenda of the sitting on {formatSittingDay(sittingDate)}
      </Link>,
    ]);
    rows.push(["The panel's fresh recommendation", c.representationsRecommendation ?? 'Not made yet']);
  }
  return rows;
}

function LetterDateForm({ view, onSaved }: Props) {
  const settings = useRead('settings:get', {}).data;
  // Dating the letter opens the 28 days: not while the letter cannot be issued for want of the IRM's details.
  const missing = settings ? irmContactProblem(settings.irmContact) : null;
  if (missing) {
    return (
      <div className="panel">
        <h3>The letter cannot be dated yet</h3>
        <p>{missing}</p>
      </div>
    );
  }
  return (
    <DateActionForm
      id="letterDate"
      heading="Date the qualifying determination letter"
      legend="Date of the letter"
      hint="The applicant has 28 days from this date to make representations or apply to the IRM."
      field="letterDate"
      submitLabel="Record the letter date"
      channel="decisions:recordLetterDate"
      toInput={(letterDate) => ({ itemId: view.case.itemId, version: view.case.version, letterDate })}
      onSaved={(saved, letterDate) =>
        onSaved(
          `The letter is dated ${formatDate(letterDate)}. The 28-day window ends on ${formatOptionalDate(saved.case.windowEnds)}.`,
        )
      }
    />
  );
}
