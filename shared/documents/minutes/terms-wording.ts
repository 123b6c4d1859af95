import { CARE_TYPE_LABELS, type TermsOfApproval } from '../../schemas/household';

const GENDER = { any: 'Any', male: 'Male', female: 'Female' } as const;

/** Terms of approval in words, as label and value pairs in the order a reader expects them. */
export function termsWording(terms: TermsOfApproval): [label: string, value: string][] {
  const ages = terms.ageFrom === terms.ageTo ? `aged ${terms.ageFrom}` : `aged ${terms.ageFrom} to ${terms.ageTo}`;
  return [
    ['Types of care', terms.typesOfCare.map((type) => CARE_TYPE_LABELS[type]).join(', ')],
    ['Number of children', String(terms.numberOfChildren)],
    ['Age range', ages],
    ['Gender', GENDER[terms.gender]],
    ['Named children', terms.namedChildren.length > 0 ? terms.namedChildren.join(', ') : 'None'],
    ['Sibling group', terms.siblingGroup ? 'Yes' : 'No'],
  ];
}
