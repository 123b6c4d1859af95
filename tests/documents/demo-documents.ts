import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { LETTER_KINDS, type DocumentKind } from '../../shared/contract/documents';
import type { LetterSubject } from '../../shared/documents/letters';
import { sittingDay } from '../../shared/documents/docx-parts';
import { formatDate } from '../../shared/domain/dates';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import { periodWords, reportSubjectId, reportTitle } from '../../shared/domain/reports/period';
import type { DecisionCaseView, LetterHousehold } from '../../shared/schemas/decision';
import type { MinutesContent } from '../../shared/schemas/minutes';
import { DEMO_AGENCY } from '../../electron/demo/service-history';
import { SHORT_DEMO_TODAY, type ShortDemo } from './short-demo';

/** One document made from the demo records, with the facts its PDF must show. */
export interface MadeDocument {
  name: string;
  file: string;
  facts: string[];
}

export const NARRATIVE = 'The panel met every fortnight.\nMembers asked for earlier papers.';

/** The first issued document of each kind: the demo issues the first of every kind it makes. */
function firstIssued(demo: ShortDemo, kind: DocumentKind): string {
  const row = demo.backend.store.sqlite
    .prepare('SELECT subject_id FROM issued_documents WHERE kind = ? ORDER BY issued_at, id LIMIT 1')
    .get(kind) as { subject_id: string } | undefined;
  if (!row) throw new Error(`The short demo history issued no ${kind}: move SHORT_DEMO_END later`);
  return row.subject_id;
}

/** The first sitting whose approved minutes sent an item to the ADM. */
function firstSentToAdm(demo: ShortDemo): string {
  const row = demo.backend.store.sqlite
    .prepare(
      `SELECT i.sitting_id FROM agenda_items i JOIN sittings s ON s.id = i.sitting_id
       WHERE i.sent_to_adm_date IS NOT NULL ORDER BY s.date LIMIT 1`,
    )
    .get() as { sitting_id: string } | undefined;
  if (!row) throw new Error('The short demo history sent nothing to the ADM');
  return row.sitting_id;
}

const householdFacts = (household: LetterHousehold) => [household.reference, ...household.applicantNames];

/** What each letter must say beyond its frame, from the record it was built from. */
function letterFacts(kind: LetterKind, subject: LetterSubject): string[] {
  if (subject.kind === 'extension') {
    const extension = subject.view.extension;
    return extension
      ? [
          'The extension of your temporary approval',
          extension.newEnd ? formatDate(extension.newEnd) : 'outcome of the IRM review',
          extension.decidedByName,
        ]
      : [];
  }
  if (subject.kind === 'resignation') {
    return ['Your resignation as', formatDate(subject.view.approvalEnds ?? '')];
  }
  const { case: c, household } = subject.view;
  const decision = c.decision;
  if (!decision) throw new Error(`The case for the ${kind} has no decision`);
  switch (kind) {
    case 'letter-decision-record':
      return ['Agency decision maker’s decision record', decision.label, decision.decidedByName];
    case 'letter-approval':
      return ['Your approval as', formatDate(household.approvalDate ?? decision.decidedOn), decision.decidedByName];
    case 'letter-qualifying-determination':
      return [
        formatDate(c.letterDate ?? ''),
        formatDate(c.windowEnds ?? ''),
        decision.decidedByName,
        'This is a copy of its recommendation.',
        'You can choose one of these, not both.',
        DEMO_AGENCY.irmContact.name,
        `Telephone: ${DEMO_AGENCY.irmContact.telephone}`,
        'I will then make the final decision.',
      ];
    case 'letter-final-decision':
      return ['Our final decision', formatDate((c.finalDecision ?? decision).decidedOn)];
    case 'letter-termination':
      return ['The end of your approval as', formatDate((c.finalDecision ?? decision).decidedOn)];
    case 'letter-review-outcome':
      return ['The outcome of your review', decision.decidedByName];
    case 'letter-exemption': {
      // The children the exemption covers and its conditions, as the ADM granted them.
      const granted = subject.view.exemption?.granted;
      if (!granted) throw new Error('The exemption case has no granted exemption');
      return [
        'Your exemption from the usual fostering limit',
        `The exemption covers these ${granted.children.length} children: ${granted.children.slice(0, -1).join(', ')} and ${granted.children.at(-1) ?? ''}`,
        ...(granted.conditions ? [granted.conditions] : []),
      ];
    }
    default:
      return [];
  }
}

/** The record a letter is made from, by the subject it was issued against (the acknowledgement's is the notice). */
async function letterSubject(demo: ShortDemo, kind: LetterKind, itemId: string): Promise<LetterSubject> {
  if (kind === 'letter-extension') return { kind: 'extension', view: await demo.as('extensions:get', { itemId }) };
  if (kind === 'letter-resignation')
    return { kind: 'resignation', view: await demo.as('resignations:notice', { id: itemId }) };
  return { kind: 'case', view: await demo.as('decisions:get', { itemId }) };
}

