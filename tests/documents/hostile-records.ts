import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { DocumentKind } from '../../shared/contract/documents';
import type { DecisionCaseView, ResignationView } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { AnnualReport } from '../../shared/schemas/report';
import type { AppSettings } from '../../shared/schemas/settings';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { openPanelSitting, windowSender } from '../factories/panel-sitting';
import {
  ACCEPTED,
  asLines,
  FIELD_CODE,
  FIELD_MARKUP,
  EMOJI,
  LONG_WORD,
  longText,
  OVERRIDE,
  RIGHT_TO_LEFT,
  XML_FORBIDDEN,
  type HostileSample,
} from './hostile-text';
import { settingsVersion } from '../factories/versions';

/** A household has at most two applicants, of up to 120 characters each. */
export const HOSTILE_APPLICANTS = [FIELD_MARKUP.typed, `${FIELD_CODE.typed} ${RIGHT_TO_LEFT.typed}`];

const CHAIR = windowSender(61);
const ADM = windowSender(62);

/** A document made from hostile records, with the samples it must show literally. */
export interface HostileDocument {
  name: string;
  file: string;
  samples: readonly HostileSample[];
}

/**
 * One household taken through panel with hostile text typed into every field
 * that reaches a document (names, address, venue, people, reasons, notes,
 * dissent, the ADM's reasons, the letterhead), through the real backend, then
 * each document issued by main from those records.
 */
