import type { Document, FileChild } from 'docx';
import { CONFIDENTIAL, NO_ITEMS } from '../../minutes-document';
import { NONE_PRESENT } from '../../minutes/sitting-facts';
import { table } from '../../docx-parts';
import { para, tag, templateDocument } from './house-style';
import { bold, h1, h2, h3, labelled, otherwise, section, title } from './sitting-design';

/** One of an item's paragraph loops: each paragraph set as the code-built minutes set it. */
const paragraphs = (name: string): FileChild[] =>
  section(name, [
    ...section('is_heading', [h3('{text}')]),
    ...section('is_bold', [bold('{text}')]),
    ...section('is_labelled', [labelled('{label}', '{text}')]),
    ...section('is_plain', [para('{text}')]),
  ]);

/** Typed text under its heading, or nothing at all. */
const typed = (heading: string, flagName: string, name: string) =>
  section(flagName, [h1(heading), tag(`{#${name}}`), para('{line}'), tag(`{/${name}}`)]);

/** The minutes' body, as the code-built minutes print it (minutes-document.ts), from the title to the confidentiality line. */
function minutesBody(): FileChild[] {
  return [
    title('Minutes of the fostering panel'),
    para('{agency_name}'),
    bold('{sitting_day_time}'),
    para('{sitting_kind}'),
    ...section('has_venue', [labelled('Venue', '{venue}')]),
    ...section('has_remote', [labelled('Remote', '{remote_link}')]),
    labelled('Presided by', '{presided_by}'),
    h1('Attendance'),
    h2('Members present'),
    ...section('has_members_present', [
      table(['Name', 'Role'], [['{#members_present}{name}', '{role}{/members_present}']]),
    ]),
    ...otherwise('has_members_present', [para(NONE_PRESENT)]),
    h2('Others'),
    labelled('Apologies', '{apologies}'),
    labelled('Absent', '{absent}'),
    labelled('Panel adviser', '{adviser}'),
    labelled('Minute-taker', '{minute_taker}'),
    labelled('Observers', '{observers}'),
    ...typed('Opening', 'has_opening', 'opening'),
    h1('Items'),
    ...section('items', [
      h2('{heading}'),
      ...paragraphs('before'),
      ...paragraphs('recommendation'),
      ...paragraphs('after'),
    ]),
    ...otherwise('has_items', [para(NO_ITEMS)]),
    ...typed('Any other business', 'has_other_business', 'other_business'),
    ...typed('Close', 'has_closing', 'closing'),
    para(CONFIDENTIAL),
  ];
}

/** The draft minutes: the marking first in the body, and in the header and footer of every page. */
export function draftMinutesDesign(): Document {
  return templateDocument('Draft fostering panel minutes', [bold('{draft_mark}'), ...minutesBody()], '{draft_mark}');
}

/** The final minutes, closed by the approval and, once sent, when they went to the ADM. */
export function finalMinutesDesign(): Document {
  return templateDocument('Fostering panel minutes', [
    ...minutesBody(),
    h1('Approval'),
    para('{approved_by}'),
    para('{minutes_version}'),
    para('{approved_reference}'),
    ...section('has_sent', [h2('Sent to the agency decision maker'), tag('{#sent}'), para('{line}'), tag('{/sent}')]),
  ]);
}
