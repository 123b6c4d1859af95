import type { Sender } from '../../electron/backend/sender';
import type { Household, TermsOfApproval } from '../../shared/schemas/household';
import type { MinutesView } from '../../shared/schemas/minutes';
import type { AnnualReport } from '../../shared/schemas/report';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { openTestBackend, signIn } from './backend';
import { movableClock } from './clock';
import { householdInput } from './households';
import { IRM_CONTACT } from './letter-views';
import { memberInput } from './members';
import { panelCaller, windowSender } from './panel-caller';
import { CHAIR_REPORT_CASES, type ChairReportCase } from './chair-report-cases';
import { CHAIR_REPORT_SITTINGS } from './chair-report-sittings';
import { afterPanel, type YearDiary } from './chair-report-steps';
import { attending, recommending, settingsVersion } from './versions';

const CHAIR = windowSender(61);
const VICE_ONE = windowSender(62);
const VICE_TWO = windowSender(63);
const ADM = windowSender(64);
const OFFICER = windowSender(65);
/** The day the chair signed her report. */
const REPORTED_ON = '2020-05-29';
const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };

/**
 * The 2019/20 year of the county panel whose independent chair reported it in
 * ../shared/seeds/fostering-annual-report-2019-20-with-panel-chair-report.txt
 * ("LEICESTERSHIRE FOSTER PANEL"), replayed through the real router on a clock
 * that moves from April 2019 to the chair's report in May 2020: its sittings,
 * approvals, reviews, endings, extensions and deferrals as chair-report-cases.ts
 * lists them, each taken from the papers to the ADM's final decision.
 */
