import type { HouseholdType, NewHouseholdInput, TermsOfApproval } from '../../shared/schemas/household';
import { asAdmin, type DemoContext, type DemoHousehold } from './context';
import { IROS, MEN, SOCIAL_WORKERS, STREETS, SURNAMES, TOWNS, WOMEN } from './names';
import type { Random } from './random';
import { plusDays } from './timeline';

/** Specialist schemes of a county service, with the care they offer. */
const SCHEMES = [
  { name: 'Fostering Plus (therapeutic placements)', care: ['specialist', 'long_term'] },
  { name: 'Parent and child scheme', care: ['specialist', 'parent_and_child'] },
  { name: 'Remand fostering scheme', care: ['specialist', 'remand'] },
  { name: 'Short breaks for disabled children', care: ['specialist', 'respite'] },
] as const;

const RELATIONSHIPS = [
  'maternal grandmother',
  'paternal grandparents',
  'aunt and uncle',
  'maternal aunt',
  'family friend',
  'paternal grandmother',
  'older sister',
  'godparents',
];

function referenceFor(ctx: DemoContext, type: HouseholdType, date: string): string {
  const prefix = `${type === 'connected_person' ? 'CP' : 'FC'}-${date.slice(0, 4)}`;
  const next = (ctx.references.get(prefix) ?? 0) + 1;
  ctx.references.set(prefix, next);
  return `${prefix}-${String(next).padStart(3, '0')}`;
}

function address(rng: Random): string {
  const [town, area] = rng.pick(TOWNS);
  return `${rng.int(1, 140)} ${rng.pick(STREETS)}, ${town}, ${area} ${rng.int(1, 9)}${rng.pick(['AB', 'DL', 'HT', 'QR', 'WX'])}`;
}

function initialsOf(first: string, surname: string): string {
  return `${first.charAt(0)}${surname.replace(/[^A-Za-z]/g, '').charAt(0)}`;
}

/** Names for one or two applicants, and how the register shows them. */
function applicants(rng: Random, surname: string, relationship: string | null) {
  const shape = rng.pick(['couple', 'couple', 'couple', 'single_woman', 'single_woman', 'single_man', 'two_women']);
  const suffix = relationship ? ` (${relationship})` : '';
  switch (shape) {
    case 'single_woman': {
      const title = rng.pick(['Ms', 'Mrs', 'Miss']);
      return { names: [`${rng.pick(WOMEN)} ${surname}`], display: `${title} ${surname}${suffix}` };
    }
    case 'single_man':
      return { names: [`${rng.pick(MEN)} ${surname}`], display: `Mr ${surname}${suffix}` };
    case 'two_women': {
      const other = rng.pick(SURNAMES);
      return {
        names: [`${rng.pick(WOMEN)} ${surname}`, `${rng.pick(WOMEN)} ${other}`],
        display: `Ms ${surname} and Ms ${other}${suffix}`,
      };
    }
    default:
      return {
        names: [`${rng.pick(MEN)} ${surname}`, `${rng.pick(WOMEN)} ${surname}`],
        display: `Mr and Mrs ${surname}${suffix}`,
      };
  }
}

/** Terms of approval a household of this type is typically approved for. */
export function typicalTerms(
  rng: Random,
  household: Pick<DemoHousehold, 'type' | 'children' | 'specialistScheme'>,
): TermsOfApproval {
  if (household.type === 'connected_person') {
    const ages = household.children.map((c) => c.age);
    const terms: TermsOfApproval = {
      // A connected person is approved for the named child: child-specific, with the length of care planned.
      typesOfCare: ['child_specific', rng.chance(0.7) ? 'long_term' : 'short_term'],
      numberOfChildren: Math.max(1, household.children.length),
      ageFrom: Math.min(...ages, 17),
      ageTo: Math.min(18, Math.max(...ages, 0) + 1),
      gender: 'any',
      namedChildren: household.children.map((c) => c.initials),
      siblingGroup: household.children.length > 1,
    };
    return terms;
  }
  if (household.type === 'specialist') {
    const found = SCHEMES.find((s) => s.name === household.specialistScheme) ?? rng.pick(SCHEMES);
    const care: readonly string[] = found.care;
    const parentAndChild = care.includes('parent_and_child');
    const terms: TermsOfApproval = {
      typesOfCare: [...found.care],
      numberOfChildren: parentAndChild ? 1 : rng.int(1, 2),
      ageFrom: parentAndChild ? 0 : care.includes('remand') ? 12 : rng.int(5, 10),
      ageTo: parentAndChild ? 1 : 17,
      gender: 'any',
      namedChildren: [],
      siblingGroup: false,
    };
    return terms;
  }
  const pattern = rng.pick([
    { care: ['short_term'], n: [1, 2], from: 0, to: 11 },
    { care: ['short_term', 'emergency'], n: [2, 2], from: 0, to: 17 },
    { care: ['short_term', 'long_term'], n: [1, 3], from: 5, to: 17 },
    { care: ['long_term'], n: [1, 2], from: 8, to: 17 },
    { care: ['respite'], n: [1, 2], from: 5, to: 17 },
    { care: ['short_term', 'respite'], n: [2, 3], from: 0, to: 17 },
    { care: ['parent_and_child'], n: [1, 1], from: 0, to: 1 },
  ] as const);
  const count = rng.int(pattern.n[0], pattern.n[1]);
  const terms: TermsOfApproval = {
    typesOfCare: [...pattern.care],
    numberOfChildren: count,
    ageFrom: pattern.from,
    ageTo: pattern.to,
    gender: 'any',
    namedChildren: [],
    siblingGroup: count > 1 && rng.chance(0.4),
  };
  return terms;
}

