import { addDaysIso } from '../dates';
import { defaultCalendar, periodBeginningWith, type WorkingCalendar } from './working-days';

/** The clock periods in domain.md; each is a setting later, with these defaults. */
export interface ClockSettings {
  papersWorkingDaysBefore: number;
  applicationMonths: number;
  admDecisionWorkingDays: number;
  temporaryApprovalWeeks: number;
  extensionMaxWeeks: number;
  firstReviewMonths: number;
  representationsDays: number;
  irmPapersWorkingDays: number;
  resignationDays: number;
  tellOrallyWorkingDays: number;
  tellInWritingWorkingDays: number;
}

export const DEFAULT_CLOCKS: ClockSettings = {
  papersWorkingDaysBefore: 5,
  applicationMonths: 8,
  admDecisionWorkingDays: 7,
  temporaryApprovalWeeks: 16,
  extensionMaxWeeks: 8,
  firstReviewMonths: 12,
  representationsDays: 28,
  irmPapersWorkingDays: 10,
  resignationDays: 28,
  tellOrallyWorkingDays: 2,
  tellInWritingWorkingDays: 5,
};

/** Pure statutory clocks; each takes and returns `YYYY-MM-DD`. */
export function statutoryClocks(calendar: WorkingCalendar = defaultCalendar, clocks: ClockSettings = DEFAULT_CLOCKS) {
  return {
    /** Papers to members by the 5th working day before the sitting. */
    papersDue: (sittingDate: string) => calendar.addWorkingDays(sittingDate, -clocks.papersWorkingDaysBefore),
    /** A recommendation on an application within 8 months of its being received. */
    applicationRecommendationDue: (receivedDate: string) =>
      periodBeginningWith(receivedDate, { months: clocks.applicationMonths }),
    /** ADM decision within 7 working days of receiving the final minutes (day of receipt is day 0). */
    admDecisionDue: (minutesReceivedDate: string) =>
      calendar.addWorkingDays(minutesReceivedDate, clocks.admDecisionWorkingDays),
    /** CPPCR reg 24: temporary approval lasts 16 weeks beginning with the approval date. */
    temporaryApprovalEnds: (approvalDate: string) =>
      periodBeginningWith(approvalDate, { weeks: clocks.temporaryApprovalWeeks }),
    /** CPPCR reg 25: one extension of up to 8 weeks after the current end. */
    latestExtendedEnd: (currentEnd: string) => addDaysIso(currentEnd, clocks.extensionMaxWeeks * 7),
    /** First review heard by panel within 12 months beginning with the approval date. */
    firstReviewDue: (approvalDate: string) => periodBeginningWith(approvalDate, { months: clocks.firstReviewMonths }),
    /** Representations or an IRM application: letter date + 28 days. */
    representationsWindowEnds: (letterDate: string) => addDaysIso(letterDate, clocks.representationsDays),
    /** Agency papers to the IRM within 10 working days of being told of an application. */
    irmPapersDue: (toldDate: string) => calendar.addWorkingDays(toldDate, clocks.irmPapersWorkingDays),
    /** Approval ends 28 days after written notice of resignation is received. */
    resignationTakesEffect: (noticeReceivedDate: string) => addDaysIso(noticeReceivedDate, clocks.resignationDays),
    /** Locally: the decision told orally within 2 working days, in writing within 5. */
    tellOrallyBy: (decisionDate: string) => calendar.addWorkingDays(decisionDate, clocks.tellOrallyWorkingDays),
    tellInWritingBy: (decisionDate: string) => calendar.addWorkingDays(decisionDate, clocks.tellInWritingWorkingDays),
  };
}
