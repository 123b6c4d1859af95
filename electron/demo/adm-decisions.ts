import type { DecideInput, DecisionCaseView } from '../../shared/schemas/decision';
import type { TermsOfApproval } from '../../shared/schemas/household';
import { queueFirstReview } from './arrivals';
import { asAdm, asAdmin, count, type DemoContext, type ItemPlan } from './context';
import { respiteOnly, widerTerms } from './households';
import { issueCaseLetters } from './letters';
import { planItem } from './agenda';
import { STANDARD_OF_CARE } from './panel-words';
import { tellApplicantOrally } from './telling-and-notices';
import { onOrAfterWorkingDay, plusDays, workingDay } from './timeline';
import { watchReviews } from './yearly-reviews';

/**
 * The agency decision maker's side: decisions within the 7 working days
 * (mostly), the odd request for more information, and for a qualifying
 * determination the dated letter, the 28-day window, representations back
 * to panel or the IRM, and the final decision.
 */

const ASKS_FOR_INFORMATION = new Set(['approval_mainstream', 'approval_specialist', 'first_review', 'other_review']);

const INFORMATION = [
  { what: 'An updated health and safety check of the new bedroom', from: 'Supervising social worker' },
  { what: 'The outstanding reference from the applicants’ previous employer', from: 'Assessing social worker' },
  { what: 'Confirmation that the safer caring plan has been updated', from: 'Supervising social worker' },
];

const IRM_RECOMMENDATION =
  'The IRM panel recommended that approval should continue, limited to short breaks for one child, with a support plan and further safer caring training.';

/** The case's version as the generator last saw it: no need to read the case before each write. */
function version(plan: ItemPlan): number {
  return plan.caseVersion ?? 1;
}

function track(plan: ItemPlan, view: DecisionCaseView): DecisionCaseView {
  plan.caseVersion = view.case.version;
  return view;
}

export function afterSentToAdm(ctx: DemoContext, plan: ItemPlan, sent: string): void {
  const { rng, timeline } = ctx;
  if (plan.work.type === 'representations') {
    const origin = plan.work.origin;
    if (origin) timeline.on(workingDay(sent, rng.int(2, 4)), '11:30', () => finalise(ctx, origin));
    return;
  }
  if (ASKS_FOR_INFORMATION.has(plan.work.type) && rng.chance(0.05)) {
    timeline.on(workingDay(sent, 2), '10:15', () => requestInformation(ctx, plan));
    return;
  }
  const days = rng.chance(0.04) ? rng.int(8, 9) : rng.int(1, 5);
  timeline.on(workingDay(sent, days), rng.pick(['09:40', '11:10', '14:20', '16:05']), () => decide(ctx, plan));
}

async function requestInformation(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const asked = ctx.rng.pick(INFORMATION);
  const view = await asAdm(ctx, 'decisions:requestInformation', {
    itemId: plan.itemId,
    version: version(plan),
    ...asked,
    requestedOn: ctx.timeline.today,
  });
  track(plan, view);
  count(ctx, 'information requests');
  ctx.timeline.on(workingDay(ctx.timeline.today, ctx.rng.int(3, 6)), '14:00', async () => {
    const received = await asAdmin(ctx, 'decisions:informationReceived', {
      itemId: plan.itemId,
      version: version(plan),
      receivedOn: ctx.timeline.today,
    });
    track(plan, received);
    ctx.timeline.on(workingDay(ctx.timeline.today, ctx.rng.int(1, 2)), '11:00', () => decide(ctx, plan));
  });
}

/** What the decision does to the household, as far as the generator needs to know. */
function apply(ctx: DemoContext, plan: ItemPlan, code: string, terms: TermsOfApproval | null): void {
  const household = plan.work.household;
  if (!household) return;
  household.busy = false;
  if (code === 'approve') {
    household.status = 'approved';
    household.approvalDate = ctx.timeline.today;
    household.terms = terms;
    queueFirstReview(ctx, household, ctx.timeline.today);
    count(ctx, 'approvals');
  } else if (code === 'not_approve' || code === 'terminate') {
    household.status = 'ended';
  } else if ((code === 'revise_terms' || code === 'new_terms') && terms) {
    household.terms = terms;
  }
  // The first review heard by panel and decided: the yearly reviews after it begin.
  if (plan.work.type === 'first_review' && household.status === 'approved') {
    watchReviews(ctx, household, ctx.timeline.today);
  }
}

async function decide(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const { fate, household } = plan.work;
  const input: DecideInput = {
    itemId: plan.itemId,
    version: version(plan),
    verdict: 'agree',
    decidedOn: ctx.timeline.today,
  };
  if (fate === 'revise_agreed' || fate === 'new_terms') input.carerAgreed = true;
  if (fate === 'adm_continue') {
    Object.assign(input, {
      verdict: 'disagree',
      decisionCode: 'continue',
      reasons:
        'I do not agree that the terms should change yet: the carers should first complete the training on caring for older children. Approval continues on the current terms and the change can come back at the next review.',
    });
  }
  if (fate === 'adm_new_terms' && household?.terms) {
    Object.assign(input, {
      verdict: 'disagree',
      decisionCode: 'new_terms',
      terms: widerTerms(household.terms),
      carerAgreed: true,
      reasons:
        'The carers have cared for a third child on an exemption for six months with good outcomes and have agreed the change in writing; the terms should reflect the care they give.',
    });
  }
  const decided = track(plan, await asAdm(ctx, 'decisions:decide', input));
  count(ctx, 'adm decisions');
  tellApplicantOrally(
    ctx,
    plan,
    decided,
    () => version(plan),
    (view) => track(plan, view),
  );
  if (input.verdict === 'disagree') count(ctx, 'adm disagreed');
  if (decided.case.state === 'qualifying') {
    count(ctx, 'qualifying determinations');
    ctx.timeline.on(workingDay(ctx.timeline.today, ctx.rng.int(1, 2)), '10:00', () => dateLetter(ctx, plan));
    return;
  }
  const decision = decided.case.decision;
  if (decision) apply(ctx, plan, decision.code, decision.terms);
  await issueCaseLetters(ctx, decided);
}

