import type { AgencyContact } from '../../../../shared/schemas/settings';
import { Fieldset, TextArea, TextField } from '../../components/fields';
import { LogoField } from './logo-field';

/** Field name in the backend's errors → the control an error summary link focuses. */
export const AGENCY_CONTACT_TARGETS: Record<string, string> = {
  'agencyContact.address': 'agencyAddress',
  'agencyContact.phone': 'agencyPhone',
  'agencyContact.email': 'agencyEmail',
  'agencyContact.logoDataUrl': 'agencyLogo',
};

/** What letters carry at their head: the service's address, telephone, email and logo. */
export function AgencyContactFields({
  value,
  errors,
  onChange,
  addressRequired = false,
}: {
  value: AgencyContact;
  errors: Record<string, string>;
  onChange: (value: AgencyContact) => void;
  /** The first-run set-up asks for the address: letters need it, and it is never asked for again. */
  addressRequired?: boolean;
}) {
  const set =
    <K extends keyof AgencyContact>(key: K) =>
    (next: AgencyContact[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <Fieldset legend="Letterhead">
      <p className="hint">Printed at the head of every letter.</p>
      <TextArea
        id="agencyAddress"
        label={addressRequired ? 'Postal address' : 'Postal address (optional)'}
        hint="One line for each part of the address."
        rows={4}
        value={value.address}
        onChange={set('address')}
        error={errors['agencyContact.address']}
      />
      <TextField
        id="agencyPhone"
        label="Telephone (optional)"
        type="tel"
        width="medium"
        value={value.phone}
        onChange={set('phone')}
        error={errors['agencyContact.phone']}
      />
      <TextField
        id="agencyEmail"
        label="Email address (optional)"
        type="email"
        width="medium"
        value={value.email}
        onChange={set('email')}
        error={errors['agencyContact.email']}
      />
      <LogoField
        id="agencyLogo"
        value={value.logoDataUrl}
        onChange={set('logoDataUrl')}
        error={errors['agencyContact.logoDataUrl']}
      />
    </Fieldset>
  );
}
