import { LETTER_KINDS } from '../../shared/contract/documents';
import { letterProblem, type LetterInput } from '../../shared/documents/letters';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import type { DecisionCaseView, ExtensionView } from '../../shared/schemas/decision';
import type { TermsOfApproval } from '../../shared/schemas/household';
import { asAdm, asAdmin, count, type DemoContext } from './context';
import { scheduleScriptedSitting, wednesdayOnOrAfter, type ScriptedItem } from './irm-extension-sitting';
import { IROS, SOCIAL_WORKERS } from './names';
import { onOrAfterWorkingDay, plusDays, workingDay } from './timeline';

/**
 * CPPCR reg 25's extension "until the outcome of an IRM review is known", as
 * a scripted story with fixed names and dates (no random draws, so the seeded
 * history around it is unchanged): a connected person temporarily approved
 * under reg 24, a panel recommending against approval and the ADM agreeing
 * (a qualifying determination), an IRM application within the 28 days and
 * before the temporary approval ends, the nominated officer extending until
 * the IRM outcome, then the IRM panel's recommendation and the ADM's final
 * decision, which ends the extension. One such case runs early in the first
 * year and is closed; one starts 16 weeks before today and is still waiting
 * for the IRM panel, so the dashboard shows an open IRM extension.
 */

interface StoryCase {
  /** The reference's last part. */
  reference: string;
  displayName: string;
  applicantNames: string[];
  address: string;
  child: { initials: string; ageYears: number };
}

const CLOSED: StoryCase = {
  reference: '901',
  displayName: 'Mrs Adeyemi (maternal grandmother)',
  applicantNames: ['Grace Adeyemi'],
  address: '14 Mill Lane, Glenfield, SH3 4QR',
  child: { initials: 'TA', ageYears: 6 },
};

const OPEN: StoryCase = {
  reference: '902',
  displayName: 'Mr and Mrs Lindqvist (paternal grandparents)',
  applicantNames: ['Erik Lindqvist', 'Helen Lindqvist'],
  address: '3 Orchard Close, Ashby Parva, SH7 2DL',
  child: { initials: 'ML', ageYears: 9 },
};

const IRM_RECOMMENDATION =
  'The IRM panel recommends that the grandparents are approved as connected-person foster carers for the named child, with a support plan covering contact with the child’s mother.';

/** Panel hears the application (recommending against) and gives its views on an extension should they apply to the IRM. */
function items(story: StoryCase): ScriptedItem[] {
  const who = story.displayName;
  return [
    {
      type: 'approval_connected_person',
      serviceOutcome: 'not_suitable',
      recommendation: {
        outcome: 'not_suitable',
        terms: null,
        reasons: `The panel is not satisfied that ${who} can protect the child from contact with the child’s mother outside the arrangements in the care plan; the assessment records two occasions when unsupervised contact took place.`,
        keyIssues: 'Managing contact safely; working openly with the service.',
        membersViews:
          'Members recognised the warmth of the relationship with the child but shared the assessor’s concerns.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
        outstanding: null,
        reportQualityRating: 4,
        reportQualityComment: 'A clear, balanced assessment.',
      },
      minutesDiscussion:
        'The panel discussed the applicants’ relationship with the child and the two occasions of unsupervised contact.',
    },
    {
      type: 'temporary_approval_extension',
      serviceOutcome: 'views_for',
      recommendation: {
        outcome: 'views_for',
        terms: null,
        reasons:
          'Should the applicants apply to the Independent Review Mechanism, the panel supports extending the temporary approval until the outcome is known, so the child can stay while the review takes place.',
        unanimous: true,
        votesFor: 0,
        votesAgainst: 0,
        votesAbstaining: 0,
        dissent: [],
      },
      minutesDiscussion: 'The panel considered the child’s need for stability during any review.',
    },
  ];
}

function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** The case's letters, issued to the register (not through letters.ts, which draws at random which letters to issue). */
async function issueLetters(ctx: DemoContext, view: DecisionCaseView, kinds: readonly string[]): Promise<void> {
  const letterDate = ctx.timeline.today;
  const input: LetterInput = { agency: ctx.agency, letterDate, subject: { kind: 'case', view } };
  for (const kind of kinds.filter(isLetterKind).filter((k) => letterProblem(k, input) === null)) {
    await asAdmin(ctx, 'documents:issue', { kind, subjectId: view.case.itemId });
    count(ctx, 'documents');
  }
}

/** The reg 25 letter: extended until the IRM outcome, and what happens if approval is not given. */
async function issueExtensionLetter(ctx: DemoContext, view: ExtensionView): Promise<void> {
  await asAdmin(ctx, 'documents:issue', { kind: 'letter-extension', subjectId: view.itemId });
  count(ctx, 'documents');
}

function approvedTerms(story: StoryCase): TermsOfApproval {
  return {
    typesOfCare: ['child_specific', 'long_term'],
    numberOfChildren: 1,
    ageFrom: story.child.ageYears,
    ageTo: 18,
    gender: 'any',
    namedChildren: [story.child.initials],
    siblingGroup: false,
  };
}

