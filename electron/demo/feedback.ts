import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { asAdmin, count, type DemoContext, type DemoSitting } from './context';
import { onOrAfterWorkingDay, plusDays } from './timeline';

/** Feedback forms after sittings, and the odd complaint about panel. */

const FEEDBACK = [
  { fromKind: 'applicant', rating: 5, comment: 'Panel put us at ease and the questions were fair.' },
  { fromKind: 'applicant', rating: 4, comment: 'We waited 30 minutes past our time, but panel were kind.' },
  { fromKind: 'carer', rating: 4, comment: 'Good to hear the positive feedback about our first year.' },
  { fromKind: 'social_worker', rating: 5, comment: 'Helpful questions that will shape the support plan.' },
  { fromKind: 'social_worker', rating: 3, comment: 'Papers deadline was tight after the checks came back late.' },
  { fromKind: 'carer', rating: 3, comment: null },
] as const;

export function scheduleFeedback(ctx: DemoContext, sitting: DemoSitting, detail: SittingDetail): void {
  const withHousehold = detail.items.filter((i) => i.household && i.status === 'heard');
  if (withHousehold.length === 0 || !ctx.rng.chance(0.45)) return;
  const item = ctx.rng.pick(withHousehold);
  const form = ctx.rng.pick(FEEDBACK);
  ctx.timeline.on(onOrAfterWorkingDay(plusDays(sitting.date, ctx.rng.int(3, 12))), '10:45', async () => {
    await asAdmin(ctx, 'feedback:create', {
      receivedOn: ctx.timeline.today,
      fromKind: form.fromKind,
      sittingId: sitting.id,
      itemId: item.id,
      rating: form.rating,
      comment: form.comment,
    });
    count(ctx, 'feedback forms');
  });
}

const COMPLAINTS = [
  {
    source: 'applicant',
    summary:
      'The applicants felt some questions at panel about their finances were intrusive and they had not been told who would attend.',
    outcome:
      'Apology given. The leaflet sent before panel now explains who attends and the kind of questions panel may ask.',
    closeAfter: 21,
  },
  {
    source: 'social_worker',
    summary: 'Minutes reached the supervising social worker too late to update the carers before their review.',
    outcome: 'Minutes are now circulated within 10 working days and tracked on the dashboard.',
    closeAfter: 15,
  },
] as const;

/** Two complaints a year, each closed a few weeks after it arrives. */
export function scheduleComplaints(ctx: DemoContext, yearStart: string): void {
  COMPLAINTS.forEach((complaint, i) => {
    const received = onOrAfterWorkingDay(plusDays(yearStart, 100 + i * 150));
    ctx.timeline.on(received, '15:00', async () => {
      const held = ctx.sittings.filter((s) => s.stage === 'held').at(-1) ?? null;
      const household = complaint.source === 'applicant' ? (ctx.households.at(-1) ?? null) : null;
      const fields = {
        receivedOn: received,
        source: complaint.source,
        summary: complaint.summary,
        sittingId: held?.id ?? null,
        householdId: household?.id ?? null,
      };
      const created = await asAdmin(ctx, 'complaints:create', { ...fields, outcome: null, closedOn: null });
      count(ctx, 'complaints');
      const closed = onOrAfterWorkingDay(plusDays(received, complaint.closeAfter));
      ctx.timeline.on(closed, '12:30', async () => {
        await asAdmin(ctx, 'complaints:update', {
          ...fields,
          id: created.id,
          version: created.version,
          outcome: complaint.outcome,
          closedOn: closed,
        });
      });
    });
  });
}
