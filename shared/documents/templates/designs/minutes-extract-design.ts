import {
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type Document,
  type FileChild,
  type IRunOptions,
} from 'docx';
import { CONFIDENTIAL, EXTRACT_HEADING } from '../../minutes-document';
import { para, sectionHeading, tag, templateDocument } from './house-style';
import { labelled } from './record-parts';

const cellOf = (text: string, bold = false) => {
  const run: IRunOptions = { text, bold };
  return new TableCell({ children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun(run)] })] });
};

/** The members present: a header row repeated on every page, then one row per member (the loop spans the row). */
function membersTable(): FileChild[] {
  return [
    tag('{#has_members_present}'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cellOf('Name', true), cellOf('Role', true)] }),
        new TableRow({ children: [cellOf('{#members_present}{name}'), cellOf('{role}{/members_present}')] }),
      ],
    }),
    tag('{/has_members_present}'),
    tag('{^has_members_present}'),
    para('None recorded.'),
    tag('{/has_members_present}'),
  ];
}

/** Labelled lines from a loop: "{label}: " in bold where there is a label, then the text. */
function labelledLoop(loop: string): FileChild[] {
  const label: IRunOptions = { text: '{#label}{label}: {/label}', bold: true };
  const value: IRunOptions = { text: '{text}' };
  return [tag(`{#${loop}}`), new Paragraph({ children: [new TextRun(label), new TextRun(value)] }), tag(`{/${loop}}`)];
}

const minorHeading = (text: string) => para(text, { heading: 'Heading3', keepNext: true });

/** A heading over typed paragraphs, both left out when nothing was typed. */
const textSection = (flag: string, title: string, loop: string): FileChild[] => [
  tag(`{#${flag}}`),
  minorHeading(title),
  tag(`{#${loop}}`),
  para('{line}'),
  tag(`{/${loop}}`),
  tag(`{/${flag}}`),
];

/** The item as minuted, in the code-built item block's order (minutes/minutes-item.ts). */
function itemPart(): FileChild[] {
  return [
    sectionHeading('Item'),
    para('{item_heading}', { heading: 'Heading2', keepNext: true }),
    ...labelledLoop('item_facts'),
    ...textSection('has_papers', 'Papers considered', 'papers'),
    ...labelledLoop('service_recommendation'),
    ...textSection('has_discussion', 'Discussion', 'discussion'),
    tag('{#has_recommendation}'),
    minorHeading('Recommendation'),
    tag('{/has_recommendation}'),
    para('{panel_recommendation}', {}, true),
    ...labelledLoop('recommendation_facts'),
    ...textSection('has_actions', 'Actions', 'actions'),
    tag('{#departures}'),
    para('{line}'),
    tag('{/departures}'),
  ];
}

/**
 * The minutes extract for the ADM: the same facts as the code-built extract
 * (minutes-document.ts) in the house style, the members present as a table
 * whose header row repeats. The panel's recommendation and the chair's
 * approval are statutory blocks the app fills, outside any condition.
 */
export function minutesExtractDesign(): Document {
  return templateDocument(EXTRACT_HEADING, [
    para(EXTRACT_HEADING, { heading: 'Heading1' }),
    para('{agency_name}', {}, true),
    para('{sitting_when}', {}, true),
    para('{sitting_kind}'),
    tag('{#venue}'),
    labelled('Venue', '{venue}'),
    tag('{/venue}'),
    tag('{#remote_link}'),
    labelled('Remote', '{remote_link}'),
    tag('{/remote_link}'),
    labelled('Presided by', '{presided_by}'),
    sectionHeading('Members present'),
    ...membersTable(),
    ...itemPart(),
    sectionHeading('Approval'),
    para('{approved_by}'),
    para('{minutes_version}'),
    para('{content_reference}'),
    para(CONFIDENTIAL),
  ]);
}