export async function openChairReportYear() {
  const clock = movableClock(new Date('2019-04-01T09:00:00'));
  const backend = await openTestBackend({ clock });
  await signIn(backend);
  const caller = panelCaller(backend);
  const { as } = caller;

  const member = async (overrides: Parameters<typeof memberInput>[0]) =>
    (await as<{ id: string }>('members:create', memberInput({ appointmentDate: '2017-04-01', ...overrides }))).id;
  const members = {
    chair: await member({ name: 'Arlene Chair', listRole: 'chair' }),
    viceOne: await member({ name: 'Victor Vice', listRole: 'vice_chair' }),
    viceTwo: await member({ name: 'Valerie Vice', listRole: 'vice_chair' }),
    sw: await member({ name: 'Sandra Social', background: 'social_worker', socialWorkerPqe3: true }),
    carer: await member({ name: 'Colin Carer', background: 'foster_carer' }),
    adult: await member({ name: 'Cara Leaver', background: 'care_experienced_adult' }),
    health: await member({ name: 'Hana Health', background: 'health' }),
  };
  caller.userFor(members.chair, 'Arlene Chair', ['chair'], CHAIR, 'chair-user');
  caller.userFor(members.viceOne, 'Victor Vice', ['chair'], VICE_ONE, 'vice-one-user');
  caller.userFor(members.viceTwo, 'Valerie Vice', ['chair'], VICE_TWO, 'vice-two-user');
  caller.userFor(null, 'Helen Decides', ['adm'], ADM, 'adm-user');
  caller.userFor(null, 'Nora Officer', ['nominated_officer'], OFFICER, 'officer-user');
  const senderOf = new Map<string, Sender>([
    [members.chair, CHAIR],
    [members.viceOne, VICE_ONE],
    [members.viceTwo, VICE_TWO],
  ]);

  await as('settings:update', { version: await settingsVersion(as), irmContact: IRM_CONTACT });
  const households = new Map<string, Household>();

  /** Dated steps between sittings (IRM applications, final decisions, notices), run in date order. */
  const diary: { date: string; step: () => Promise<void> }[] = [];
  const steps: YearDiary = {
    as,
    today: () => clock.today(),
    adm: ADM,
    officer: OFFICER,
    schedule: (date, step) => {
      diary.push({ date, step });
      diary.sort((a, b) => a.date.localeCompare(b.date));
    },
  };
  for (const early of CHAIR_REPORT_CASES.filter((c) => c.noticeRecordedEarly)) {
    steps.schedule(early.noticeOn ?? '', async () => {
      const household = await bringIn(early);
      households.set(early.key, household);
      await as('resignations:record', {
        householdId: household.id,
        noticeReceivedOn: early.noticeOn,
        reason: early.resignationReason,
      });
    });
  }
  const sittings: string[] = [];
  for (const planned of CHAIR_REPORT_SITTINGS) {
    await runDiaryUntil(planned.date);
    sittings.push(await holdSitting(planned.date, planned.kind));
  }
  await runDiaryUntil(REPORTED_ON);

  async function runDiaryUntil(date: string): Promise<void> {
    for (let next = diary[0]; next && next.date <= date; next = diary[0]) {
      diary.shift();
      moveTo(next.date);
      await next.step();
    }
    moveTo(date);
  }

  async function bringIn(yearCase: ChairReportCase): Promise<Household> {
    const created = await as<Household>(
      'households:create',
      householdInput({
        reference: yearCase.key,
        householdType: yearCase.householdType,
        applicationReceivedDate: yearCase.applicationReceived ?? '2018-11-01',
        ...(yearCase.temporaryApprovalDate ? { temporaryApprovalDate: yearCase.temporaryApprovalDate } : {}),
        ...(yearCase.householdType === 'specialist' ? { specialistScheme: 'Therapeutic fostering' } : {}),
        ...(yearCase.householdType === 'connected_person'
          ? { children: [{ initials: 'KC', dateOfBirth: '2014-06-01', placementDate: '2019-03-01' }] }
          : {}),
      }),
    );
    if (!yearCase.approvedOn) return created;
    return as<Household>('households:changeStatus', {
      id: created.id,
      version: created.version,
      status: 'approved',
      effectiveDate: yearCase.approvedOn,
      approvalDate: yearCase.approvedOn,
      terms: yearCase.terms,
    });
  }

  function moveTo(date: string): void {
    const target = new Date(`${date}T09:00:00`).getTime();
    const now = clock.now().getTime();
    if (target > now) clock.advance(target - now);
    caller.wake();
  }

  async function holdSitting(date: string, kind: 'main' | 'extra'): Promise<string> {
    let sitting = await as<SittingDetail>('sittings:create', { kind, date, startTime: '09:30', venue: 'County Hall' });
    const cases = CHAIR_REPORT_CASES.filter((c) => c.sittings.includes(date));
    for (const yearCase of cases) {
      // Each household comes in on the day it is first listed: nothing may be dated in the future.
      if (!households.has(yearCase.key)) households.set(yearCase.key, await bringIn(yearCase));
      sitting = await as<SittingDetail>('items:add', {
        sittingId: sitting.id,
        householdId: household(yearCase).id,
        itemType: yearCase.itemType,
        durationMinutes: 30,
        ...(yearCase.reviewKind ? { reviewKind: yearCase.reviewKind } : {}),
      });
    }
    const presiderId = kind === 'main' ? members.chair : sittings.length % 2 ? members.viceOne : members.viceTwo;
    for (const memberId of Object.values(members)) {
      const away = memberId !== presiderId && (memberId === members.chair || memberId === members.health);
      await as(
        'sittings:recordAttendance',
        await attending(as, {
          sittingId: sitting.id,
          memberId,
          status: away ? 'apologies' : 'present',
        }),
      );
    }
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    sitting = await as<SittingDetail>('sittings:setRoles', {
      sittingId: sitting.id,
      version: sitting.version,
      presiderId,
    });
    sitting = await as<SittingDetail>('sittings:progress', {
      id: sitting.id,
      version: sitting.version,
      status: 'papers_sent',
      papersSentDate: sitting.papersDue,
    });
    const itemOf = (yearCase: ChairReportCase) => {
      const item = sitting.items.find((i) => i.household?.id === household(yearCase).id);
      if (!item) throw new Error(`No item for ${yearCase.key} on ${date}`);
      return item.id;
    };
    for (const yearCase of cases) {
      const deferredHere = yearCase.deferredAt === date;
      sitting = await as<SittingDetail>('items:setServiceRecommendation', {
        id: itemOf(yearCase),
        version: versionOf(sitting, itemOf(yearCase)),
        outcome: deferredHere ? 'suitable' : (yearCase.serviceOutcome ?? yearCase.panelOutcome),
      });
      if (yearCase.chairWithdraws) {
        const interest = 'Knows the carers through her church';
        sitting = await as<SittingDetail>('items:declare', {
          itemId: itemOf(yearCase),
          memberId: members.chair,
          interest,
          withdrew: true,
        });
        sitting = await as<SittingDetail>('items:setPresider', {
          id: itemOf(yearCase),
          version: versionOf(sitting, itemOf(yearCase)),
          presiderId: members.viceOne,
        });
      }
      await as(
        'recommendations:record',
        await recommending(as, {
          itemId: itemOf(yearCase),
          ...UNANIMOUS,
          ...(deferredHere
            ? { outcome: 'deferred', reasons: 'Not ready.', outstanding: 'Statutory checks not back' }
            : { outcome: yearCase.panelOutcome, reasons: yearCase.reasons, ...termsOf(yearCase) }),
        }),
      );
    }
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    await as('sittings:progress', { id: sitting.id, version: sitting.version, status: 'held' });
    let minutes = await as<MinutesView>('minutes:save', { sittingId: sitting.id, version: 0, notes: {} });
    minutes = await as<MinutesView>(
      'minutes:approve',
      { sittingId: sitting.id, versionNumber: minutes.versions[0]?.number },
      senderOf.get(presiderId),
    );
    const referred = minutes.referrals.map((r) => r.itemId);
    if (referred.length > 0) {
      await as('minutes:sendToAdm', {
        sittingId: sitting.id,
        version: minutes.version,
        itemIds: referred,
        admUserId: 'adm-user',
        sentDate: date,
      });
    }
    for (const yearCase of cases) {
      if (yearCase.deferredAt === date) continue;
      await afterPanel(steps, yearCase, itemOf(yearCase), date);
    }
    return sitting.id;
  }

  function versionOf(sitting: SittingDetail, itemId: string): number {
    const item = sitting.items.find((i) => i.id === itemId);
    if (!item) throw new Error(`No item ${itemId}`);
    return item.version;
  }
  function household(yearCase: ChairReportCase): Household {
    const found = households.get(yearCase.key);
    if (!found) throw new Error(`No household ${yearCase.key}`);
    return found;
  }
  function termsOf(yearCase: ChairReportCase): { terms?: TermsOfApproval } {
    return yearCase.panelTerms ? { terms: yearCase.panelTerms } : {};
  }

  const report = () => as<AnnualReport>('reports:annual', { from: '2019-04-01', to: '2020-03-31' });
  return { backend, caller, clock, members, households, sittings, report, senders: { ADM, OFFICER, CHAIR } };
}
export type ChairReportYear = Awaited<ReturnType<typeof openChairReportYear>>;
