import { formatDate } from '../../domain/dates';
import type { LetterHousehold } from '../../schemas/decision';
import { addresseeNames, addressLines, salutation } from '../letters/addressee';
import type { LetterAgency, Signatory } from '../letters/letter-input';
import { safeText } from '../safe-text';
import { flag, lines, text } from './fields';
import { hasLogo } from './place-logo';

/** What the app fills in every template whatever its kind: the header, the footer and the letterhead. */
export const DOCUMENT_FRAME_FIELDS = {
  protective_marking: text('The protective marking set in Settings → Documents, for the header', 'OFFICIAL-SENSITIVE'),
  reference: text('The household’s reference: the document’s reference in the header', 'FC-2026-014'),
  template_version: text('Which template made the document, for the footer', 'Built-in template'),
  agency_name: text('The fostering service’s name, from the settings', 'Shire County Council Fostering Service'),
  agency_address: lines('The service’s address from the settings, one line each', 'County Hall\nShiretown SH1 1AA'),
  agency_phone: text('The service’s telephone number, or empty', '01234 567890'),
  agency_email: text('The service’s email address, or empty (printed as text, never a link)', 'fostering@shire.gov.uk'),
  has_logo: flag(
    'Yes when the settings hold a logo. The logo goes in a picture whose alt text is {{logo}} (the built-in templates’ grey box), kept inside {#has_logo}…{/has_logo}',
    'Yes',
  ),
};

/** What every letter adds: the addressee, the date, the greeting, what it is about and who signs it. */
export const LETTER_FRAME_FIELDS = {
  ...DOCUMENT_FRAME_FIELDS,
  addressee: lines(
    'Each applicant, then each line of the household’s address, the postcode on its own line',
    'Mr Sam Rahman\nMrs Alex Rahman\n12 Elm Road\nShiretown\nSH1 2AB',
  ),
  letter_date: text('The date printed on the letter', '5 March 2027'),
  salutation: text(
    'The greeting, from the household’s form of address or the applicants’ titles',
    'Dear Mr and Mrs Rahman',
  ),
  subject: text('The line saying what the letter is about', 'Your approval as foster carers'),
  has_signatory: flag('Yes when a named person signs the letter', 'Yes'),
  signatory_name: text('Who signs the letter', 'Jo Bloggs'),
  signatory_role: text('Their role', 'Agency Decision Maker'),
  signed_for: text('The service, or “For” the service when nobody is named', 'Shire County Council Fostering Service'),
};

/** Each line as a loop entry, user text made safe. */
export const asLines = (values: readonly string[]) => values.map((value) => ({ line: safeText(value) }));

/** The service's own address as typed, one line each. */
const typedLines = (address: string | null) =>
  (address ?? '')
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** How the document says which template made it. */
export const templateVersionWords = (version: number | null) =>
  version === null ? 'Built-in template' : `Template version ${version}`;

export interface FrameContext {
  agency: LetterAgency;
  marking: string;
  templateVersion: number | null;
  reference: string;
}

export function documentFrameData(context: FrameContext) {
  const contact = context.agency.agencyContact;
  return {
    protective_marking: safeText(context.marking),
    reference: safeText(context.reference),
    template_version: templateVersionWords(context.templateVersion),
    agency_name: safeText(context.agency.agencyName),
    agency_address: asLines(typedLines(contact.address)),
    agency_phone: safeText(contact.phone),
    agency_email: safeText(contact.email),
    has_logo: hasLogo(contact.logoDataUrl),
  };
}

export interface LetterContext extends Omit<FrameContext, 'reference'> {
  household: LetterHousehold;
  letterDate: string;
  subject: string;
  signatory: Signatory | null;
}

export function letterFrameData(context: LetterContext) {
  const { household, signatory, agency } = context;
  return {
    ...documentFrameData({ ...context, reference: household.reference }),
    addressee: asLines([...addresseeNames(household), ...addressLines(household.address)]),
    letter_date: formatDate(context.letterDate),
    salutation: safeText(salutation(household)),
    subject: safeText(context.subject),
    has_signatory: signatory !== null,
    signatory_name: safeText(signatory?.name ?? ''),
    signatory_role: safeText(signatory?.role ?? ''),
    signed_for: safeText(signatory ? agency.agencyName : `For ${agency.agencyName}`),
  };
}
