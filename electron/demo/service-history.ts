import type { SteppingClock } from '../backend/clock';
import type { Router } from '../backend/router';
import { recordEndedApplications } from './ended-applications';
import { scheduleArrivals, scheduleEndedAssessments, scheduleReferrals, seedApprovedCarers } from './arrivals';
import type { DemoContext } from './context';
import { scheduleComplaints } from './feedback';
import { scheduleIrmExtensionCases } from './irm-extension-cases';
import { createPeople } from './generate-demo';
import { recordPlacementEnds } from './placement-ends';
import { scheduleListTurnover, type Joiners } from './list-turnover';
import { Random } from './random';
import { caseloads, DEMO_SIZE, type ServiceSize } from './service-size';
import { planSittings } from './sittings-year';
import { localDateTime, onOrBeforeWorkingDay, plusDays, plusMonths, Timeline } from './timeline';

export interface HistoryOptions {
  /** How many years of panel business, ending today. */
  years: number;
  seed: number;
  /** The last day of the history, `YYYY-MM-DD`. */
  today: string;
  /** The moment the history stops (default: 09:00 on `today`); steps after it have not happened yet. */
  endAt?: Date;
  /** The share of letters and minutes also issued to the register (the first of each kind always is). */
  documentChance?: number;
  /** How big the service is (default: the demo's small county service). */
  size?: ServiceSize;
}

export interface HistorySummary {
  from: string;
  to: string;
  households: number;
  members: number;
  items: number;
  sittings: { main: number; extra: number };
  tally: Record<string, number>;
  steps: number;
}

export const DEMO_AGENCY = {
  agencyName: 'Shire County Council Fostering Service',
  agencyContact: {
    address: 'County Hall, Glenfield, Shire SH3 8RA',
    phone: '01632 960 400',
    email: 'fostering.panel@shire.example.gov.uk',
    logoDataUrl: '',
  },
  // Fictional: the app ships no IRM details, so the demo's administrator has entered some (a drama-range number).
  irmContact: {
    name: 'Independent Review Mechanism (demo details)',
    address: 'Review House, 1 Example Street, Leeds LS1 4AP',
    telephone: '0113 496 0000',
    website: 'irm.example.org.uk',
  },
};

function yearsOf(options: Pick<HistoryOptions, 'years'>): number {
  return Math.max(1, Math.floor(options.years));
}

/** The working day about two weeks before the first year, when the service's records begin. */
function setupDay(options: Pick<HistoryOptions, 'years' | 'today'>): string {
  return onOrBeforeWorkingDay(plusDays(plusMonths(options.today, -12 * yearsOf(options)), -14));
}

/** When the history begins: start the backend's clock here. */
export function historyStart(options: Pick<HistoryOptions, 'years' | 'today'>): Date {
  return new Date(`${setupDay(options)}T08:30:00`);
}

/**
 * A county fostering service's panel business over `years` years, built
 * through the router as its users would: the central list and accounts,
 * about 60 households a year (more for a larger `size`), 24 main and 6 extra sittings a year with
 * agendas, papers, attendance, recommendations, minutes, ADM decisions,
 * letters, extensions, resignations, complaints and feedback. The clock
 * walks forward through every step and is left at `endAt`.
 */
export async function generateServiceHistory(
  router: Router,
  clock: SteppingClock,
  options: HistoryOptions,
): Promise<HistorySummary> {
  const years = yearsOf(options);
  const size = options.size ?? DEMO_SIZE;
  const endAt = options.endAt ?? new Date(`${options.today}T09:00:00`);
  const yearStart = plusMonths(options.today, -12 * years);
  const setup = setupDay(options);
  const timeline = new Timeline(clock, localDateTime(historyStart(options)), localDateTime(endAt));
  const people = await createPeople(router, options.today, years > 1 ? years + 1 : 0);
  // Against the settings as read, as every writer saves them (0 on a new database: never saved).
  const { version } = await router.call('settings:get', {}, people.admin);
  const settings = await router.call('settings:update', { ...DEMO_AGENCY, version }, people.admin);
  const adm = people.users.get('adm');
  const chair = people.panel.find((m) => m.listRole === 'chair');
  const vices = people.panel.filter((m) => m.listRole === 'vice_chair');
  const [vice1, vice2] = vices;
  if (!adm || !chair || !vice1 || !vice2)
    throw new Error('The demo central list needs a chair, two vice chairs and an ADM');
  const chairs = new Map(
    [...people.users.values()].flatMap((u) =>
      u.memberId && u.actor.roles.includes('chair') ? [[u.memberId, u.actor]] : [],
    ),
  );
  const ctx: DemoContext = {
    router,
    tally: new Map(),
    timeline,
    rng: new Random(options.seed),
    admin: people.admin,
    adm: adm.actor,
    chairs,
    panel: people.panel,
    chairId: chair.id,
    viceChairIds: [vice1.id, vice2.id],
    households: [],
    pending: [],
    sittings: [],
    plans: new Map(),
    agency: { agencyName: settings.agencyName, agencyContact: settings.agencyContact, irmContact: settings.irmContact },
    references: new Map(),
    documents: { chance: options.documentChance ?? 0.3, issued: new Set() },
    today: options.today,
    capacity: { main: size.mainSittingItems, extra: size.extraSittingItems },
  };
  for (const event of people.listEvents) timeline.on(event.date, '09:05', event.run);
  const multiple = caseloads(size);
  for (let c = 0; c < multiple; c += 1) await seedApprovedCarers(ctx, setup);
  const joiners: Joiners = [];
  // The starting list, and the member who left before the history began.
  const startingMembers = people.panel.length + 1;
  for (let y = 0; y <= years; y += 1) {
    const start = plusMonths(yearStart, 12 * y);
    for (let c = 0; c < multiple; c += 1) scheduleArrivals(ctx, start, setup);
    if (y < years) {
      for (let c = 0; c < multiple; c += 1) scheduleReferrals(ctx, start, c === 0);
      scheduleComplaints(ctx, start);
      scheduleEndedAssessments(ctx, start, size.assessmentsEndedEarly);
      scheduleListTurnover(ctx, joiners, start, size);
    }
  }
  planSittings(ctx, setup, yearStart, years);
  scheduleIrmExtensionCases(ctx, yearStart);
  await timeline.run();
  clock.set(endAt);
  await recordPlacementEnds(ctx);
  await recordEndedApplications(ctx, clock.today());
  return {
    from: yearStart,
    to: options.today,
    households: ctx.households.length,
    members: startingMembers + joiners.length,
    items: ctx.plans.size,
    sittings: {
      main: ctx.sittings.filter((s) => s.kind === 'main' && s.stage === 'held').length,
      extra: ctx.sittings.filter((s) => s.kind === 'extra' && s.stage === 'held').length,
    },
    tally: Object.fromEntries(ctx.tally),
    steps: timeline.steps,
  };
}
