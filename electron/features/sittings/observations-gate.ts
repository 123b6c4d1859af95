import { formatDate } from '../../../shared/domain/dates';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import {
  notReadyReason,
  observationsState,
  observationsWindowEnds,
} from '../../../shared/domain/sittings/observations-window';
import type { ItemView } from '../../../shared/schemas/sitting-views';
import { fieldError } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import { serviceCalendar } from '../../backend/service-clocks';
import { readSettings } from '../../../db/repositories/settings-repository';

interface StoredItem {
  itemType: string;
  checklist: string;
  reportGivenDate: string | null;
  observationsReceivedDate: string | null;
}

interface Requested {
  checklist: Record<string, boolean>;
  reportGivenDate?: string | null | undefined;
  observationsReceivedDate?: string | null | undefined;
}

/** The reg 26 dates as the item's page shows them; null for items that are not applications. */
export function observationsView(
  type: ItemType,
  item: StoredItem,
  calendar: WorkingCalendar,
): ItemView['observations'] {
  if (observationsState(type, item, '0000-01-01').state === 'not_applicable') return null;
  return {
    reportGivenDate: item.reportGivenDate,
    observationsReceivedDate: item.observationsReceivedDate,
    windowEnds: item.reportGivenDate ? observationsWindowEnds(item.reportGivenDate, calendar) : null,
  };
}

/**
 * FSR reg 26 on items:update: the dates the applicant was given the assessment
 * report and sent observations, and the rule that an application is not ready
 * for panel (every box of its checklist ticked) until the 10 working days for
 * observations have passed or the observations have arrived. An item already
 * fully ticked before this rule existed is left as it is.
 */
export function checkObservations(ctx: HandlerContext, item: StoredItem, input: Requested) {
  const type = item.itemType as ItemType;
  const dates = {
    reportGivenDate: input.reportGivenDate === undefined ? item.reportGivenDate : input.reportGivenDate,
    observationsReceivedDate:
      input.observationsReceivedDate === undefined ? item.observationsReceivedDate : input.observationsReceivedDate,
  };
  const today = ctx.clock.today();
  const calendar = serviceCalendar(readSettings(ctx.db));
  const state = observationsState(type, dates, today, calendar);
  if (state.state === 'not_applicable') {
    if (dates.reportGivenDate || dates.observationsReceivedDate)
      throw fieldError('reportGivenDate', 'Only applications for approval record the assessment report dates.');
    return dates;
  }
  if (dates.reportGivenDate && dates.reportGivenDate > today)
    throw fieldError('reportGivenDate', 'The date the report was given cannot be in the future');
  if (dates.observationsReceivedDate) {
    if (dates.observationsReceivedDate > today)
      throw fieldError('observationsReceivedDate', 'The date the observations arrived cannot be in the future');
    if (!dates.reportGivenDate)
      throw fieldError('reportGivenDate', 'Enter the date the report was given before the date of the observations');
    if (dates.observationsReceivedDate < dates.reportGivenDate)
      throw fieldError(
        'observationsReceivedDate',
        `The report was given on ${formatDate(dates.reportGivenDate)}; observations on it cannot have arrived before then.`,
      );
  }
  const keys = ITEM_TYPE_INFO[type].checklist.map((c) => c.key);
  const before = JSON.parse(item.checklist) as Record<string, boolean>;
  const readyNow = keys.every((key) => input.checklist[key] === true);
  const readyBefore = keys.every((key) => before[key] === true);
  const reason = notReadyReason(state);
  if (readyNow && !readyBefore && reason) throw fieldError('checklist', reason);
  return dates;
}
