import { AlignmentType, Document, HeadingLevel, Paragraph, type Table } from 'docx';
import { formatDate, formatOptionalDate } from '../domain/dates';
import { COMPLAINT_SOURCE_LABELS, FEEDBACK_FROM_LABELS } from '../schemas/complaints';
import { HOUSEHOLD_STATUS_LABELS, HOUSEHOLD_TYPE_LABELS, type TermsOfApproval } from '../schemas/household';
import type { SubjectAccessData } from '../schemas/records';
import { heading, line, names, run, strong, table } from './docx-parts';
import { termsWording } from './minutes/terms-wording';
import { safeText } from './safe-text';
import { exemptionSection, resignationSection, reviewsWithoutPanelSection, section } from './subject-access-sections';

type Block = Paragraph | Table;
type Item = SubjectAccessData['agendaItems'][number];
type Decision = SubjectAccessData['decisions'][number];

const H1 = HeadingLevel.HEADING_1;
const H2 = HeadingLevel.HEADING_2;

const termsText = (terms: TermsOfApproval | null) =>
  terms
    ? termsWording(terms)
        .map(([label, value]) => `${label}: ${value}`)
        .join('; ')
    : 'None';

const date = (iso: string | null) => formatOptionalDate(iso, '—');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');

/** Label and value lines, leaving out what was never recorded. */
const facts = (rows: readonly [string, string | null | undefined][]) =>
  rows.filter((row): row is [string, string] => !!row[1]).map(([label, value]) => line(value, label));

function itemBlocks(item: Item): Block[] {
  const r = item.recommendation;
  const blocks: Block[] = [
    heading(
      item.sittingDate
        ? `${item.typeLabel}: ${item.sittingKind ?? ''} sitting on ${formatDate(item.sittingDate)}`
        : `${item.typeLabel}: sent straight to the ADM, without panel`,
      H2,
    ),
    ...facts([
      ['Title', item.title],
      ['Status', capital(item.status)],
      ['Why', item.statusReason],
      ['Kind of review', item.reviewKindLabel],
      ['Papers received', item.papersReceivedDate ? formatDate(item.papersReceivedDate) : null],
      // FSR reg 26: the applicant's copy of the assessment report and their observations on it.
      ['Assessment report given to the applicant', item.reportGivenDate ? formatDate(item.reportGivenDate) : null],
      [
        "Applicant's observations received",
        item.observationsReceivedDate ? formatDate(item.observationsReceivedDate) : null,
      ],
      [
        'People at panel for this item',
        item.people.length > 0
          ? names(item.people.map((p) => `${p.name} (${p.description ?? capital(p.kind)})`))
          : null,
      ],
    ]),
  ];
  const toPanel = item.serviceRecommendationToPanel;
  if (toPanel) {
    blocks.push(
      strong(`The service's recommendation to panel: ${toPanel.outcomeLabel}`),
      ...facts([['Reasons', toPanel.reasons]]),
    );
  }
  const service = item.serviceRecommendation;
  if (service) {
    blocks.push(
      strong(`The service's recommendation to the ADM: ${service.outcomeLabel}`),
      ...facts([
        ['Report', `${formatDate(service.reportDate)}, by ${service.presentedBy}`],
        ['Reasons', service.reasons],
      ]),
    );
  }
  if (r) {
    blocks.push(
      strong(`Panel recommendation: ${r.outcomeLabel}`),
      ...facts([
        ['Reasons', r.reasons],
        ['Key issues', r.keyIssues],
        ["Members' views", r.membersViews],
        ['Terms', r.terms ? termsText(r.terms) : null],
        [
          'Vote',
          r.unanimous ? 'Unanimous' : `${r.votesFor} for, ${r.votesAgainst} against, ${r.votesAbstaining} abstaining`,
        ],
        ['Dissent', r.dissent.length > 0 ? r.dissent.map((d) => `${d.name}: ${d.view}`).join('; ') : null],
        ['Outstanding', r.outstanding],
        ['Recorded by', r.onBehalfOf ? `${r.recordedByName} for ${r.onBehalfOf}` : r.recordedByName],
      ]),
    );
  }
  if (item.history.length > 0) {
    blocks.push(
      table(
        ['When', 'What happened', 'By'],
        item.history.map((h) => [
          formatDate(h.at.slice(0, 10)),
          `${h.action}${h.detail ? `: ${h.detail}` : ''}`,
          h.byName,
        ]),
      ),
    );
  }
  return blocks;
}

