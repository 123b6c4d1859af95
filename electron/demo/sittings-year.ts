import { getDay } from 'date-fns';
import { defaultCalendar } from '../../shared/domain/calendar/working-days';
import { parseIsoDate } from '../../shared/domain/dates';
import { planAgenda, sendPapers } from './agenda';
import { asAdmin, count, type DemoContext, type DemoSitting } from './context';
import { holdSitting, takeApologies } from './panel-day';
import { plusDays, plusMinutes, plusMonths, workingDay } from './timeline';

/**
 * The year's sittings: the main series (2nd and 4th Tuesday, planned each
 * October for the next year) and about six extra sittings, chaired by the
 * vice chairs, when connected-person work and court deadlines need them.
 */
const MAIN_VENUE = 'County Hall, Glenfield: Committee Room 2';
const EXTRA_LINK = 'https://teams.example.org/l/meetup-join/fostering-panel-extra';
const EXTRA_OFFSETS_DAYS = [38, 95, 152, 210, 268, 326];

/** Sittings where a member has to leave early and the last item cannot be heard. */
function quorumLossDates(yearStart: string, years: number): string[] {
  return Array.from({ length: years }, (_, y) => plusDays(plusMonths(yearStart, 12 * y), 130));
}

function register(ctx: DemoContext, sitting: Omit<DemoSitting, 'stage' | 'presiderId'>): void {
  const entry: DemoSitting = { ...sitting, stage: 'planned', presiderId: null };
  ctx.sittings.push(entry);
  ctx.sittings.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  count(ctx, `sittings:${sitting.kind}`);
  scheduleSitting(ctx, entry);
}

/** Each sitting's steps: agenda two weeks before, papers by the 5th working day before, the day itself. */
function scheduleSitting(ctx: DemoContext, sitting: DemoSitting): void {
  const { timeline } = ctx;
  timeline.on(plusDays(sitting.date, -15), '16:00', () => takeApologies(ctx, sitting));
  timeline.on(plusDays(sitting.date, -14), '10:00', () => planAgenda(ctx, sitting));
  timeline.on(workingDay(sitting.date, sitting.latePapers ? -3 : -6), '14:00', () => sendPapers(ctx, sitting));
  timeline.on(sitting.date, plusMinutes(sitting.startTime, -30), () => holdSitting(ctx, sitting));
}

async function createSeries(ctx: DemoContext, year: number, lossDates: readonly string[]): Promise<void> {
  const request = { year, weekday: 2, weeksOfMonth: [2, 4], startTime: '10:00', venue: MAIN_VENUE, remoteLink: null };
  const preview = await asAdmin(ctx, 'sittings:previewSeries', request);
  if (!preview.dates.some((d) => d.skipped === null)) return;
  const created = await asAdmin(ctx, 'sittings:createSeries', request);
  for (const sitting of created) {
    register(ctx, {
      id: sitting.id,
      date: sitting.date,
      kind: 'main',
      startTime: sitting.startTime,
      plannedPresiderId: ctx.chairId,
      loseQuorum: lossDates.some((d) => sitting.date >= d && sitting.date < plusDays(d, 14)),
      latePapers: ctx.rng.chance(0.06),
    });
  }
}

function thursdayOnOrAfter(date: string): string {
  let day = date;
  while (getDay(parseIsoDate(day)) !== 4 || defaultCalendar.isBankHoliday(day)) day = plusDays(day, 1);
  return day;
}

/** Schedules the series for the first year now and each following year every October; and the extra sittings. */
export function planSittings(ctx: DemoContext, setup: string, yearStart: string, years: number): void {
  const lossDates = quorumLossDates(yearStart, years);
  const firstYear = Number(setup.slice(0, 4));
  ctx.timeline.on(setup, '10:00', () => createSeries(ctx, firstYear, lossDates));
  const lastYear = Number(ctx.today.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const october = workingDay(plusDays(`${year}-10-01`, -1), 1);
    ctx.timeline.on(october <= setup ? setup : october, '10:30', () => createSeries(ctx, year + 1, lossDates));
  }
  for (let y = 0; y < years; y += 1) {
    EXTRA_OFFSETS_DAYS.forEach((offset, i) => {
      const date = thursdayOnOrAfter(plusDays(plusMonths(yearStart, 12 * y), offset));
      const presider = ctx.viceChairIds[i % 2] ?? ctx.chairId;
      ctx.timeline.on(plusDays(date, -28), '11:00', async () => {
        const sitting = await asAdmin(ctx, 'sittings:create', {
          kind: 'extra',
          date,
          startTime: '13:30',
          venue: null,
          remoteLink: EXTRA_LINK,
          plannedPresiderId: presider,
        });
        register(ctx, {
          id: sitting.id,
          date,
          kind: 'extra',
          startTime: sitting.startTime,
          plannedPresiderId: presider,
          loseQuorum: false,
          latePapers: false,
        });
      });
    });
  }
}