/** The qualifying determination letter is dated and sent: the 28-day window opens. */
async function dateLetter(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const dated = await asAdmin(ctx, 'decisions:recordLetterDate', {
    itemId: plan.itemId,
    version: version(plan),
    letterDate: ctx.timeline.today,
  });
  track(plan, dated);
  await issueCaseLetters(ctx, dated, ['letter-qualifying-determination']);
  const { rng, timeline } = ctx;
  const today = timeline.today;
  if (plan.work.fate === 'not_suitable_reps') {
    timeline.on(onOrAfterWorkingDay(plusDays(today, rng.int(14, 20))), '12:00', () => representations(ctx, plan));
  } else if (plan.work.fate === 'irm') {
    timeline.on(onOrAfterWorkingDay(plusDays(today, rng.int(18, 24))), '12:00', () => applyToIrm(ctx, plan));
  } else {
    const windowEnds = dated.case.windowEnds ?? plusDays(today, 28);
    timeline.on(workingDay(windowEnds, rng.int(1, 3)), '11:00', () => finalise(ctx, plan));
  }
}

/** The applicants make written representations: they go back to the next main sitting being planned. */
async function representations(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const today = ctx.timeline.today;
  const sitting = ctx.sittings.find((s) => s.kind === 'main' && s.stage === 'planned' && s.date >= plusDays(today, 10));
  const household = plan.work.household;
  if (!sitting || !household) return;
  const routed = await asAdmin(ctx, 'decisions:recordRoute', {
    itemId: plan.itemId,
    version: version(plan),
    route: 'representations',
    receivedOn: today,
    sittingId: sitting.id,
  });
  track(plan, routed);
  const itemId = routed.case.representationsItem?.itemId;
  if (!itemId) return;
  count(ctx, 'representations');
  planItem(ctx, itemId, sitting, {
    type: 'representations',
    household,
    title: null,
    target: sitting.date,
    extraOk: false,
    fate: 'original_stands',
    origin: plan,
    deferrals: 0,
  });
}

/** The carers apply to the Independent Review Mechanism; its panel's recommendation comes some weeks later. */
async function applyToIrm(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const routed = await asAdmin(ctx, 'decisions:recordRoute', {
    itemId: plan.itemId,
    version: version(plan),
    route: 'irm',
    receivedOn: ctx.timeline.today,
  });
  track(plan, routed);
  count(ctx, 'irm applications');
  const back = onOrAfterWorkingDay(plusDays(ctx.timeline.today, ctx.rng.int(63, 77)));
  ctx.timeline.on(back, '12:00', async () => {
    const irm = await asAdmin(ctx, 'decisions:recordIrmRecommendation', {
      itemId: plan.itemId,
      version: version(plan),
      recommendation: IRM_RECOMMENDATION,
      receivedOn: ctx.timeline.today,
    });
    track(plan, irm);
    ctx.timeline.on(workingDay(ctx.timeline.today, ctx.rng.int(2, 5)), '11:00', () => finalise(ctx, plan));
  });
}

/** The final decision closes the qualifying determination. */
async function finalise(ctx: DemoContext, plan: ItemPlan): Promise<void> {
  const household = plan.work.household;
  let decisionCode = 'terminate';
  let terms: TermsOfApproval | null = null;
  let reasons = plan.work.reason ?? STANDARD_OF_CARE;
  switch (plan.work.fate) {
    case 'not_suitable':
      decisionCode = 'not_approve';
      reasons =
        'No representations or IRM application were received within 28 days. The determination is confirmed for the reasons given by the panel.';
      break;
    case 'not_suitable_reps':
      decisionCode = 'not_approve';
      reasons =
        'I have considered the applicants’ representations and the panel’s fresh recommendation. They do not change the assessment of the applicants’ capacity to meet the needs of looked-after children, so the determination is confirmed.';
      break;
    case 'revise_qd':
      decisionCode = 'revise_terms';
      terms = plan.terms ?? null;
      reasons = 'No representations were received within 28 days; the revised terms take effect.';
      break;
    case 'irm':
      decisionCode = 'revise_terms';
      terms = household?.terms ? respiteOnly(household.terms) : null;
      reasons =
        'Taking account of the IRM panel’s recommendation, approval continues, limited to short breaks for one child, with a support plan.';
      break;
    default:
      break;
  }
  const final = track(
    plan,
    await asAdm(ctx, 'decisions:finalise', {
      itemId: plan.itemId,
      version: version(plan),
      decisionCode,
      terms,
      reasons,
      decidedOn: ctx.timeline.today,
      endingReason: decisionCode === 'terminate' ? 'standard_of_care' : null,
      // After the IRM: the ADM records that its panel's recommendation was considered, and follows it here.
      ...(plan.work.fate === 'irm' ? { irmConsidered: true, irmDeparts: false } : {}),
    }),
  );
  count(ctx, 'final decisions');
  apply(ctx, plan, decisionCode, final.case.finalDecision?.terms ?? terms);
  await issueCaseLetters(ctx, final);
}
