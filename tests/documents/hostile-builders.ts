import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer, type Document } from 'docx';
import { LETTER_KINDS } from '../../shared/contract/documents';
import { buildAgendaDocument } from '../../shared/documents/agenda-document';
import { buildAnnualReportDocument } from '../../shared/documents/annual-report-document';
import { buildLetter, type LetterSubject } from '../../shared/documents/letters';
import { buildDraftMinutesDocument } from '../../shared/documents/minutes-document';
import type { LetterKind } from '../../shared/domain/decisions/decision-rules';
import type { LetterHousehold } from '../../shared/schemas/decision';
import type { MinutesContent } from '../../shared/schemas/minutes';
import type { AnnualReport } from '../../shared/schemas/report';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import {
  agency,
  decisionCase,
  extensionView,
  finalCaseAfterIrm,
  qualifyingCase,
  resignationView,
  exemptionCase,
  reviewCase,
  terminationCase,
} from '../factories/letter-views';
import type { HostileDocument } from './hostile-records';
import { asLines, EVERY_SAMPLE, FIELD_CODE, LONE_SURROGATES, LONG_WORD, longText, XML_FORBIDDEN } from './hostile-text';

/** The applicants and their address as hostile as text can be, XML-forbidden characters included. */
const hostile = (household: LetterHousehold): LetterHousehold => ({
  ...household,
  applicantNames: [XML_FORBIDDEN.typed, LONE_SURROGATES.typed],
  // Titles print on the envelope and in the greeting ("Dear <title> <surname>").
  applicantTitles: [FIELD_CODE.typed, XML_FORBIDDEN.typed],
  address: asLines(EVERY_SAMPLE),
});

function subjectFor(kind: LetterKind): LetterSubject {
  const onCase = (view: ReturnType<typeof decisionCase>): LetterSubject => ({
    kind: 'case',
    view: { ...view, household: hostile(view.household) },
  });
  switch (kind) {
    case 'letter-qualifying-determination':
      return onCase(qualifyingCase());
    case 'letter-final-decision':
      return onCase(finalCaseAfterIrm());
    case 'letter-termination':
      return onCase(terminationCase());
    case 'letter-review-outcome':
      return onCase(reviewCase());
    case 'letter-exemption':
      return onCase(exemptionCase());
    case 'letter-extension': {
      const view = extensionView();
      return { kind: 'extension', view: { ...view, household: hostile(view.household) } };
    }
    case 'letter-resignation': {
      const view = resignationView();
      return { kind: 'resignation', view: { ...view, household: hostile(view.household) } };
    }
    default:
      return onCase(decisionCase());
  }
}

/**
 * What the boundary would refuse, straight into the pure builders: every
 * letter, the report's commentary (what the boundary would refuse), the
 * minutes' opening and the agenda's venue, each with every hostile sample.
 */
export async function makeHostileBuiltDocuments(
  folder: string,
  records: { draft: MinutesContent; agenda: SittingDetail; report: AnnualReport },
): Promise<HostileDocument[]> {
  const made: HostileDocument[] = [];
  const write = async (name: string, document: Document, withLongWord = false) => {
    const file = path.join(folder, `${name.replace(/\s+/g, '-')}.docx`);
    writeFileSync(file, await Packer.toBuffer(document));
    made.push({ name, file, samples: withLongWord ? [...EVERY_SAMPLE, LONG_WORD] : EVERY_SAMPLE });
  };
  // Straight into the builders: the settings' own check would refuse these characters.
  const checked = agency();
  const letterAgency = {
    ...checked,
    agencyContact: { ...checked.agencyContact, address: asLines(EVERY_SAMPLE) },
    // The IRM's address too: the qualifying determination letter prints it as typed.
    irmContact: { ...checked.irmContact, address: asLines(EVERY_SAMPLE) },
  };
  for (const kind of LETTER_KINDS) {
    const input = {
      agency: letterAgency,
      letterDate: '2027-01-12',
      subject: subjectFor(kind),
      signatory: { name: 'Tester 1', role: 'Panel administrator' },
    };
    await write(`built ${kind}`, buildLetter(kind, input));
  }
  const narrative = longText(EVERY_SAMPLE);
  await write(
    'built annual report',
    buildAnnualReportDocument({ agencyName: 'Shire', report: records.report, commentary: narrative, charts: [] }),
    true,
  );
  await write('built draft minutes', buildDraftMinutesDocument({ ...records.draft, opening: narrative }), true);
  const agenda = { ...records.agenda, venue: asLines(EVERY_SAMPLE) };
  await write('built agenda', buildAgendaDocument({ agencyName: 'Shire', sitting: agenda }));
  return made;
}
