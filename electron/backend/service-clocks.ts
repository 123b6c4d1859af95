import { BUNDLED_CHANGES } from '../../shared/domain/calendar/bank-holidays';
import { statutoryClocks } from '../../shared/domain/calendar/statutory-clocks';
import { WorkingCalendar } from '../../shared/domain/calendar/working-days';
import type { AppSettings } from '../../shared/schemas/settings';
import type { ReadableDb } from '../../db/connection';
import { readSettings } from '../../db/repositories/settings-repository';

type Clocks = ReturnType<typeof statutoryClocks>;
let cached: { key: string; calendar: WorkingCalendar; clocks: Clocks } | null = null;

/** The working calendar with the service's own bank holiday changes on top of the bundled ones. */
export function calendarFor(settings: Pick<AppSettings, 'bankHolidays'>): WorkingCalendar {
  return new WorkingCalendar({
    added: [...BUNDLED_CHANGES.added, ...settings.bankHolidays.added],
    removed: [...BUNDLED_CHANGES.removed, ...settings.bankHolidays.removed],
  });
}

let cachedCalendar: { key: string; calendar: WorkingCalendar } | null = null;

/**
 * The service's working calendar, built again only when its bank holiday
 * changes do: building one works out every bank holiday from 2010 to 2045,
 * which was most of a sitting view's time when done on every read.
 */
export function serviceCalendar(settings: Pick<AppSettings, 'bankHolidays'>): WorkingCalendar {
  const key = JSON.stringify(settings.bankHolidays);
  if (cachedCalendar?.key !== key) cachedCalendar = { key, calendar: calendarFor(settings) };
  return cachedCalendar.calendar;
}

/** The statutory clocks as this service has set them (periods and bank holidays). */
export function clocksFor(db: ReadableDb): Clocks {
  const settings = readSettings(db);
  const key = JSON.stringify([settings.clocks, settings.bankHolidays]);
  if (cached?.key !== key) {
    const calendar = calendarFor(settings);
    cached = { key, calendar, clocks: statutoryClocks(calendar, settings.clocks) };
  }
  return cached.clocks;
}
