import { LETTER_KINDS, type DocumentKind } from '../../shared/contract/documents';
import { letterProblem, type LetterInput } from '../../shared/documents/letters';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import type { DecisionCaseView, ExtensionView, ResignationView } from '../../shared/schemas/decision';
import type { MinutesView } from '../../shared/schemas/minutes';
import { asAdmin, count, type DemoContext } from './context';

/**
 * Issued documents: some of the letters and final minutes are issued through
 * `documents:issue`, as the window asks for them, so main builds them from the
 * records and the issued-documents register has real entries. The first of
 * each kind is always issued; after that, a share of them.
 */

function wanted(ctx: DemoContext, kind: DocumentKind): boolean {
  if (!ctx.documents.issued.has(kind)) {
    ctx.documents.issued.add(kind);
    return true;
  }
  const chance = kind === 'letter-decision-record' ? ctx.documents.chance / 3 : ctx.documents.chance;
  const drawn = ctx.rng.chance(chance);
  // The letter telling the applicant the decision is always issued (the dashboard waits for it); drawn all
  // the same, so the random sequence, and so the history, stays as it was.
  return drawn || TELLS_THE_APPLICANT.has(kind);
}

const TELLS_THE_APPLICANT: ReadonlySet<DocumentKind> = new Set([
  'letter-approval',
  'letter-qualifying-determination',
  'letter-termination',
  'letter-review-outcome',
]);

async function issue(ctx: DemoContext, kind: DocumentKind, subjectId: string) {
  await asAdmin(ctx, 'documents:issue', { kind, subjectId });
  count(ctx, 'documents');
}

function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** The letters a decision calls for (as the decision screen lists them), dated today, built from the case as it now is. */
export async function issueCaseLetters(
  ctx: DemoContext,
  view: DecisionCaseView,
  kinds: readonly string[] = view.case.letters,
): Promise<void> {
  const chosen = kinds.filter(isLetterKind).filter((kind) => wanted(ctx, kind));
  const itemId = view.case.itemId;
  const letterDate = ctx.timeline.today;
  const input: LetterInput = { agency: ctx.agency, letterDate, subject: { kind: 'case', view } };
  // As on the decision screen: a letter the record cannot make yet is not offered.
  for (const kind of chosen.filter((k) => letterProblem(k, input) === null)) await issue(ctx, kind, itemId);
}

export async function issueExtensionLetter(ctx: DemoContext, view: ExtensionView): Promise<void> {
  if (!wanted(ctx, 'letter-extension')) return;
  await issue(ctx, 'letter-extension', view.itemId);
}

/** Notices whose acknowledgement went out when they arrived, so the panel's noting does not send a second. */
const acknowledged = new WeakMap<DemoContext, Set<string>>();

async function saveResignationLetter(ctx: DemoContext, view: ResignationView): Promise<void> {
  await issue(ctx, 'letter-resignation', view.resignationId ?? view.itemId ?? '');
}

/**
 * A notice recorded on the household is acknowledged at once, without a
 * panel item. Drawn from nothing random, so the history stays as it was.
 */
export async function acknowledgeNotice(ctx: DemoContext, resignationId: string): Promise<void> {
  await saveResignationLetter(ctx, await asAdmin(ctx, 'resignations:notice', { id: resignationId }));
  const done = acknowledged.get(ctx) ?? new Set<string>();
  done.add(resignationId);
  acknowledged.set(ctx, done);
}

export async function issueResignationLetter(ctx: DemoContext, view: ResignationView): Promise<void> {
  if (!wanted(ctx, 'letter-resignation')) return;
  // The same acknowledgement as the one sent when the notice arrived: not a second letter.
  if (view.resignationId && acknowledged.get(ctx)?.has(view.resignationId)) return;
  await saveResignationLetter(ctx, view);
}

/** The approved minutes, with the dates they went to the ADM. */
export async function issueFinalMinutes(ctx: DemoContext, view: MinutesView): Promise<void> {
  if (!view.approvedContent || !view.approval || !wanted(ctx, 'minutes-final')) return;
  await issue(ctx, 'minutes-final', view.sittingId);
}
