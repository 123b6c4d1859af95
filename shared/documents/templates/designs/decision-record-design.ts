import type { Document } from 'docx';
import { DECISION_RECORD_TITLE, DEPARTURE_HEADING } from '../../letters/decision-record-words';
import { para, sectionHeading, tag, templateDocument } from './house-style';
import { labelled, labelledLines, quotedLines, recordLetterhead, strongLine } from './record-parts';

/** The decision and its terms, reasons, date and maker: the first decision's own lines. */
function firstDecision() {
  return [
    sectionHeading('The agency decision maker’s decision'),
    labelled('Agree or disagree', '{verdict}'),
    labelled('Decision', '{decision}'),
    ...labelledLines('has_decision_terms', 'Terms of approval', 'decision_terms'),
    tag('{#has_decision_reasons}'),
    strongLine('Reasons'),
    tag('{/has_decision_reasons}'),
    para('{decision_reasons}', { indent: { left: 567 } }),
    labelled('Date of decision', '{decided_on}'),
    labelled('Decided by', '{decided_by}'),
    tag('{#carers_agreed}'),
    para('{carers_agreed}'),
    tag('{/carers_agreed}'),
    labelled('Qualifying determination', '{qualifying_determination}'),
  ];
}

/** After a qualifying determination: the letter, the window, the route, the recommendations and the final decision. */
function finalPart() {
  return [
    tag('{#has_final_part}'),
    sectionHeading('After the qualifying determination'),
    tag('{#letter_dated}'),
    labelled('Letter dated', '{letter_dated}'),
    tag('{/letter_dated}'),
    tag('{#window_ends}'),
    labelled('28-day window ends', '{window_ends}'),
    tag('{/window_ends}'),
    labelled('Route', '{route}'),
    ...labelledLines('has_irm_recommendation', 'Independent Review Mechanism recommendation', 'irm_recommendation'),
    ...labelledLines(
      'has_representations_recommendation',
      'Panel’s recommendation on the representations',
      'representations_recommendation',
    ),
    tag('{#has_final_decision}'),
    sectionHeading('Final decision'),
    labelled('Decision', '{final_decision}'),
    ...labelledLines('has_final_terms', 'Terms of approval', 'final_terms'),
    ...labelledLines('has_final_reasons', 'Reasons', 'final_reasons'),
    labelled('Date of decision', '{final_decided_on}'),
    labelled('Decided by', '{final_decided_by}'),
    tag('{#irm_consideration}'),
    labelled('IRM panel’s recommendation', '{irm_consideration}'),
    tag('{/irm_consideration}'),
    ...labelledLines('has_departure_reasons', DEPARTURE_HEADING, 'departure_reasons'),
    tag('{/has_final_decision}'),
    tag('{/has_final_part}'),
  ];
}

/**
 * The ADM decision record: the same facts as the code-built record
 * (decision-record.ts) in the house style. The recommendation, the verdict,
 * the decision, its reasons and whether it is a qualifying determination are
 * statutory blocks the app fills, outside any condition.
 */
export function decisionRecordDesign(): Document {
  return templateDocument(DECISION_RECORD_TITLE, [
    ...recordLetterhead(),
    para(DECISION_RECORD_TITLE, { heading: 'Heading1' }),
    labelled('Date of this record', '{record_date}'),
    labelled('Household reference', '{reference}'),
    labelled('Applicants', '{applicants}'),
    labelled('Item', '{item}'),
    labelled('Panel sitting', '{panel_sitting}'),
    sectionHeading('{recommendation_heading}'),
    labelled('Recommendation', '{recommendation}'),
    ...labelledLines('has_recommendation_terms', 'Terms of approval', 'recommendation_terms'),
    tag('{#has_recommendation_reasons}'),
    strongLine('Reasons'),
    ...quotedLines('recommendation_reasons'),
    tag('{/has_recommendation_reasons}'),
    tag('{#report_by}'),
    labelled('Report by', '{report_by}'),
    tag('{/report_by}'),
    ...firstDecision(),
    ...finalPart(),
  ]);
}
