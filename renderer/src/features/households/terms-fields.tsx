import { ChoiceGroup } from '../../components/choice-group';
import {
  CARE_TYPE_LABELS,
  careTypesFor,
  type CareType,
  type HouseholdType,
  type TermsOfApproval,
} from '../../../../shared/schemas/household';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/fields';

/** Terms as typed: numbers stay text until the backend has judged them. */
export interface TermsValues {
  typesOfCare: CareType[];
  numberOfChildren: string;
  ageFrom: string;
  ageTo: string;
  gender: 'any' | 'male' | 'female';
  namedChildren: string;
  siblingGroup: boolean;
}

/** A connected person's terms start as child-specific: what CPPCR approval is for. */
export function blankTerms(householdType: HouseholdType | null = null): TermsValues {
  return {
    typesOfCare: householdType === 'connected_person' ? ['child_specific'] : [],
    numberOfChildren: '1',
    ageFrom: '0',
    ageTo: '18',
    gender: 'any',
    namedChildren: '',
    siblingGroup: false,
  };
}

export function termsToValues(terms: TermsOfApproval | null, householdType: HouseholdType | null = null): TermsValues {
  if (!terms) return blankTerms(householdType);
  return {
    typesOfCare: [...terms.typesOfCare],
    numberOfChildren: String(terms.numberOfChildren),
    ageFrom: String(terms.ageFrom),
    ageTo: String(terms.ageTo),
    gender: terms.gender,
    namedChildren: terms.namedChildren.join(', '),
    siblingGroup: terms.siblingGroup,
  };
}

/** Numbers that are not numbers go as NaN, which the backend refuses with a message for the field. */
export function valuesToTerms(values: TermsValues): TermsOfApproval {
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    typesOfCare: values.typesOfCare,
    numberOfChildren: number(values.numberOfChildren),
    ageFrom: number(values.ageFrom),
    ageTo: number(values.ageTo),
    gender: values.gender,
    namedChildren: values.namedChildren
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    siblingGroup: values.siblingGroup,
  };
}

/** Child-specific care is offered only for connected persons; every type when the household is not known yet. */
function careOptions(householdType: HouseholdType | null | undefined) {
  const types = householdType === undefined ? careTypesFor('connected_person') : careTypesFor(householdType);
  return types.map((value) => ({ value, label: CARE_TYPE_LABELS[value] }));
}
const genderOptions = [
  { value: 'any' as const, label: 'Any' },
  { value: 'female' as const, label: 'Girls' },
  { value: 'male' as const, label: 'Boys' },
];

/** Terms of approval as structured data (types of care, number, ages, gender, named children, sibling group). */
export function TermsFields(props: {
  idPrefix: string;
  values: TermsValues;
  onChange: (values: TermsValues) => void;
  errors: Record<string, string>;
  /** The household the terms are for: decides whether child-specific care is offered. */
  householdType?: HouseholdType | null;
}) {
  const { idPrefix: p, values, errors } = props;
  const set =
    <K extends keyof TermsValues>(key: K) =>
    (value: TermsValues[K]) =>
      props.onChange({ ...values, [key]: value });
  const error = (field: string) => errors[`terms.${field}`] ?? errors[field];
  return (
    <Fieldset legend="Terms of approval">
      <ChoiceGroup
        type="checkbox"
        id={`${p}-typesOfCare`}
        legend="Types of care"
        options={careOptions(props.householdType)}
        value={values.typesOfCare}
        onChange={set('typesOfCare')}
        error={error('typesOfCare')}
      />
      <TextField
        id={`${p}-numberOfChildren`}
        label="Number of children"
        inputMode="numeric"
        width="short"
        value={values.numberOfChildren}
        onChange={set('numberOfChildren')}
        error={error('numberOfChildren')}
      />
      <TextField
        id={`${p}-ageFrom`}
        label="Youngest age"
        inputMode="numeric"
        width="short"
        value={values.ageFrom}
        onChange={set('ageFrom')}
        error={error('ageFrom')}
      />
      <TextField
        id={`${p}-ageTo`}
        label="Oldest age"
        inputMode="numeric"
        width="short"
        value={values.ageTo}
        onChange={set('ageTo')}
        error={error('ageTo')}
      />
      <SelectField
        id={`${p}-gender`}
        label="Gender of children"
        options={genderOptions}
        value={values.gender}
        onChange={(v) => set('gender')(v || 'any')}
        error={error('gender')}
      />
      <TextField
        id={`${p}-namedChildren`}
        label="Named children (initials, separated by commas)"
        hint="For connected-person approvals, for example JS, AB"
        value={values.namedChildren}
        onChange={set('namedChildren')}
        error={error('namedChildren')}
      />
      <CheckboxField
        id={`${p}-siblingGroup`}
        label="Approved for a sibling group"
        hint="More than three children need the children to be a sibling group or an exemption on record (Children Act 1989, Schedule 7)."
        checked={values.siblingGroup}
        onChange={set('siblingGroup')}
      />
    </Fieldset>
  );
}

export function describeTerms(terms: TermsOfApproval): string {
  const care = terms.typesOfCare.map((t) => CARE_TYPE_LABELS[t].toLowerCase()).join(', ');
  const children = `${terms.numberOfChildren} ${terms.numberOfChildren === 1 ? 'child' : 'children'}`;
  const gender = terms.gender === 'any' ? '' : terms.gender === 'female' ? ', girls' : ', boys';
  const named = terms.namedChildren.length > 0 ? `, named: ${terms.namedChildren.join(', ')}` : '';
  return `${care.charAt(0).toUpperCase()}${care.slice(1)}; ${children} aged ${terms.ageFrom} to ${terms.ageTo}${gender}${terms.siblingGroup ? ', sibling group' : ''}${named}.`;
}