function decisionBlocks(decision: Decision, items: readonly Item[]): Block[] {
  const item = items.find((i) => i.id === decision.itemId);
  return [
    heading(
      item ? `${item.typeLabel}, ${item.sittingDate ? formatDate(item.sittingDate) : 'without panel'}` : 'Decision',
      H2,
    ),
    ...facts([
      ['Stage', capital(decision.state)],
      ['ADM', decision.verdict ? `${capital(decision.verdict)}d with the panel` : null],
      ['Decision', decision.decision],
      ['Terms', decision.decisionTerms ? termsText(decision.decisionTerms) : null],
      ['Reasons', decision.reasons],
      ['Decided', decision.decidedOn ? `${formatDate(decision.decidedOn)} by ${decision.decidedByName ?? '—'}` : null],
      ['Information asked for', decision.informationRequested],
      ['Letter dated', decision.letterDate ? formatDate(decision.letterDate) : null],
      ['28-day window ends', decision.windowEnds ? formatDate(decision.windowEnds) : null],
      [
        'Route chosen',
        decision.route
          ? `${decision.route === 'irm' ? 'Independent Review Mechanism' : 'Representations to the agency'}, received ${date(decision.routeReceivedOn)}`
          : null,
      ],
      [
        'Told orally',
        decision.toldOrallyOn ? `${formatDate(decision.toldOrallyOn)} by ${decision.toldOrallyByName ?? '—'}` : null,
      ],
      ['Told in writing', decision.toldInWritingOn ? formatDate(decision.toldInWritingOn) : null],
      ['IRM recommendation', decision.irmRecommendation],
      ['IRM recommendation received', decision.irmRecommendationOn ? formatDate(decision.irmRecommendationOn) : null],
      [
        "IRM panel's recommendation considered",
        decision.irmConsidered === null ? null : decision.irmConsidered ? 'Yes' : 'No',
      ],
      [
        "Departs from the IRM panel's recommendation",
        decision.irmDeparts === null ? null : decision.irmDeparts ? 'Yes' : 'No',
      ],
      ['Why it departs', decision.irmDepartureReasons],
      ['Final decision', decision.finalDecision],
      ['Final terms', decision.finalTerms ? termsText(decision.finalTerms) : null],
      ['Final reasons', decision.finalReasons],
      [
        'Final decision made',
        decision.finalDecidedOn
          ? `${formatDate(decision.finalDecidedOn)} by ${decision.finalDecidedByName ?? '—'}`
          : null,
      ],
      ['Approval ends', decision.approvalEnds ? formatDate(decision.approvalEnds) : null],
    ]),
  ];
}

/**
 * The readable summary in a subject access export: everything held about one
 * household, in the order a reader expects. The same data is in data.json.
 */
