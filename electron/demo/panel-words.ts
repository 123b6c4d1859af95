import type { ItemType } from '../../shared/domain/sittings/item-types';
import type { DemoHousehold, Work } from './context';
import type { Random } from './random';

/** The words a panel uses: reasons, key issues, views and feedback, varied but always plausible. */

export const RESIGNATION_REASONS = [
  'Change of circumstances',
  'Change of circumstances',
  'Change of circumstances',
  'Change of circumstances',
  'Change of circumstances',
  'Change of circumstances',
  'Retirement',
  'Retirement',
  'Retirement',
  'Moving to an independent fostering agency',
  'Moving to an independent fostering agency',
  'Moving to another local authority',
  'Dissatisfaction with the agency',
  'Other',
  'Other',
] as const;

export const CARE_PLAN_CHANGED = 'Child no longer placed with the connected person (care plan changed)';
export const UNAVAILABLE = 'Unwilling or unavailable to take placements';
export const STANDARD_OF_CARE = 'Standard of care';
export const NO_CONTACT = 'No contact with the service';

export const DEFERRAL_REASONS = [
  'Statutory checks not back',
  'Statutory checks not back',
  'Statutory checks not back',
  'Medical adviser’s report outstanding',
  'Second personal reference outstanding',
];

export const REVIEW_TITLES = [
  'Standards of care review',
  'Review following an allegation',
  'Change of circumstances review (new partner in the household)',
  'Change of circumstances review (house move)',
  'Standards of care review',
];

export const EXEMPTION_TITLES = [
  'Exemption from the usual fostering limit: sibling group of three',
  'Exemption from the usual fostering limit: to keep a brother and sister together',
  'Exemption from the usual fostering limit: a fourth child for respite',
];

export const BUSINESS_TITLES = [
  'Panel adviser’s quarterly quality assurance report',
  'Agency decision maker’s feedback to panel',
  'Fostering service six-monthly report (for noting)',
  'Panel member appraisals and training needs',
  'Panel statistics for the quarter',
  'Feedback forms from applicants and social workers',
  'Central list: vacancies and recruitment',
  'Annual panel report: draft for comment',
  'Learning from an Independent Review Mechanism outcome',
  'Timeliness of panel papers: update from the service manager',
];

const STRENGTHS = [
  'a warm and nurturing home with good support from their wider family',
  'a clear understanding of the impact of trauma and loss on children',
  'a strong commitment to supporting contact with birth families',
  'reflective answers about how they would manage challenging behaviour',
  'a stable relationship and a well-organised household',
  'relevant experience from work in schools and youth settings',
  'a realistic view of the demands of fostering on their own children',
];

const CONCERNS = [
  'the support network is small and relies on one close friend',
  'the applicants will need training on safer caring with older children',
  'the spare bedroom is small for a teenager',
  'working patterns will need review once a child is placed',
  'the birth children’s views should be revisited at the first review',
];

const CP_POINTS = [
  'the child is settled, attending school and has a secure attachment to the carers',
  'the carers are committed to the child for as long as needed and are considering special guardianship',
  'contact with the birth parents is managed safely and the carers follow the contact plan',
  'the carers have acted protectively and accept the local authority’s concerns about the parents',
  'the family has the support of the wider extended family and the child’s school',
];

const QUALITY_COMMENTS: Record<number, readonly string[]> = {
  2: [
    'The report needed more analysis; several sections repeated the applicants’ words without evaluation.',
    'Papers arrived late and the chronology was incomplete.',
  ],
  3: [
    'A sound report, though the analysis of the support network was thin.',
    'Adequate, but the ecomap and the financial assessment were missing.',
  ],
  4: [
    'A clear, well evidenced report.',
    'Good analysis of strengths and vulnerabilities; the recommendations followed from the evidence.',
  ],
  5: [
    'An excellent report: analytical, child-focused and concise.',
    'Exemplary assessment; panel would use it as a model for training.',
  ],
};

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function reportQuality(rng: Random): { rating: number; comment: string | null } {
  const roll = rng.next();
  const rating = roll < 0.06 ? 2 : roll < 0.3 ? 3 : roll < 0.8 ? 4 : 5;
  const comments = QUALITY_COMMENTS[rating] ?? [];
  return { rating, comment: rating <= 3 || rng.chance(0.4) ? rng.pick(comments) : null };
}

