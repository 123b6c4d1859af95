import { fieldError, staleView } from '../../backend/domain-error';
import { formatDate } from '../../../shared/domain/dates';
import { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import type { AppSettings, SettingsView } from '../../../shared/schemas/settings';
import type { ReadableDb } from '../../../db/connection';
import { diffFields } from '../../backend/audit/audit-diff';

import { calendarFor } from '../../backend/service-clocks';
import type { HandlerContext, Router } from '../../backend/router';
import { ITEM_TYPE_INFO, type ItemType } from '../../../shared/domain/sittings/item-types';
import { readSettings, settingsVersion, writeSettings } from '../../../db/repositories/settings-repository';
import { itemsWaitingOfTypes } from '../../../db/repositories/sittings-repository';

export function registerSettings(router: Router): void {
  router.handle('settings:get', (ctx) => settingsView(ctx.db));
  router.handle('settings:update', (ctx, input) => {
    const { version, ...fields } = input;
    const before = readSettings(ctx.db);
    const changed = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    if (fields.bankHolidays) checkBankHolidays(fields.bankHolidays);
    if (fields.directToAdm) refuseWhileOnAgendas(ctx, fields.directToAdm, before.directToAdm);
    if (!writeSettings(ctx.db, { ...before, ...changed }, ctx.clock.now().toISOString(), version)) {
      throw staleView('The settings', () => settingsView(ctx.db), { entity: 'settings', id: SETTINGS_ID });
    }
    const after = settingsView(ctx.db);
    ctx.audit.entityId = SETTINGS_ID;
    const { version: _version, ...saved } = after;
    ctx.audit.changes = diffFields(before, saved);
    return after;
  });
}

/** The audit's name for the settings record (its key). */
const SETTINGS_ID = 'app';

function settingsView(db: ReadableDb): SettingsView {
  return { ...readSettings(db), version: settingsVersion(db) };
}

const bundled = new WorkingCalendar();

/** Each added day must not already be a holiday, each removed day must be one, and none both. */
function checkBankHolidays(changes: AppSettings['bankHolidays']): void {
  const weekday = (iso: string) => new Date(`${iso}T12:00:00`).getDay() % 6 !== 0;
  for (const day of changes.added) {
    if (bundled.isBankHoliday(day))
      throw fieldError('bankHolidays.added', `${formatDate(day)} is already a bank holiday.`);
    if (!weekday(day))
      throw fieldError('bankHolidays.added', `${formatDate(day)} is a weekend day, not a working day.`);
  }
  for (const day of changes.removed) {
    if (!bundled.isBankHoliday(day))
      throw fieldError('bankHolidays.removed', `${formatDate(day)} is not a bank holiday.`);
  }
  if (changes.added.some((day) => changes.removed.includes(day))) {
    throw fieldError('bankHolidays.removed', 'A day cannot be both added and removed.');
  }
  calendarFor({ bankHolidays: changes });
}

/** A type cannot skip panel while items of it wait on the agenda of a sitting not yet held: they would be stranded. */
function refuseWhileOnAgendas(ctx: HandlerContext, types: readonly string[], before: readonly string[]): void {
  const newlyOff = types.filter((type) => !before.includes(type));
  if (newlyOff.length === 0) return;
  const waiting = itemsWaitingOfTypes(ctx.db, newlyOff);
  const first = waiting[0];
  if (!first) return;
  const label = ITEM_TYPE_INFO[first.itemType as ItemType].label;
  throw fieldError(
    'directToAdm',
    `${label} cannot go straight to the ADM yet: ${waiting.length === 1 ? 'an item' : `${waiting.length} items`} of that kind ${waiting.length === 1 ? 'is' : 'are'} on the agenda of a sitting not yet held (the first on ${formatDate(first.date)}). Hear, move or withdraw ${waiting.length === 1 ? 'it' : 'them'} first.`,
  );
}
