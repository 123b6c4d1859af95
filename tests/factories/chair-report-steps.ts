import type { Sender } from '../../electron/backend/sender';
import type { DecisionCaseView, ExtensionView } from '../../shared/schemas/decision';
import type { ChairReportCase } from './chair-report-cases';
import type { PanelCaller } from './panel-caller';

/** What the year's steps after panel need: the caller, the deciders' windows and a diary of dated steps. */
export interface YearDiary {
  as: PanelCaller['as'];
  today(): string;
  adm: Sender;
  officer: Sender;
  /** Runs `step` on `date`, before that day's sitting. */
  schedule(date: string, step: () => Promise<void>): void;
}

/**
 * After the sitting: the nominated officer extends, the resignation is noted,
 * or the ADM agrees with the panel; a qualifying determination's letter is
 * dated that day and its final decision follows when the 28 days have passed
 * with nothing received, or on the IRM route the case sets out.
 */
export async function afterPanel(diary: YearDiary, yearCase: ChairReportCase, itemId: string, date: string) {
  const { as, adm, officer } = diary;
  if (yearCase.itemType === 'temporary_approval_extension') {
    const view = await as<ExtensionView>('extensions:get', { itemId }, officer);
    const until = yearCase.extensionUntilIrm ? { kind: 'irm' } : { kind: 'ordinary', newEndDate: view.latestEnd };
    await as('extensions:approve', { itemId, ...until, decidedOn: date, iroToldOn: date }, officer);
    return;
  }
  if (yearCase.itemType === 'resignation') {
    const notice = { noticeReceivedOn: yearCase.noticeOn, reason: yearCase.resignationReason };
    await as('resignations:note', { itemId, ...notice });
    return;
  }
  const current = await as<DecisionCaseView>('decisions:get', { itemId }, adm);
  const ending = yearCase.endingReason ? { endingReason: yearCase.endingReason } : {};
  const decision = { itemId, version: current.case.version, verdict: 'agree', decidedOn: date, ...ending };
  const decided = await as<DecisionCaseView>('decisions:decide', decision, adm);
  await as('decisions:recordToldOrally', {
    itemId,
    version: decided.case.version,
    toldOn: date,
    toldByName: 'Sam Social',
  });
  if (decided.case.state !== 'qualifying') return;
  const dated = await as<DecisionCaseView>('decisions:recordLetterDate', {
    itemId,
    version: (await as<DecisionCaseView>('decisions:get', { itemId }, adm)).case.version,
    letterDate: date,
  });
  const { irm } = yearCase;
  if (!irm) {
    const after = dated.case.windowEnds ?? date;
    diary.schedule(dayAfter(after), () => finalise(diary, itemId, yearCase, 'Nothing was received within 28 days.'));
    return;
  }
  diary.schedule(irm.appliedOn, async () => {
    const view = await as<DecisionCaseView>('decisions:get', { itemId }, adm);
    await as('decisions:recordRoute', { itemId, version: view.case.version, route: 'irm', receivedOn: irm.appliedOn });
  });
  diary.schedule(irm.recommendationOn, async () => {
    const view = await as<DecisionCaseView>('decisions:get', { itemId }, adm);
    await as('decisions:recordIrmRecommendation', {
      itemId,
      version: view.case.version,
      recommendation: irm.recommendation,
      receivedOn: irm.recommendationOn,
    });
  });
  diary.schedule(irm.finalOn, () =>
    finalise(diary, itemId, yearCase, 'Having considered the IRM panel’s recommendation, I agree with it.', {
      irmConsidered: true,
      irmDeparts: false,
    }),
  );
}

async function finalise(
  diary: YearDiary,
  itemId: string,
  yearCase: ChairReportCase,
  reasons: string,
  more: Record<string, unknown> = {},
): Promise<void> {
  const current = await diary.as<DecisionCaseView>('decisions:get', { itemId }, diary.adm);
  const ending = yearCase.endingReason ? { endingReason: yearCase.endingReason } : {};
  await diary.as(
    'decisions:finalise',
    {
      itemId,
      version: current.case.version,
      decisionCode: current.case.decision?.code,
      reasons,
      decidedOn: diary.today(),
      ...ending,
      ...more,
    },
    diary.adm,
  );
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