/** The panel's reasons for its recommendation. */
export function reasonsFor(rng: Random, work: Work, outcome: string): string {
  const name = work.household?.displayName ?? 'the household';
  switch (work.type) {
    case 'approval_mainstream':
    case 'approval_specialist':
      if (outcome === 'suitable')
        return `Panel was satisfied that ${name} can meet the needs of children within the recommended terms. The assessment showed ${rng.pick(STRENGTHS)} and ${rng.pick(STRENGTHS)}. Checks and references are positive.`;
      if (outcome === 'deferred')
        return 'Panel could not make a recommendation without the outstanding information; the assessment itself was positive.';
      return `Panel was not satisfied that ${name} could meet the needs of looked-after children: the assessment did not evidence an understanding of children’s needs arising from trauma, and the applicants’ support network is not sufficient.`;
    case 'approval_connected_person':
      if (outcome === 'suitable')
        return `Panel was satisfied that ${name} can meet the named child’s needs: ${rng.pick(CP_POINTS)}, and ${rng.pick(CP_POINTS)}.`;
      if (outcome === 'deferred')
        return 'Panel supports the placement but cannot recommend approval until the outstanding checks are back.';
      return `Panel was not satisfied that ${name} can keep the child safe from the risks posed by the birth parents; the carers minimised the concerns during the assessment.`;
    case 'temporary_approval_extension':
      return `Panel supports an extension of temporary approval so that the full assessment of ${name} can be completed; the child is settled and the delay is due to checks from another local authority.`;
    case 'first_review':
      if (outcome === 'remains_suitable_terms_unchanged')
        return `The carers have provided good care in their first year. Children placed have made progress; training has been completed and supervision is regular.`;
      return `The carers remain suitable. Panel recommends revising the terms to reflect the care they have actually been providing and what they can offer going forward.`;
    case 'other_review':
      if (outcome === 'continue')
        return `Panel heard the concerns and the carers’ response. The concerns were addressed through additional supervision and training; panel is satisfied that the carers continue to provide safe care.`;
      if (outcome === 'revise_terms')
        return `Panel is satisfied that the carers can continue to foster, but with fewer children so that each child’s needs can be met.`;
      return `Panel is not satisfied that the carers can meet the national minimum standards: the concerns about supervision of children and safer caring were repeated despite support.`;
    case 'change_of_terms':
      return outcome === 'new_terms'
        ? `The carers have asked for the change, supported by their supervising social worker; panel agrees the new terms reflect what ${name} can offer.`
        : 'Panel did not think the change was needed at this stage; the current terms already cover the arrangement proposed.';
    case 'termination':
      return `${work.reason ?? 'Reasons given in the report'}. Panel agrees that approval of ${name} should end.`;
    case 'resignation':
      return work.reason ?? 'Other';
    case 'representations':
      return 'Panel considered the written representations carefully. They did not address the concerns that led to the original recommendation, which stands.';
    case 'exemption':
      return 'The exemption keeps siblings together; the carers have the space, experience and support to care for all the children.';
    case 'business':
      return 'Panel noted the report and the actions arising.';
  }
}

export function keyIssuesFor(rng: Random, type: ItemType): string | null {
  if (type === 'approval_mainstream' || type === 'approval_specialist') return sentence(rng.pick(CONCERNS)) + '.';
  if (type === 'approval_connected_person')
    return 'Contact arrangements with the birth parents; the carers’ health; the long-term plan for the child.';
  if (type === 'other_review') return 'Safer caring practice; the carers’ openness with the supervising social worker.';
  if (type === 'first_review') return 'Training completed; the impact of fostering on the carers’ own children.';
  return null;
}

export function membersViewsFor(rng: Random, type: ItemType): string | null {
  if (type === 'business' || type === 'resignation') return null;
  return rng.pick([
    'Members were unanimous that the report was balanced and the presenting social worker answered questions fully.',
    'Members welcomed the carers’ openness and the evidence of learning from training.',
    'Members discussed the support network at length and were reassured by the plan for respite.',
    'Members noted the strength of the relationship between the carers and the child’s school.',
  ]);
}

export const DISSENT_VIEWS = [
  'I was not persuaded that the support network is strong enough for the terms proposed.',
  'I would have preferred the panel to defer for a further reference.',
  'I think the age range recommended is wider than the assessment supports.',
  'The concerns raised in the review have not been resolved; I could not support continued approval.',
];

export const PAPERS_CONSIDERED: Record<ItemType, string> = {
  approval_mainstream:
    'Form F assessment report; statutory checks; three personal references; medical adviser’s report',
  approval_specialist:
    'Form F assessment report with the specialist scheme addendum; checks; references; medical report',
  approval_connected_person:
    'Form C connected person assessment; checks; references; medical report; the child’s care plan and views',
  first_review: 'First annual review report; the carers’ views; the children’s and social workers’ feedback',
  other_review: 'Review report; chronology; the carers’ written response',
  change_of_terms: 'Report requesting the change; the carers’ written agreement',
  temporary_approval_extension: 'Report on the progress of the assessment; the child’s IRO’s comments',
  termination: 'Report with reasons; the carers’ comments',
  resignation: 'The carers’ written notice of resignation',
  representations: 'The written representations; the original papers and the qualifying determination',
  exemption: 'Report on the proposed exemption; the views of the children’s social workers',
  business: 'Report circulated with the papers',
};

export function discussionFor(rng: Random, work: Work, household: DemoHousehold | null): string {
  const name = household?.displayName ?? 'the service';
  return rng.pick([
    `Members asked ${name} about their support network and how they would manage contact. The answers were thoughtful and child-centred.`,
    `The presenting social worker summarised the report. Members asked about safer caring and the carers’ own children; ${name} answered fully.`,
    `Discussion focused on the supervising social worker’s evidence and on training. Members were reassured by the plan set out.`,
  ]);
}
