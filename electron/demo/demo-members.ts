import { addDays, addMonths, addYears } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../shared/domain/dates';
import type { Background, ListRole, NewMemberInput } from '../../shared/schemas/member';

/**
 * A realistic central list for a county service: an independent chair, two
 * vice chairs (who chair the extra sittings), social workers, foster carers,
 * care-experienced adults, health, education and an elected member. Dates are
 * set relative to "today" so the demo always shows a live mix of warnings.
 */
interface DemoMember {
  name: string;
  listRole: ListRole;
  background: Background;
  independent: boolean;
  pqe3?: boolean;
  /** Years since appointment. */
  servedYears: number;
  /** Days until (negative: since) the DBS renewal is due. */
  dbsDueInDays: number;
  /** Days until (negative: since) the next appraisal is due. */
  appraisalDueInDays: number;
  feePounds: string;
  training?: { title: string; hours: string; monthsAgo: number }[];
}

export const DEMO_MEMBERS: DemoMember[] = [
  {
    name: 'Margaret Ellis',
    listRole: 'chair',
    background: 'education',
    independent: true,
    servedYears: 6,
    dbsDueInDays: 400,
    appraisalDueInDays: 120,
    feePounds: '250.00',
    training: [
      { title: 'Chairing fostering panels: regional workshop', hours: '6', monthsAgo: 5 },
      { title: 'Safeguarding update', hours: '3', monthsAgo: 11 },
    ],
  },
  {
    name: 'David Okafor',
    listRole: 'vice_chair',
    background: 'social_worker',
    independent: true,
    pqe3: true,
    servedYears: 5,
    dbsDueInDays: 220,
    appraisalDueInDays: 60,
    feePounds: '200.00',
    training: [{ title: 'Connected persons assessments', hours: '3.5', monthsAgo: 3 }],
  },
  {
    name: 'Priya Shah',
    listRole: 'vice_chair',
    background: 'health',
    independent: true,
    servedYears: 3,
    dbsDueInDays: 20,
    appraisalDueInDays: 200,
    feePounds: '200.00',
  },
  {
    name: 'Helen Turner',
    listRole: 'member',
    background: 'social_worker',
    independent: false,
    pqe3: true,
    servedYears: 4,
    dbsDueInDays: 500,
    appraisalDueInDays: 90,
    feePounds: '0',
  },
  {
    name: 'James Whitaker',
    listRole: 'member',
    background: 'social_worker',
    independent: true,
    pqe3: true,
    servedYears: 2,
    dbsDueInDays: 700,
    appraisalDueInDays: -15,
    feePounds: '150.00',
    training: [{ title: 'Panel member induction', hours: '4', monthsAgo: 23 }],
  },
  {
    name: 'Sarah Lloyd',
    listRole: 'member',
    background: 'social_worker',
    independent: true,
    pqe3: false,
    servedYears: 1,
    dbsDueInDays: 900,
    appraisalDueInDays: 150,
    feePounds: '150.00',
  },
  {
    name: 'Lorraine Bennett',
    listRole: 'member',
    background: 'foster_carer',
    independent: false,
    servedYears: 7,
    dbsDueInDays: 300,
    appraisalDueInDays: 40,
    feePounds: '150.00',
    training: [{ title: 'Therapeutic parenting', hours: '2.5', monthsAgo: 2 }],
  },
  {
    name: 'Michael Dunn',
    listRole: 'member',
    background: 'foster_carer',
    independent: true,
    servedYears: 2,
    dbsDueInDays: 640,
    appraisalDueInDays: 250,
    feePounds: '150.00',
  },
  {
    name: 'Aisha Rahman',
    listRole: 'member',
    background: 'care_experienced_adult',
    independent: true,
    servedYears: 3,
    dbsDueInDays: 450,
    appraisalDueInDays: 25,
    feePounds: '150.00',
    training: [{ title: 'Unconscious bias in assessment', hours: '2', monthsAgo: 6 }],
  },
  {
    name: 'Connor Walsh',
    listRole: 'member',
    background: 'care_experienced_adult',
    independent: true,
    servedYears: 1,
    dbsDueInDays: 980,
    appraisalDueInDays: 300,
    feePounds: '150.00',
  },
  {
    name: 'Dr Fiona McLeod',
    listRole: 'member',
    background: 'health',
    independent: true,
    servedYears: 8,
    dbsDueInDays: 160,
    appraisalDueInDays: 80,
    feePounds: '200.00',
  },
  {
    name: 'Graham Pike',
    listRole: 'member',
    background: 'education',
    independent: true,
    servedYears: 4,
    dbsDueInDays: 350,
    appraisalDueInDays: 180,
    feePounds: '150.00',
  },
  {
    name: 'Cllr Janet Hughes',
    listRole: 'member',
    background: 'elected_member',
    independent: false,
    servedYears: 2,
    dbsDueInDays: 610,
    appraisalDueInDays: 210,
    feePounds: '0',
  },
  {
    name: 'Robert Hale',
    listRole: 'member',
    background: 'foster_carer',
    independent: true,
    servedYears: 5,
    dbsDueInDays: 90,
    appraisalDueInDays: 100,
    feePounds: '150.00',
  },
];

/** Robert Hale has given notice; Eileen Ford left last year. */
export const DEMO_ON_NOTICE = 'Robert Hale';
export const DEMO_LEFT: DemoMember = {
  name: 'Eileen Ford',
  listRole: 'member',
  background: 'other',
  independent: true,
  servedYears: 9,
  dbsDueInDays: -200,
  appraisalDueInDays: -300,
  feePounds: '150.00',
};

export function demoMemberInput(member: DemoMember, today: string): NewMemberInput {
  const now = parseIsoDate(today);
  const appointed = addYears(now, -member.servedYears);
  const dbsDue = addDays(now, member.dbsDueInDays);
  const appraisalDue = addDays(now, member.appraisalDueInDays);
  const email = `${member.name
    .replace(/^(Dr|Cllr) /, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@example.org`;
  return {
    name: member.name,
    email,
    phone: '01632 960' + String(100 + member.name.length * 7).slice(0, 3),
    address: null,
    listRole: member.listRole,
    independent: member.independent,
    background: member.background,
    backgroundDetail: member.background === 'other' ? 'Retired family court adviser' : null,
    socialWorkerPqe3: member.pqe3 ?? false,
    appointmentDate: toIsoDate(appointed),
    termEndDate: toIsoDate(addYears(appointed, Math.ceil((member.servedYears + 0.5) / 3) * 3)),
    dbsCheckDate: toIsoDate(addYears(dbsDue, -3)),
    dbsRenewalDue: toIsoDate(dbsDue),
    inductionDate: toIsoDate(addMonths(appointed, 1)),
    lastAppraisalDate: toIsoDate(addYears(appraisalDue, -1)),
    nextAppraisalDue: toIsoDate(appraisalDue),
    fee: member.feePounds,
    notes: null,
  };
}

export function demoTraining(member: DemoMember, today: string) {
  return (member.training ?? []).map((entry) => ({
    title: entry.title,
    hours: entry.hours,
    date: toIsoDate(addMonths(parseIsoDate(today), -entry.monthsAgo)),
  }));
}