export async function makeHostileDocuments(folder: string) {
  const panel = await openPanelSitting();
  const { as, ids } = panel;
  const sittingId = panel.sitting.id;
  const [approvalItem, resignationItem] = panel.sitting.items.map((i) => i.id) as [string, string];
  panel.userFor(ids.chair, 'Margaret Ellis', ['chair'], CHAIR, 'chair-user');
  panel.userFor(null, 'Priya Shah', ['adm'], ADM, 'adm-user');
  const everything = longText(ACCEPTED);

  // The letterhead refuses characters XML forbids, like every other text; field markup is kept as text.
  const refusedLetterhead = await panel.refused('settings:update', {
    version: await settingsVersion(panel.as),
    agencyContact: { address: XML_FORBIDDEN.typed, phone: '', email: '', logoDataUrl: '' },
  });
  if (refusedLetterhead?.code !== 'VALIDATION_FAILED') throw new Error('The letterhead took XML-forbidden characters');
  await as<AppSettings>('settings:update', {
    version: await settingsVersion(as),
    agencyName: `Shire ${FIELD_CODE.typed}`,
    agencyContact: { address: asLines(ACCEPTED), phone: '', email: '', logoDataUrl: '' },
  });
  // A direction override is refused, naming the character; the builders' test prints one stored before.
  const refusedOverride = await panel.refused('households:update', { ...panel.household, displayName: OVERRIDE.typed });
  if (!JSON.stringify(refusedOverride).includes('right-to-left override character (U+202E)'))
    throw new Error('The household name took a right-to-left override');
  const household = await as<Household>('households:update', {
    ...panel.household,
    displayName: `${RIGHT_TO_LEFT.typed} ${EMOJI.typed}`,
    applicantNames: HOSTILE_APPLICANTS,
    address: asLines(ACCEPTED),
    assessingSocialWorker: FIELD_MARKUP.typed,
  });
  let sitting = await as<SittingDetail>('sittings:get', { id: sittingId });
  sitting = await as<SittingDetail>('sittings:update', {
    id: sittingId,
    version: sitting.version,
    kind: 'main',
    date: sitting.date,
    startTime: sitting.startTime,
    venue: FIELD_CODE.typed,
    remoteLink: null,
    plannedPresiderId: ids.chair,
  });
  await as('sittings:setRoles', {
    sittingId,
    version: sitting.version,
    presiderId: ids.chair,
    adviserName: FIELD_MARKUP.typed,
    minuteTakerName: RIGHT_TO_LEFT.typed,
  });
  await as('sittings:addPerson', { sittingId, kind: 'presenter', itemId: approvalItem, name: EMOJI.typed });
  // The service's reasons reach the minutes too.
  const papers = await as<SittingDetail>('sittings:get', { id: sittingId });
  await as('items:setServiceRecommendation', {
    id: approvalItem,
    version: papers.items.find((i) => i.id === approvalItem)?.version,
    outcome: 'suitable',
    reasons: asLines(ACCEPTED),
  });
  await as(
    'recommendations:record',
    panel.approval({
      reasons: everything,
      keyIssues: asLines(ACCEPTED),
      dissent: [{ memberId: ids.m1, view: asLines(ACCEPTED) }],
    }),
    CHAIR,
  );
  await as('recommendations:record', panel.resignationNoted(), CHAIR);
  await panel.markHeld();
  const saved = await as<MinutesView>('minutes:save', {
    sittingId,
    version: 0,
    notes: {
      opening: everything,
      items: {
        [approvalItem]: { papersConsidered: asLines(ACCEPTED), discussion: everything, actions: asLines(ACCEPTED) },
      },
      otherBusiness: asLines(ACCEPTED),
      closing: asLines(ACCEPTED),
    },
  });
  const approved = await as<MinutesView>(
    'minutes:approve',
    { sittingId, versionNumber: saved.versions[0]?.number },
    CHAIR,
  );
  await as('minutes:sendToAdm', {
    sittingId,
    version: approved.version,
    itemIds: [approvalItem],
    admUserId: 'adm-user',
    sentDate: '2026-11-23',
  });
  const before = await as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
  await as(
    'decisions:decide',
    {
      itemId: approvalItem,
      version: before.case.version,
      verdict: 'agree',
      reasons: everything,
      decidedOn: '2026-11-23',
    },
    ADM,
  );
  await as('resignations:note', { itemId: resignationItem, noticeReceivedOn: '2026-11-23' });

  const made: HostileDocument[] = [];
  const save = async (name: string, kind: DocumentKind, subjectId: string, samples: HostileSample[]) => {
    const file = (await as<{ path: string }>('documents:issue', { kind, subjectId })).path;
    made.push({ name, file, samples });
  };
  const withLongWord = [...ACCEPTED, LONG_WORD];
  const letterhead = [FIELD_CODE];

  const agenda = await as<SittingDetail>('sittings:get', { id: sittingId });
  await save('hostile agenda', 'agenda', sittingId, [FIELD_CODE, EMOJI]);
  const minutes = await as<MinutesView>('minutes:get', { sittingId });
  const { approval, approvedContent } = minutes;
  if (!approval || !approvedContent) throw new Error('The hostile minutes were not approved');
  await save('hostile draft minutes', 'minutes-draft', sittingId, withLongWord);
  await save('hostile final minutes', 'minutes-final', sittingId, withLongWord);
  await save('hostile extract', 'minutes-extract', approvalItem, withLongWord);
  await save('hostile decision record', 'letter-decision-record', approvalItem, [...withLongWord, ...letterhead]);
  await save('hostile approval letter', 'letter-approval', approvalItem, [...withLongWord, ...letterhead]);
  const resignation = await as<ResignationView>('resignations:get', { itemId: resignationItem });
  await save('hostile resignation', 'letter-resignation', resignation.resignationId ?? resignationItem, [
    ...ACCEPTED,
    ...letterhead,
  ]);

  const exported = await as<{ path: string }>('records:exportSubjectAccess', { id: household.id });
  const summary = unzipSync(new Uint8Array(readFileSync(exported.path)))['summary.docx'];
  if (!summary) throw new Error('The subject access zip has no summary.docx');
  const summaryFile = path.join(folder, 'hostile-subject-access.docx');
  writeFileSync(summaryFile, summary);
  made.push({ name: 'hostile subject access', file: summaryFile, samples: ACCEPTED });

  return { panel, made, draft: minutes.draft, agenda, report: await as<AnnualReport>('reports:annual', {}) };
}