/**
 * A household added to the register through `households:create`: an applicant
 * (mainstream or specialist) from their application date, or a connected
 * person from the day the child was placed under temporary approval (reg 24).
 */
export async function registerHousehold(
  ctx: DemoContext,
  type: HouseholdType,
  received: string,
): Promise<DemoHousehold> {
  const rng = ctx.rng;
  const surname = rng.pick(SURNAMES);
  const connected = type === 'connected_person';
  const people = applicants(rng, surname, connected ? rng.pick(RELATIONSHIPS) : null);
  const scheme = type === 'specialist' ? rng.pick(SCHEMES).name : null;
  const children = connected
    ? Array.from({ length: rng.chance(0.3) ? 2 : 1 }, () => ({
        initials: initialsOf(rng.pick([...WOMEN, ...MEN]), rng.chance(0.7) ? surname : rng.pick(SURNAMES)),
        age: rng.int(0, 14),
      }))
    : [];
  const input: NewHouseholdInput = {
    reference: referenceFor(ctx, type, received),
    displayName: people.display,
    applicantNames: people.names,
    address: address(rng),
    householdType: type,
    specialistScheme: scheme,
    assessingSocialWorker: rng.pick(SOCIAL_WORKERS),
    supervisingSocialWorker: connected ? rng.pick(SOCIAL_WORKERS) : null,
    applicationReceivedDate: received,
    temporaryApprovalDate: connected ? received : null,
    children: children.map((child) => ({
      initials: child.initials,
      dateOfBirth: plusDays(received, -(child.age * 365 + rng.int(20, 340))),
      placementDate: received,
      iroName: rng.pick(IROS),
    })),
  };
  const created = await asAdmin(ctx, 'households:create', input);
  const household: DemoHousehold = {
    id: created.id,
    reference: created.reference,
    type,
    displayName: created.displayName,
    specialistScheme: scheme,
    status: 'applicant',
    approvalDate: null,
    terms: null,
    temporaryApprovalDate: created.temporaryApprovalDate,
    children,
    busy: false,
  };
  ctx.households.push(household);
  return household;
}

/** A carer approved before the records begin, brought in with `households:changeStatus`. */
export async function registerApprovedHousehold(
  ctx: DemoContext,
  type: HouseholdType,
  applied: string,
  approved: string,
): Promise<DemoHousehold> {
  const household = await registerHousehold(ctx, type, applied);
  const terms = typicalTerms(ctx.rng, household);
  const current = await asAdmin(ctx, 'households:get', { id: household.id });
  await asAdmin(ctx, 'households:changeStatus', {
    id: household.id,
    version: current.version,
    status: 'approved',
    effectiveDate: approved,
    approvalDate: approved,
    reason: 'Approved before these records began (brought in from the previous system)',
    terms,
  });
  household.status = 'approved';
  household.approvalDate = approved;
  household.terms = terms;
  return household;
}

/** Wider terms: one more child, or respite added. */
export function widerTerms(terms: TermsOfApproval): TermsOfApproval {
  if (terms.numberOfChildren < 3 && terms.namedChildren.length === 0) {
    return { ...terms, numberOfChildren: terms.numberOfChildren + 1, ageTo: Math.max(terms.ageTo, 17) };
  }
  if (!terms.typesOfCare.includes('respite')) return { ...terms, typesOfCare: [...terms.typesOfCare, 'respite'] };
  return { ...terms, ageFrom: 0, ageTo: 18 };
}

/** Narrower terms: one child, short breaks only. */
export function respiteOnly(terms: TermsOfApproval): TermsOfApproval {
  return { ...terms, typesOfCare: ['respite'], numberOfChildren: 1, siblingGroup: false, namedChildren: [] };
}