/** One story, from the child's placement on `placed` (a working day) to wherever the timeline stops. */
function scheduleStory(ctx: DemoContext, story: StoryCase, placed: string): void {
  const { timeline } = ctx;
  // Numbered apart from the generator's own references (CP-<year>-001 on), which it counts itself.
  const reference = `CP-${placed.slice(0, 4)}-${story.reference}`;
  let householdId = '';
  let version = 1;
  const track = (view: DecisionCaseView) => {
    version = view.case.version;
    return view;
  };
  timeline.on(placed, '09:35', async () => {
    const created = await asAdmin(ctx, 'households:create', {
      reference,
      displayName: story.displayName,
      applicantNames: story.applicantNames,
      address: story.address,
      householdType: 'connected_person',
      specialistScheme: null,
      assessingSocialWorker: SOCIAL_WORKERS[0] ?? null,
      supervisingSocialWorker: SOCIAL_WORKERS[1] ?? null,
      applicationReceivedDate: placed,
      temporaryApprovalDate: placed,
      children: [
        {
          initials: story.child.initials,
          dateOfBirth: plusDays(placed, -(story.child.ageYears * 365 + 100)),
          placementDate: placed,
          iroName: IROS[0] ?? null,
        },
      ],
    });
    householdId = created.id;
    scheduleScriptedSitting(ctx, {
      householdId,
      date: wednesdayOnOrAfter(plusDays(placed, 49)),
      presiderId: ctx.viceChairIds[1],
      items: items(story),
      sentToAdm: (ids) => {
        const approvalItem = ids.get('approval_connected_person');
        const extensionItem = ids.get('temporary_approval_extension');
        if (approvalItem && extensionItem) afterPanel(approvalItem, extensionItem);
      },
    });
  });

  function afterPanel(itemId: string, extensionItemId: string): void {
    // The ADM agrees with the panel: a qualifying determination, told orally the next day, its letter dated then.
    timeline.on(workingDay(timeline.today, 4), '10:40', async () => {
      track(await asAdm(ctx, 'decisions:decide', { itemId, version, verdict: 'agree', decidedOn: timeline.today }));
      count(ctx, 'qualifying determinations');
      timeline.on(workingDay(timeline.today, 1), '09:15', async () => {
        const told = await asAdm(ctx, 'decisions:recordToldOrally', {
          itemId,
          version,
          toldOn: timeline.today,
          toldByName: ctx.adm.displayName,
        });
        track(told);
        const dated = track(
          await asAdmin(ctx, 'decisions:recordLetterDate', { itemId, version, letterDate: timeline.today }),
        );
        await issueLetters(ctx, dated, ['letter-qualifying-determination']);
        // The application to the IRM, 15 days into the 28 and well before the 16 weeks end.
        timeline.on(onOrAfterWorkingDay(plusDays(timeline.today, 15)), '12:10', () =>
          applyToIrm(itemId, extensionItemId),
        );
      });
    });
  }

  async function applyToIrm(itemId: string, extensionItemId: string): Promise<void> {
    const today = timeline.today;
    track(await asAdmin(ctx, 'decisions:recordRoute', { itemId, version, route: 'irm', receivedOn: today }));
    count(ctx, 'irm applications');
    // The nominated officer extends until the IRM outcome the same afternoon, and tells the child's IRO.
    timeline.on(today, '15:00', async () => {
      const extended = await asAdm(ctx, 'extensions:approve', {
        itemId: extensionItemId,
        kind: 'irm',
        decidedOn: timeline.today,
        iroToldOn: timeline.today,
      });
      count(ctx, 'irm extensions');
      await issueExtensionLetter(ctx, extended);
    });
    timeline.on(onOrAfterWorkingDay(plusDays(today, 70)), '12:00', async () => {
      track(
        await asAdmin(ctx, 'decisions:recordIrmRecommendation', {
          itemId,
          version,
          recommendation: IRM_RECOMMENDATION,
          receivedOn: timeline.today,
        }),
      );
      timeline.on(workingDay(timeline.today, 3), '11:00', () => finalise(itemId));
    });
  }

  /** The ADM follows the IRM panel: approval, which also ends the extension. */
  async function finalise(itemId: string): Promise<void> {
    const final = track(
      await asAdm(ctx, 'decisions:finalise', {
        itemId,
        version,
        decisionCode: 'approve',
        terms: approvedTerms(story),
        reasons:
          'Having considered the IRM panel’s recommendation and the support plan it describes, I am satisfied that the grandparents can manage contact safely with that support.',
        decidedOn: timeline.today,
        endingReason: null,
        irmConsidered: true,
        irmDeparts: false,
      }),
    );
    count(ctx, 'final decisions');
    await issueLetters(ctx, final, final.case.letters);
  }
}

/** The closed story early in the first year; the open one placed 16 weeks before today (its IRM panel not yet met). */
export function scheduleIrmExtensionCases(ctx: DemoContext, yearStart: string): void {
  scheduleStory(ctx, CLOSED, onOrAfterWorkingDay(plusDays(yearStart, 21)));
  scheduleStory(ctx, OPEN, onOrAfterWorkingDay(plusDays(ctx.today, -112)));
}
