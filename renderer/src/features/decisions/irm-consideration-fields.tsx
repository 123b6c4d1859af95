import { ChoiceGroup } from '../../components/choice-group';
import { CheckboxField, TextArea } from '../../components/fields';

export interface IrmConsiderationValues {
  irmConsidered: boolean;
  irmDeparts: '' | 'follows' | 'departs';
  irmDepartureReasons: string;
}

export const NO_IRM_CONSIDERATION: IrmConsiderationValues = {
  irmConsidered: false,
  irmDeparts: '',
  irmDepartureReasons: '',
};

/** Field name in the backend's errors → the control an error summary link focuses. */
export const IRM_CONSIDERATION_TARGETS = {
  irmConsidered: 'irmConsidered',
  irmDeparts: 'irmDeparts',
  irmDepartureReasons: 'irmDepartureReasons',
};

/** The values as the final decision channel takes them. */
export function irmConsiderationInput(values: IrmConsiderationValues) {
  return {
    irmConsidered: values.irmConsidered,
    irmDeparts: values.irmDeparts === '' ? null : values.irmDeparts === 'departs',
    irmDepartureReasons: values.irmDeparts === 'departs' ? values.irmDepartureReasons : null,
  };
}

/**
 * After an IRM recommendation the ADM records that they considered it and
 * whether the final decision follows it; departing from it needs reasons,
 * which the final decision letter gives the applicant.
 */
export function IrmConsiderationFields({
  values,
  errors,
  onChange,
}: {
  values: IrmConsiderationValues;
  errors: Record<string, string>;
  onChange: (values: IrmConsiderationValues) => void;
}) {
  return (
    <>
      <CheckboxField
        id="irmConsidered"
        label="I have considered the IRM panel’s recommendation"
        checked={values.irmConsidered}
        onChange={(irmConsidered) => onChange({ ...values, irmConsidered })}
        error={errors.irmConsidered}
      />
      <ChoiceGroup
        type="radio"
        id="irmDeparts"
        legend="Does the final decision follow the IRM panel’s recommendation?"
        options={[
          { value: 'follows', label: 'Yes, it follows the recommendation' },
          { value: 'departs', label: 'No, it departs from the recommendation' },
        ]}
        value={values.irmDeparts}
        onChange={(irmDeparts) => onChange({ ...values, irmDeparts })}
        error={errors.irmDeparts}
      />
      {values.irmDeparts === 'departs' ? (
        <TextArea
          id="irmDepartureReasons"
          label="Why the final decision departs from the IRM panel’s recommendation"
          hint="The final decision letter gives the applicant these reasons."
          rows={4}
          value={values.irmDepartureReasons}
          onChange={(irmDepartureReasons) => onChange({ ...values, irmDepartureReasons })}
          error={errors.irmDepartureReasons}
        />
      ) : null}
    </>
  );
}
