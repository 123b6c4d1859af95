import { missingIrmFields, type IrmContact } from '../../../../shared/schemas/irm-contact';
import { Fieldset, TextArea, TextField } from '../../components/fields';

/** Field name in the backend's errors → the control an error summary link focuses. */
export const IRM_CONTACT_TARGETS: Record<string, string> = {
  'irmContact.name': 'irmName',
  'irmContact.address': 'irmAddress',
  'irmContact.telephone': 'irmTelephone',
  'irmContact.website': 'irmWebsite',
};

/**
 * The Independent Review Mechanism's details, which the qualifying
 * determination letter must give. The app ships none: the administrator
 * enters them from the IRM's own published details.
 */
export function IrmContactFields({
  value,
  errors,
  onChange,
}: {
  value: IrmContact;
  errors: Record<string, string>;
  onChange: (value: IrmContact) => void;
}) {
  const set =
    <K extends keyof IrmContact>(key: K) =>
    (next: IrmContact[K]) =>
      onChange({ ...value, [key]: next });
  const missing = missingIrmFields(value).length > 0;
  return (
    <Fieldset legend="Independent Review Mechanism (IRM)">
      <p className="hint">
        Printed in every qualifying determination letter, so applicants know how to ask the IRM for a review. Copy them
        from the IRM’s own published details; all four are needed.
      </p>
      {missing ? (
        <p className="hint">Until all four are entered, qualifying determination letters cannot be issued.</p>
      ) : null}
      <TextField
        id="irmName"
        label="Name"
        width="medium"
        value={value.name}
        onChange={set('name')}
        error={errors['irmContact.name']}
      />
      <TextArea
        id="irmAddress"
        label="Postal address"
        hint="One line for each part of the address."
        rows={4}
        value={value.address}
        onChange={set('address')}
        error={errors['irmContact.address']}
      />
      <TextField
        id="irmTelephone"
        label="Telephone"
        hint="Digits and spaces, with + in front for an international number."
        type="tel"
        width="medium"
        value={value.telephone}
        onChange={set('telephone')}
        error={errors['irmContact.telephone']}
      />
      <TextField
        id="irmWebsite"
        label="Website"
        hint="An address starting https://, or a domain such as irm.example.org.uk."
        width="medium"
        value={value.website}
        onChange={set('website')}
        error={errors['irmContact.website']}
      />
    </Fieldset>
  );
}
