import type { ExemptionDetailsInput, ExemptionView } from '../../../../shared/schemas/exemption';
import { Fieldset, TextArea, TextField } from '../../components/fields';

/** The exemption as typed: the children's initials separated by commas, and the conditions. */
export interface ExemptionValues {
  children: string;
  conditions: string;
}

export function blankExemption(): ExemptionValues {
  return { children: '', conditions: '' };
}

/** What to start from: as granted, else as recommended, else blank. */
export function exemptionToValues(view: ExemptionView | null | undefined): ExemptionValues {
  const source = view?.granted ?? view?.recommended ?? null;
  return source ? { children: source.children.join(', '), conditions: source.conditions ?? '' } : blankExemption();
}

export function valuesToExemption(values: ExemptionValues): ExemptionDetailsInput {
  return {
    children: values.children
      .split(',')
      .map((initials) => initials.trim())
      .filter(Boolean),
    conditions: values.conditions,
  };
}

/** Error-summary links for the exemption's fields. */
export function exemptionFieldTargets(idPrefix: string): Record<string, string> {
  return {
    exemption: `${idPrefix}-children`,
    'exemption.children': `${idPrefix}-children`,
    'exemption.children.0': `${idPrefix}-children`,
    'exemption.conditions': `${idPrefix}-conditions`,
  };
}

/** The children an exemption from the usual fostering limit covers, and its conditions (Children Act 1989 Sch. 7). */
export function ExemptionFields(props: {
  idPrefix: string;
  values: ExemptionValues;
  onChange: (values: ExemptionValues) => void;
  errors: Record<string, string>;
}) {
  const { idPrefix: p, values, errors } = props;
  const childError = Object.entries(errors).find(([field]) => field.startsWith('exemption.children'))?.[1];
  return (
    <Fieldset legend="The exemption">
      <TextField
        id={`${p}-children`}
        label="Children the exemption covers (initials, separated by commas)"
        hint="For example AB, CD, EF"
        value={values.children}
        onChange={(children) => props.onChange({ ...values, children })}
        error={childError ?? errors.exemption}
      />
      <TextArea
        id={`${p}-conditions`}
        label="Conditions (optional)"
        value={values.conditions}
        onChange={(conditions) => props.onChange({ ...values, conditions })}
        error={errors['exemption.conditions']}
      />
    </Fieldset>
  );
}
