/**
 * Agenda item types (domain.md), with what panel is asked to do and the
 * readiness checklist the administrator ticks before papers go out.
 */
export const ITEM_TYPES = [
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
  'first_review',
  'other_review',
  'change_of_terms',
  'temporary_approval_extension',
  'termination',
  'resignation',
  'representations',
  'exemption',
  'business',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

interface ItemTypeInfo {
  label: string;
  /** Business items may have no household. */
  needsHousehold: boolean;
  checklist: readonly { key: string; label: string }[];
}

const APPROVAL_CHECKLIST = [
  { key: 'assessmentReport', label: 'Assessment report (Form F or equivalent)' },
  { key: 'statutoryChecks', label: 'Statutory checks back' },
  { key: 'references', label: 'References' },
  { key: 'medical', label: 'Medical report' },
  { key: 'dbs', label: 'DBS checks' },
] as const;

export const ITEM_TYPE_INFO: Record<ItemType, ItemTypeInfo> = {
  approval_mainstream: { label: 'Approval (mainstream)', needsHousehold: true, checklist: APPROVAL_CHECKLIST },
  approval_specialist: { label: 'Approval (specialist scheme)', needsHousehold: true, checklist: APPROVAL_CHECKLIST },
  approval_connected_person: {
    label: 'Approval (connected person)',
    needsHousehold: true,
    checklist: [...APPROVAL_CHECKLIST, { key: 'childViews', label: "Child's views and care plan" }],
  },
  first_review: {
    label: 'First annual review',
    needsHousehold: true,
    checklist: [
      { key: 'reviewReport', label: 'Review report' },
      { key: 'carersViews', label: "Carers' views" },
      { key: 'childrensViews', label: "Children's views" },
    ],
  },
  other_review: {
    label: 'Later review (annual, standards of care, allegation, change of circumstances)',
    needsHousehold: true,
    checklist: [
      { key: 'reviewReport', label: 'Review report' },
      { key: 'carersViews', label: "Carers' views" },
    ],
  },
  change_of_terms: {
    label: 'Change of terms of approval',
    needsHousehold: true,
    checklist: [
      { key: 'report', label: 'Report' },
      { key: 'carersAgreement', label: "Carers' written agreement (if given)" },
    ],
  },
  temporary_approval_extension: {
    label: 'Temporary approval extension (CPPCR reg 25)',
    needsHousehold: true,
    checklist: [
      { key: 'reg24Date', label: 'Regulation 24 approval date confirmed' },
      { key: 'reasons', label: 'Reasons for the extension' },
      { key: 'iroTold', label: "Child's IRO told" },
    ],
  },
  termination: {
    label: 'Termination of approval',
    needsHousehold: true,
    checklist: [{ key: 'report', label: 'Report with reasons' }],
  },
  resignation: {
    label: 'Resignation (for noting)',
    needsHousehold: true,
    checklist: [{ key: 'notice', label: 'Written notice' }],
  },
  representations: {
    label: 'Representations after a qualifying determination',
    needsHousehold: true,
    checklist: [
      { key: 'representations', label: 'Written representations' },
      { key: 'originalPapers', label: 'Original papers and determination' },
    ],
  },
  exemption: {
    label: 'Exemption from the usual fostering limit',
    needsHousehold: true,
    checklist: [{ key: 'report', label: 'Report' }],
  },
  business: { label: 'Quality assurance or business item', needsHousehold: false, checklist: [] },
};

/** Items of these types are an application for approval (the 8-month clock). */
export const APPROVAL_TYPES: ReadonlySet<ItemType> = new Set([
  'approval_mainstream',
  'approval_specialist',
  'approval_connected_person',
]);
