import { addMonthsIso } from '../dates';

/** FSR reg 23: a member may leave, or be removed, on one month's written notice. */
export const NOTICE_PERIOD_MONTHS = 1;

export function leavingDateFromNotice(noticeDate: string): string {
  return addMonthsIso(noticeDate, NOTICE_PERIOD_MONTHS);
}
