import { formatDate } from '../../domain/dates';
import type { ExtensionView } from '../../schemas/decision';
import { need } from './letter-input';
import { bold, carers, type Bold } from './letter-parts';

/**
 * The extension letter's sentences (CPPCR reg 25), shared by the code-built
 * letter and the Word template's data so the two cannot drift.
 */
export interface ExtensionWords {
  /** When the temporary approval began and was due to end. */
  opening: string;
  /** That the carers applied to the IRM, for an extension until its outcome; null otherwise. */
  irmApplied: string | null;
  /** The panel's views as typed, or null when none were recorded. */
  panelViews: string | null;
  /** The nominated officer's approval, after the panel's views where they were sought. */
  approval: string;
  /** The new end (or until the IRM outcome), the end date or its words in bold. */
  end: (string | Bold)[];
  /** That the placement must end without approval by then (reg 25(6)). */
  warning: string;
  /** That the child's IRO was told. */
  iroTold: string;
  closing: string;
}

export const PANEL_VIEWS_SOUGHT = 'We sought the fostering panel’s views on extending it. The panel’s views were:';

/** The wording of an approved extension; refused in words when it is not approved yet. */
export function extensionWords(view: ExtensionView): ExtensionWords {
  const extension = need(view.extension, 'The extension has not been approved yet.');
  const began = view.temporaryApprovalDate ? ` began on ${formatDate(view.temporaryApprovalDate)} and` : '';
  const newEnd = extension.kind === 'irm' ? null : extension.newEnd;
  const untilIrm = newEnd === null;
  const decidedOn = formatDate(extension.decidedOn);
  const panelViews = view.panelViews?.trim() ? view.panelViews : null;
  return {
    opening: `Your temporary approval as ${carers(view.household)} for the child placed with you${began} was due to end on ${formatDate(extension.previousEnd)}.`,
    irmApplied: untilIrm
      ? 'You applied to the Independent Review Mechanism (IRM) for a review of our qualifying determination about your approval. The regulations allow your temporary approval to be extended until the outcome of that review is known.'
      : null,
    panelViews,
    approval: panelViews
      ? `Having taken the panel’s views into account, I approved the extension as the nominated officer on ${decidedOn}.`
      : `I approved the extension as the nominated officer on ${decidedOn}.`,
    end: untilIrm
      ? [
          'Your temporary approval now lasts ',
          bold('until the outcome of the IRM review is known'),
          ': it ends when, after the IRM panel’s recommendation, the agency decision maker makes the final decision about your approval. We will write to you with that decision.',
        ]
      : ['Your temporary approval now ends on ', bold(formatDate(newEnd)), '.'],
    warning: untilIrm
      ? 'If you are not approved as a foster carer when the final decision is made, the child’s placement with you must end (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25(6)).'
      : `If you are not approved as a foster carer by ${formatDate(newEnd)}, the child’s placement with you must end (Care Planning, Placement and Case Review (England) Regulations 2010, regulation 25(6)). This was the one extension of up to 8 weeks the regulations allow; if you apply to the Independent Review Mechanism about a qualifying determination, your temporary approval may be extended again until the outcome of that review is known.`,
    iroTold: `The child’s independent reviewing officer (IRO) was told of the extension on ${formatDate(extension.iroToldOn)}.`,
    closing: untilIrm
      ? 'Please contact us if you have any questions.'
      : 'We will keep working with you to complete your assessment so that the fostering panel can consider your full approval. Please contact us if you have any questions.',
  };
}

/** A sentence with bold parts as plain text. */
export const plainSentence = (parts: readonly (string | Bold)[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');
