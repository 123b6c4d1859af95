import type { Document } from 'docx';
import { para, sectionHeading, tag, templateDocument } from './house-style';
import { letterOpening, letterSignOff } from './letter-design';

const quoted = { indent: { left: 567 } } as const;

/** The approval letter: the same facts as the code-built letter (approval-letter.ts), in the house style. */
export function approvalLetterDesign(): Document {
  return templateDocument('Approval letter', [
    ...letterOpening(),
    para('{panel_sentence}'),
    para('I have considered {considered_what} and all the papers, and I am very pleased to tell you my decision.'),
    para('{approval_decision}', {}, true),
    sectionHeading('Your terms of approval'),
    para('{approval_terms}', quoted),
    tag('{#has_reasons}'),
    para('My reasons are:'),
    tag('{/has_reasons}'),
    tag('{#reasons}'),
    para('{line}', quoted),
    tag('{/reasons}'),
    sectionHeading('What happens next'),
    para(
      'Your foster care agreement will follow. It sets out what we expect of you and the support we will give you. Please read it carefully, sign it and return a copy to us.',
    ),
    para(
      'Your approval will be reviewed at least once a year. Your first review will go to the fostering panel and is due by {first_review_due}.',
    ),
    para('Thank you for all you have put into your assessment. We look forward to working with you.'),
    ...letterSignOff(),
  ]);
}
