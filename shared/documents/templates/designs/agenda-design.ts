import { AlignmentType, type Document } from 'docx';
import { AGENDA_ITEM_COLUMNS, AGENDA_ITEM_HEADERS, AGENDA_MEMBER_COLUMNS, AGENDA_WORDS } from '../../agenda-document';
import { table } from '../../docx-parts';
import { para, templateDocument } from './house-style';
import { bold, h1, h2, labelled, otherwise, section, title } from './sitting-design';

const standing = ([heading, text]: readonly [string, string]) => [h2(heading), para(text)];

/** The agenda: the same facts as the code-built agenda (agenda-document.ts), in its order, in the house style. */
export function agendaDesign(): Document {
  return templateDocument('Fostering panel agenda', [
    para('{agency_name}', { alignment: AlignmentType.RIGHT }),
    title(AGENDA_WORDS.title),
    bold('{sitting_day_time}'),
    para('{sitting_kind_place}'),
    para('{papers_due}'),
    h1('Members expected'),
    ...section('has_members', [
      table(['Name', 'Role'], [['{#members}{name}', '{role}{/members}']], AGENDA_MEMBER_COLUMNS),
    ]),
    ...otherwise('has_members', [para(AGENDA_WORDS.noMembers)]),
    ...section('has_apologies', [labelled('Apologies received', '{apologies}')]),
    ...section('has_adviser', [labelled('Panel adviser', '{adviser}')]),
    ...section('has_minute_taker', [labelled('Minute-taker', '{minute_taker}')]),
    h1('Agenda'),
    ...standing(AGENDA_WORDS.welcome),
    ...standing(AGENDA_WORDS.declarations),
    h2(AGENDA_WORDS.minutesTitle),
    para('{previous_minutes}'),
    h2('Items'),
    ...section('has_items', [
      table(
        [...AGENDA_ITEM_HEADERS],
        [['{#items}{number}', '{time}', '{item}', '{reference}', '{presenters}{/items}']],
        AGENDA_ITEM_COLUMNS,
      ),
    ]),
    ...otherwise('has_items', [para(AGENDA_WORDS.noItems)]),
    ...standing(AGENDA_WORDS.otherBusiness),
    h2(AGENDA_WORDS.nextTitle),
    para('{next_sitting}'),
    para(AGENDA_WORDS.confidential),
  ]);
}
