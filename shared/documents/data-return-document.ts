import { AlignmentType, Document, HeadingLevel, Paragraph } from 'docx';
import { formatDate } from '../domain/dates';
import type { DataReturn, DataReturnField } from '../schemas/data-return';
import { heading, line, run, table } from './docx-parts';
import { safeText } from './safe-text';

/**
 * The annual fostering data return as a Word summary: each field in the
 * return's order with its value and its definition, then the households
 * behind each non-empty figure by reference only (no names leave in it).
 */

export const dataReturnValueWords = (field: DataReturnField) => (field.value === null ? 'None' : String(field.value));

/** The households behind a figure: the date counted, and the days or places where the figure is made of them. */
function householdsTable(field: DataReturnField) {
  const days = field.field === 'days_application_to_approval_median';
  const places = field.households.some((h) => h.places !== null);
  const extra = days ? 'Days' : places ? 'Places' : null;
  return table(
    ['Household', 'Date', ...(extra ? [extra] : [])],
    field.households.map((h) => [
      h.reference,
      h.date ? formatDate(h.date) : '',
      ...(extra ? [String((days ? h.days : h.places) ?? '')] : []),
    ]),
  );
}

/** One field: its name and value in bold, then what it is and how it is counted (field names are long for a table). */
const fieldBlock = (field: DataReturnField) => [
  new Paragraph({ keepNext: true, children: [run(`${field.field}: ${dataReturnValueWords(field)}`, true)] }),
  line(`${field.label}. ${field.definition}`),
];

export function buildDataReturnDocument({
  agencyName,
  dataReturn,
}: {
  agencyName: string;
  dataReturn: DataReturn;
}): Document {
  const title = `Annual fostering data return ${dataReturn.yearName}`;
  const counted = dataReturn.fields.filter((f) => f.households.length > 0);
  return new Document({
    creator: safeText(agencyName),
    title: `${title}, ${formatDate(dataReturn.from)} to ${formatDate(dataReturn.to)}`,
    sections: [
      {
        children: [
          new Paragraph({ children: [run(agencyName)], alignment: AlignmentType.RIGHT }),
          heading(title, HeadingLevel.TITLE),
          line(`${formatDate(dataReturn.from)} to ${formatDate(dataReturn.to)}`, 'The year'),
          line(formatDate(dataReturn.builtOn), 'Figures taken from the panel’s records on'),
          line(
            'Field names are the app’s; map them to the current template of Ofsted’s fostering data collection. Households are counted once per field.',
          ),
          heading('The figures', HeadingLevel.HEADING_1),
          ...dataReturn.fields.flatMap(fieldBlock),
          heading('The households behind each figure', HeadingLevel.HEADING_1),
          ...(counted.length === 0 ? [line('No household is counted in this year.')] : []),
          ...counted.flatMap((f) => [heading(`${f.label} (${f.field})`, HeadingLevel.HEADING_2), householdsTable(f)]),
        ],
      },
    ],
  });
}