const minutesFacts = (content: MinutesContent) => [
  content.agencyName,
  sittingDay(content.sitting.date),
  ...(content.sitting.presider ? [content.sitting.presider.name] : []),
  ...content.items.flatMap((item) => (item.householdReference ? [item.householdReference] : [])),
];

/**
 * Every kind of document the app makes, issued by main from the demo records
 * through `documents:issue` (the facts each must show are read here from the
 * same views the screens show); the subject access summary is made by main
 * itself and taken out of its zip.
 */
export async function makeEveryDocument(demo: ShortDemo, folder: string): Promise<MadeDocument[]> {
  const made: MadeDocument[] = [];
  const save = async (kind: DocumentKind, subjectId: string, facts: string[]) => {
    const saved = await demo.as('documents:issue', { kind, subjectId });
    made.push({ name: kind, file: saved.path, facts });
  };
  const settings = await demo.as('settings:get', {});
  const agencyName = settings.agencyName;

  // The agenda of the next sitting that has items, as the sitting screen offers it.
  const upcoming = await demo.as('sittings:list', { from: SHORT_DEMO_TODAY });
  const next = upcoming.find((s) => s.itemCount > 0);
  if (!next) throw new Error('The short demo history has no sitting to come with items');
  const sitting = await demo.as('sittings:get', { id: next.id });
  await save('agenda', sitting.id, [
    agencyName,
    'Fostering panel agenda',
    `${sittingDay(sitting.date)}, ${sitting.startTime}`,
    ...sitting.items.flatMap((item) => (item.household ? [item.household.reference] : [])),
  ]);

  // Minutes the chair approved and sent to the ADM: draft, final and the first referral's extract.
  const minutes = await demo.as('minutes:get', { sittingId: firstSentToAdm(demo) });
  const { approval, approvedContent, referrals } = minutes;
  const [referral] = referrals;
  if (!approval || !approvedContent || !referral) throw new Error('Those minutes are not approved and sent');
  await save('minutes-draft', minutes.sittingId, ['DRAFT — not approved by the chair', ...minutesFacts(minutes.draft)]);
  await save('minutes-final', minutes.sittingId, [
    ...minutesFacts(approvedContent),
    `Approved by ${approval.byName}, chair`,
    `Minutes version ${approval.versionNumber}.`,
  ]);
  const extractItem = approvedContent.items.find((item) => item.itemId === referral.itemId);
  await save('minutes-extract', referral.itemId, [
    'Extract from the minutes of the fostering panel',
    sittingDay(approvedContent.sitting.date),
    ...(extractItem?.householdReference ? [extractItem.householdReference] : []),
    `Approved by ${approval.byName}, chair`,
  ]);

  // Every letter, from the record of the first case the demo issued it for, dated today.
  let approvedCase: DecisionCaseView | null = null;
  for (const kind of LETTER_KINDS) {
    const itemId = firstIssued(demo, kind);
    const subject = await letterSubject(demo, kind, itemId);
    if (kind === 'letter-approval' && subject.kind === 'case') approvedCase = subject.view;
    const dated = kind === 'letter-qualifying-determination' ? [] : [formatDate(SHORT_DEMO_TODAY)];
    await save(kind, itemId, [
      agencyName,
      ...dated,
      ...householdFacts(subject.view.household),
      ...letterFacts(kind, subject),
    ]);
  }

  // The panel report for the financial year the history falls in.
  // The chair's commentary is kept in the app and printed from there.
  const report = await demo.as('reports:annual', { from: '2025-04-01', to: '2026-03-31' });
  await demo.as('reports:saveCommentary', { ...report.period, text: NARRATIVE, version: 0 });
  await save('annual-report', reportSubjectId(report.period), [
    agencyName,
    reportTitle(report.period),
    periodWords(report.period),
    'Members asked for earlier papers.',
  ]);

  // The subject access summary for the approved household, which main builds and zips.
  if (!approvedCase) throw new Error('No approval letter case');
  const exported = await demo.as('records:exportSubjectAccess', { id: approvedCase.household.id });
  const summary = unzipSync(new Uint8Array(readFileSync(exported.path)))['summary.docx'];
  if (!summary) throw new Error('The subject access zip has no summary.docx');
  const summaryFile = path.join(folder, 'subject-access.docx');
  writeFileSync(summaryFile, summary);
  made.push({
    name: 'subject-access',
    file: summaryFile,
    facts: ['Records held about a household', ...householdFacts(approvedCase.household)],
  });
  return made;
}
