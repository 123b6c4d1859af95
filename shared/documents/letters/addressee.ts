import type { LetterHousehold } from '../../schemas/decision';

/**
 * Who a letter is addressed to and how it greets them: the address block a
 * window envelope shows, and "Dear Mr and Mrs Rahman" from the applicants'
 * titles and surnames, or the form of address the household asked for.
 */

type Addressee = Pick<LetterHousehold, 'applicantNames' | 'applicantTitles' | 'formOfAddress' | 'address'>;

/** A UK postcode at the end of a line ("Shiretown SH1 1AA"), which goes on a line of its own. */
const TRAILING_POSTCODE = /^(.*\S)\s+([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i;

/**
 * The address as separate lines: one per line typed, and one per comma of an
 * address typed on a single line ("12 Elm Road, Market Town"), with the
 * postcode always on its own last line, as Royal Mail asks.
 */
export function addressLines(address: string | null): string[] {
  const parts = (address ?? '')
    .split(/\r\n|\r|\n|,/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const last = parts[parts.length - 1];
  const match = last === undefined ? null : TRAILING_POSTCODE.exec(last);
  if (!match?.[1] || !match[2]) return parts;
  return [...parts.slice(0, -1), match[1], match[2].toUpperCase()];
}

interface Person {
  title: string | null;
  name: string;
  surname: string;
}

function people(household: Addressee): Person[] {
  return household.applicantNames.map((name, index) => {
    const words = name.trim().split(/\s+/);
    return { title: household.applicantTitles[index]?.trim() || null, name: name.trim(), surname: words.at(-1) ?? '' };
  });
}

/** "Mr Sam Rahman" on the envelope, or the name alone where no title is recorded. */
export function addresseeNames(household: Addressee): string[] {
  return people(household).map((person) => (person.title ? `${person.title} ${person.name}` : person.name));
}

/** "Mr Rahman" with a title; without one, the full name ("Sam Rahman"), never a bare surname. */
const formal = (person: Person) => (person.title ? `${person.title} ${person.surname}` : person.name);

/** The words after "Dear" the household asked for, forgiving a "Dear" or a comma typed with them. */
const asked = (formOfAddress: string) =>
  formOfAddress
    .trim()
    .replace(/^dear\s+/i, '')
    .replace(/[,\s]+$/, '');

/**
 * The greeting: the household's own form of address when it has one; else
 * "Dear Mr and Mrs Rahman" for two titled applicants sharing a surname, "Dear
 * Mr Rahman and Ms Jones" otherwise, and the full name of anyone without a
 * title ("Dear Sam Rahman").
 */
export function salutation(household: Addressee): string {
  const own = household.formOfAddress ? asked(household.formOfAddress) : '';
  if (own) return `Dear ${own},`;
  const [first, second] = people(household);
  if (!first) return 'Dear Sir or Madam,';
  if (!second) return `Dear ${formal(first)},`;
  const sameSurname = first.surname.toLocaleLowerCase('en-GB') === second.surname.toLocaleLowerCase('en-GB');
  if (first.title && second.title && sameSurname) return `Dear ${first.title} and ${second.title} ${second.surname},`;
  return `Dear ${formal(first)} and ${formal(second)},`;
}
