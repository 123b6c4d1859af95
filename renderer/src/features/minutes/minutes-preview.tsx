import type { ReactNode } from 'react';
import type { MinutesContent, MinutesItem } from '../../../../shared/schemas/minutes';
import { recommendationRows, SummaryRows } from '../sittings/recommendation-view';
import { formatSittingDay, ITEM_STATUS_LABELS, KIND_LABELS } from '../sittings/sitting-words';
import { itemHeading } from './minutes-words';

type Named = { name: string; role: string };

function names(people: readonly Named[]): string {
  return people.map((p) => `${p.name} (${p.role})`).join('; ');
}

function listOrNone(values: readonly string[]): string {
  return values.length > 0 ? values.join('; ') : 'None';
}

/** The sitting's facts: when, where, who presided and who came. */
function sittingRows({ agencyName, sitting }: MinutesContent): [string, ReactNode][] {
  const place = [sitting.venue, sitting.remoteLink ? 'Remote' : null].filter(Boolean).join(' and ');
  const rows: [string, ReactNode][] = [
    ['Fostering service', agencyName],
    ['Sitting', `${KIND_LABELS[sitting.kind]} sitting, ${formatSittingDay(sitting.date)}, ${sitting.startTime}`],
    ['Place', place || 'Not recorded'],
    ['Presiding', sitting.presider ? `${sitting.presider.name} (${sitting.presider.role})` : 'Not recorded'],
    ['Members present', sitting.present.length > 0 ? names(sitting.present) : 'None recorded'],
    ['Apologies', listOrNone(sitting.apologies)],
    ['Absent', listOrNone(sitting.absent)],
    ['Panel adviser', sitting.adviserName ?? 'Not recorded'],
    ['Minute-taker', sitting.minuteTakerName ?? 'Not recorded'],
  ];
  if (sitting.observers.length > 0) rows.push(['Observers', names(sitting.observers)]);
  return rows;
}

function itemRows(item: MinutesItem): [string, ReactNode][] {
  const rows: [string, ReactNode][] = [];
  if (item.status !== 'scheduled' && item.status !== 'heard') {
    const status = ITEM_STATUS_LABELS[item.status];
    rows.push(['Status', item.statusReason ? `${status}: ${item.statusReason}` : status]);
  }
  if (item.title && item.householdReference) rows.push(['Title', item.title]);
  const heard = item.status === 'scheduled' || item.status === 'heard';
  if (item.arrivals?.length) rows.push(['Joined the meeting before this item', item.arrivals.join('; ')]);
  if (heard && item.presidedBy && !item.presiding) rows.push(['Presided by', item.presidedBy]);
  if (item.presenters.length > 0) rows.push(['Presented by', item.presenters.join('; ')]);
  else if (heard) rows.push(['Presented by', 'No presenter recorded']);
  if (item.attendees.length > 0) rows.push(['Also attending', names(item.attendees)]);
  rows.push([
    'Declarations of interest',
    item.declarations.length > 0
      ? item.declarations
          .map((d) => `${d.name}: ${d.interest} (${d.withdrew ? 'withdrew for this item' : 'remained'})`)
          .join('; ')
      : 'None',
  ]);
  if (item.presiding) rows.push(['Presiding this item', item.presiding]);
  const counted = `${item.quorum.membersCounted} ${item.quorum.membersCounted === 1 ? 'member' : 'members'} counted`;
  rows.push([
    'Quorum',
    item.quorum.quorate ? `Quorate, ${counted}` : `Not quorate, ${counted}: ${item.quorum.failures.join(' ')}`,
  ]);
  if (item.papersConsidered) rows.push(['Papers considered', item.papersConsidered]);
  if (item.serviceRecommendation) {
    const { outcomeLabel, reasons } = item.serviceRecommendation;
    rows.push(['The service’s recommendation', reasons ? `${outcomeLabel}. ${reasons}` : outcomeLabel]);
  }
  if (item.discussion) rows.push(['Discussion', item.discussion]);
  if (item.actions) rows.push(['Actions', item.actions]);
  if (item.recommendation) {
    rows.push(...recommendationRows(item.recommendation));
    rows.push(['Recorded by', item.recommendation.recordedBy]);
  } else if (heard) {
    rows.push(['Recommendation', 'None recorded yet']);
  }
  if (item.departures?.length) rows.push(['Left the meeting after this item', item.departures.join('; ')]);
  return rows;
}

/** The minutes as the chair reads and approves them, compact: the same content the Word document is made from. */
export function MinutesPreview({ content, heading, hint }: { content: MinutesContent; heading: string; hint: string }) {
  return (
    <section className="section minutes-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{heading}</h2>
      <p className="hint">{hint}</p>
      <SummaryRows rows={sittingRows(content)} />
      {content.opening ? <TextBlock heading="Opening" text={content.opening} /> : null}
      {content.items.length === 0 ? <p>There were no items on the agenda.</p> : null}
      {content.items.map((item) => (
        <section key={item.itemId} aria-labelledby={`preview-item-${item.itemId}`}>
          <h3 id={`preview-item-${item.itemId}`}>{itemHeading(item)}</h3>
          <SummaryRows rows={itemRows(item)} />
        </section>
      ))}
      {content.otherBusiness ? <TextBlock heading="Any other business" text={content.otherBusiness} /> : null}
      {content.closing ? <TextBlock heading="Closing" text={content.closing} /> : null}
    </section>
  );
}

function TextBlock({ heading, text }: { heading: string; text: string }) {
  return (
    <>
      <h3>{heading}</h3>
      <p className="preserve-lines">{text}</p>
    </>
  );
}
