import { APPLICANT_TITLES } from '../../../../shared/schemas/household';
import { Fieldset, SelectField, TextArea, TextField } from '../../components/fields';
import type { ChannelForm } from '../../forms/use-channel-form';
import type { HouseholdFormValues } from './household-form-values';

const titleOptions = [
  ...APPLICANT_TITLES.map((title) => ({ value: title, label: title })),
  { value: 'other', label: 'Other (type it)' },
];

/** One applicant: their title (from the list, or typed) and full name, as letters address them. */
function Applicant({ form, which }: { form: ChannelForm<HouseholdFormValues>; which: 1 | 2 }) {
  const { values, errors, bind } = form;
  const index = which - 1;
  const ordinal = which === 1 ? 'First' : 'Second';
  const titleKey = which === 1 ? 'applicant1Title' : 'applicant2Title';
  const otherKey = which === 1 ? 'applicant1OtherTitle' : 'applicant2OtherTitle';
  const titleError = errors[`applicantTitles.${index}`];
  return (
    <>
      <SelectField
        id={titleKey}
        label={`${ordinal} applicant's title (optional)`}
        hint="Letters greet them by title and surname, for example Dear Mr Rahman"
        placeholder="No title"
        options={titleOptions}
        {...bind(titleKey)}
        error={values[titleKey] === 'other' ? undefined : titleError}
      />
      {values[titleKey] === 'other' ? (
        <TextField
          id={otherKey}
          label={`${ordinal} applicant's title, as it should be printed`}
          hint="For example Revd or Prof"
          width="short"
          {...bind(otherKey)}
          error={titleError}
        />
      ) : null}
      {which === 1 ? (
        <TextField
          id="applicant1"
          label="First applicant's full name"
          {...bind('applicant1', 'applicantNames.0')}
          error={errors['applicantNames.0'] ?? errors.applicantNames}
        />
      ) : (
        <TextField
          id="applicant2"
          label="Second applicant's full name (optional)"
          {...bind('applicant2', 'applicantNames.1')}
        />
      )}
    </>
  );
}

/** Who letters go to, how they are greeted and where they are sent. */
export function ApplicantFields({ form }: { form: ChannelForm<HouseholdFormValues> }) {
  return (
    <Fieldset legend="Applicants (for letters)">
      <Applicant form={form} which={1} />
      <Applicant form={form} which={2} />
      <TextField
        id="formOfAddress"
        label="Preferred greeting in letters (optional)"
        hint="The words after Dear, if they prefer something other than their titles and surnames, for example Sam and Alex"
        {...form.bind('formOfAddress')}
      />
      <TextArea
        id="address"
        label="Address (optional)"
        hint="Each line on its own line, the postcode last. Letters print it where a window envelope shows it."
        {...form.bind('address')}
      />
    </Fieldset>
  );
}