export function buildSubjectAccessDocument(data: SubjectAccessData): Document {
  const h = data.household;
  const details: [string, string][] = [
    ['Reference', h.reference],
    ['Display name', h.displayName],
    ['Applicants', names(h.applicantNames)],
    ['Address', h.address ?? 'Not recorded'],
    [
      'Type',
      h.specialistScheme
        ? `${HOUSEHOLD_TYPE_LABELS[h.householdType]}: ${h.specialistScheme}`
        : HOUSEHOLD_TYPE_LABELS[h.householdType],
    ],
    ['Status', HOUSEHOLD_STATUS_LABELS[h.status]],
    ['Assessing social worker', h.assessingSocialWorker ?? 'Not recorded'],
    ['Supervising social worker', h.supervisingSocialWorker ?? 'Not recorded'],
    ['Application received', formatOptionalDate(h.applicationReceivedDate)],
    ['Approved', formatOptionalDate(h.approvalDate, 'Not approved')],
    ['Terms of approval', termsText(h.terms)],
  ];
  if (h.householdType === 'connected_person') {
    details.push(['Temporary approval (CPPCR reg 24)', formatOptionalDate(h.temporaryApprovalDate)]);
  }
  const children: Block[] = [
    new Paragraph({ children: [run(data.agencyName)], alignment: AlignmentType.RIGHT }),
    heading('Records held about a household', HeadingLevel.TITLE),
    strong(`${h.displayName} (${h.reference})`),
    line(`Made on ${formatDate(data.madeOn)} by ${data.madeBy}, in answer to a subject access request.`),
    line(
      'This is everything the fostering panel system holds about this household. The file data.json beside this document holds the same information in a form computers can read, and the letters folder holds each letter exactly as it was issued.',
    ),
  ];
  if (data.purge) {
    children.push(
      line(
        `The personal data in these records was purged on ${formatDate(data.purge.purgedAt.slice(0, 10))} after its retention period (FSR regulation 32). Only anonymous facts remain.`,
      ),
    );
  }
  children.push(
    heading('Details', H1),
    table(['Detail', 'Recorded'], details),
    ...section(
      'Status history',
      ['From', 'Status', 'Reason', 'Recorded by'],
      h.history.map((e) => [
        formatDate(e.effectiveDate),
        HOUSEHOLD_STATUS_LABELS[e.status],
        e.reason ?? '—',
        e.recordedBy,
      ]),
      'No changes of status recorded.',
    ),
    ...section(
      'Linked children',
      ['Initials', 'Date of birth', 'Placed', 'Placement ended', 'IRO'],
      h.children.map((c) => [
        c.initials,
        formatDate(c.dateOfBirth),
        date(c.placementDate),
        date(c.placementEndedOn),
        c.iroName ?? '—',
      ]),
      'No children linked.',
    ),
    heading('Panel business', H1),
    ...(data.agendaItems.length > 0 ? data.agendaItems.flatMap(itemBlocks) : [line('Not yet on any agenda.')]),
    heading('Agency decisions', H1),
    ...(data.decisions.length > 0
      ? data.decisions.flatMap((d) => decisionBlocks(d, data.agendaItems))
      : [line('No decisions recorded.')]),
    ...resignationSection(data),
    ...reviewsWithoutPanelSection(data),
    ...exemptionSection(data),
    ...section(
      'Extensions of temporary approval',
      ['Kind', 'Previous end', 'New end', 'Approved', 'By', 'IRO told'],
      data.extensions.map((e) => [
        e.kind === 'irm' ? 'Until the IRM outcome' : 'Up to 8 weeks',
        formatDate(e.previousEnd),
        e.newEnd ? formatDate(e.newEnd) : 'Until the IRM outcome is known',
        formatDate(e.decidedOn),
        e.decidedByName,
        formatDate(e.iroToldOn),
      ]),
      'No extension recorded.',
    ),
    ...section(
      'Complaints',
      ['Received', 'From', 'Summary', 'Outcome', 'Closed'],
      data.complaints.map((c) => [
        formatDate(c.receivedOn),
        COMPLAINT_SOURCE_LABELS[c.source],
        c.summary,
        c.outcome ?? '—',
        date(c.closedOn),
      ]),
      'No complaints recorded.',
    ),
    ...section(
      'Feedback forms',
      ['Received', 'From', 'About', 'Rating', 'Comments'],
      data.feedback.map((f) => [
        formatDate(f.receivedOn),
        FEEDBACK_FROM_LABELS[f.fromKind],
        f.item ? `${f.item.typeLabel}, ${formatDate(f.sitting.date)}` : `Sitting on ${formatDate(f.sitting.date)}`,
        `${f.rating} out of 5`,
        f.comment ?? '—',
      ]),
      'No feedback forms recorded.',
    ),
    ...section(
      'Letters and documents issued',
      ['Document', 'File', 'Issued', 'By', 'In this export'],
      data.documents.map((d) => [
        d.kindLabel,
        d.fileName,
        formatDate(d.issuedAt.slice(0, 10)),
        d.issuedByName,
        d.inExportAs ?? 'Removed when the records were purged',
      ]),
      'No letters issued.',
    ),
  );
  return new Document({
    creator: safeText(data.agencyName),
    title: 'Records held about a household',
    sections: [{ children }],
  });
}
