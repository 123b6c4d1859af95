import type { LetterInput } from '../../../../shared/documents/letters';
import type { LetterKind } from '../../../../shared/domain/decisions/decision-rules';
import { DownloadDocument } from '../../components/download-document';
import { LETTER_WORDS } from './decision-words';
import { loadLetters, useLetterProblem } from './use-letters';

/** The date the letter carries: the qualifying determination letter keeps the date recorded on its case. */
function printedDate(kind: LetterKind, input: LetterInput): string {
  if (kind === 'letter-qualifying-determination' && input.subject.kind === 'case') {
    return input.subject.view.case.letterDate ?? input.letterDate;
  }
  return input.letterDate;
}

/**
 * One letter as a Word document, built here from the record and saved by main
 * into the issued-documents register. A letter the record cannot make yet says why instead.
 */
export function LetterDownload({
  kind,
  input,
  subjectId,
  reference,
}: {
  kind: LetterKind;
  input: LetterInput | null;
  /** The agenda item the letter is about (for the resignation acknowledgement, the recorded notice). */
  subjectId: string;
  /** The household's reference, for the file name. */
  reference: string;
}) {
  const problem = useLetterProblem(kind, input);
  const words = LETTER_WORDS[kind];
  if (!input) {
    return (
      <p role="status" className="loading">
        Loading the {words}…
      </p>
    );
  }
  if (problem) {
    return (
      <p>
        The {words} cannot be made yet. {problem}
      </p>
    );
  }
  return (
    <DownloadDocument
      label={`Download the ${words} (DOCX)`}
      busyLabel={`Making the ${words}…`}
      what={`the ${words}`}
      kind={kind}
      subjectId={subjectId}
      suggestedName={`${words.charAt(0).toUpperCase()}${words.slice(1)} ${reference} ${printedDate(kind, input)}`}
      build={async () => (await loadLetters()).buildLetter(kind, input)}
    />
  );
}
