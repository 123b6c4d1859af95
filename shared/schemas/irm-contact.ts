import { z } from 'zod';
import { storable } from './text';

/**
 * How an applicant reaches the Independent Review Mechanism, for the
 * qualifying determination letter (FSR reg 27(6)/28(7)). The app ships none
 * of its own: the operator and its details can change, so an administrator
 * enters them, and until then that letter cannot be issued.
 */

const TELEPHONE = /^\+?[0-9][0-9 ]*$/;
/** A domain such as irm.example.org.uk, optionally with a path after it. */
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[^\s]*)?$/i;

/** An https address with a real host, or a bare domain (which letters print as it was typed). */
export function isWebsite(value: string): boolean {
  if (/^https:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && !url.username && !url.password && BARE_DOMAIN.test(url.hostname);
    } catch {
      return false;
    }
  }
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && BARE_DOMAIN.test(value);
}

const IRM_FIELDS = {
  name: 'the name of the Independent Review Mechanism',
  address: 'its postal address',
  telephone: 'its telephone number',
  website: 'its website',
} as const;
export type IrmField = keyof typeof IRM_FIELDS;

export const IrmContact = z
  .object({
    name: storable(z.string().trim().max(200, { error: 'The IRM’s name must be 200 characters or fewer' }), 'the name'),
    address: storable(
      z.string().trim().max(500, { error: 'The IRM’s address must be 500 characters or fewer' }),
      'the address',
    ),
    telephone: z
      .string()
      .trim()
      .max(40, { error: 'The IRM’s telephone number must be 40 characters or fewer' })
      .refine((value) => value === '' || (TELEPHONE.test(value) && value.replace(/\D/g, '').length >= 6), {
        error: 'Enter the IRM’s telephone number in digits and spaces, for example 0161 496 0000 or +44 161 496 0000',
      }),
    website: z
      .string()
      .trim()
      .max(200, { error: 'The IRM’s website must be 200 characters or fewer' })
      .refine((value) => value === '' || isWebsite(value), {
        error: 'Enter the IRM’s website as an address starting https:// or as a domain like irm.example.org.uk',
      }),
  })
  // Half an address is worse than none: a letter could send the applicant nowhere.
  .superRefine((value, ctx) => {
    const missing = missingIrmFields(value);
    if (missing.length === 0 || missing.length === Object.keys(IRM_FIELDS).length) return;
    for (const field of missing) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `Enter ${IRM_FIELDS[field]}, or leave all four IRM details blank`,
      });
    }
  });
export type IrmContact = z.infer<typeof IrmContact>;

export const NO_IRM_CONTACT: IrmContact = { name: '', address: '', telephone: '', website: '' };

export function missingIrmFields(contact: IrmContact): IrmField[] {
  return (Object.keys(IRM_FIELDS) as IrmField[]).filter((field) => contact[field].trim() === '');
}

/** Why a qualifying determination letter cannot be issued yet for want of the IRM's details, or null. */
export function irmContactProblem(contact: IrmContact): string | null {
  return missingIrmFields(contact).length === 0
    ? null
    : 'The Independent Review Mechanism’s contact details (name, address, telephone and website) have not been entered. An administrator enters them in Settings; the letter must tell the applicant how to apply to the IRM.';
}
