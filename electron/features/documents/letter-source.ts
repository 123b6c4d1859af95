import type { Document } from 'docx';
import { ROLE_LABELS } from '../../../shared/contract/roles';
import type { LetterKind } from '../../../shared/domain/decisions/decision-rules';
import {
  buildLetter,
  LETTER_SUBJECT,
  LetterNotReadyError,
  type LetterInput,
  type LetterSubject,
  type Signatory,
} from '../../../shared/documents/letters';
import { LETTER_WORDS, letterFileName } from '../../../shared/documents/letters/letter-words';
import { readSettings } from '../../../db/repositories/settings-repository';
import type { Actor } from '../../backend/actor';
import { DomainError } from '../../backend/domain-error';
import type { ReadContext } from '../../backend/router';
import { caseView } from '../decisions/case-view';
import { extensionView } from '../decisions/register-extensions';
import { resignationView } from '../decisions/register-approval-ends';
import { noticeView } from '../decisions/register-resignation-notices';
import { findResignationNotice } from '../../../db/repositories/issued-documents-repository';

/** A document main built from its own records, with the name it suggests for the file. */
export interface BuiltDocument {
  document: Document;
  suggestedName: string;
}

/** The resignation acknowledgement is signed by whoever sends it, in the role they hold for the service. */
export function signatoryOf(actor: Actor): Signatory {
  const role = actor.roles.includes('administrator') ? 'administrator' : actor.roles[0];
  return { name: actor.displayName, role: role ? ROLE_LABELS[role] : 'Fostering service' };
}

export function letterSubject(ctx: ReadContext, kind: LetterKind, subjectId: string): LetterSubject {
  switch (LETTER_SUBJECT[kind]) {
    case 'case': {
      const view = caseView(ctx, subjectId);
      // Only the letters this decision calls for now, as the decision's screen offers them.
      if (!view.case.letters.includes(kind)) {
        throw new DomainError('RULE_VIOLATION', `This decision does not call for the ${LETTER_WORDS[kind]}.`);
      }
      return { kind: 'case', view };
    }
    case 'extension':
      return { kind: 'extension', view: extensionView(ctx, subjectId) };
    case 'resignation':
      // The acknowledgement is registered against the recorded notice, or the panel's item before one is recorded.
      return {
        kind: 'resignation',
        view: findResignationNotice(ctx.db, subjectId) ? noticeView(ctx, subjectId) : resignationView(ctx, subjectId),
      };
  }
}

/** The date the letter carries: the qualifying determination letter keeps the date recorded on its case. */
function printedDate(subject: LetterSubject, letterDate: string): string {
  return subject.kind === 'case' ? (subject.view.case.letterDate ?? letterDate) : letterDate;
}

/**
 * One decision letter, built here from the record exactly as the decision's
 * screen shows it: the letterhead from the settings, today's date by the
 * service's clock. A letter the record cannot make yet is refused, saying why.
 */
export function letterDocument(ctx: ReadContext, kind: LetterKind, subjectId: string): BuiltDocument {
  const settings = readSettings(ctx.db);
  const subject = letterSubject(ctx, kind, subjectId);
  const input: LetterInput = {
    agency: {
      agencyName: settings.agencyName,
      agencyContact: settings.agencyContact,
      irmContact: settings.irmContact,
    },
    letterDate: ctx.clock.today(),
    subject,
    signatory: kind === 'letter-resignation' ? signatoryOf(ctx.actor) : null,
  };
  try {
    const document = buildLetter(kind, input);
    const dated =
      kind === 'letter-qualifying-determination' ? printedDate(subject, input.letterDate) : input.letterDate;
    return { document, suggestedName: letterFileName(kind, subject.view.household.reference, dated) };
  } catch (error) {
    if (error instanceof LetterNotReadyError) {
      throw new DomainError('RULE_VIOLATION', `The ${LETTER_WORDS[kind]} cannot be made yet. ${error.message}`);
    }
    throw error;
  }
}
