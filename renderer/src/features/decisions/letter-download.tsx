import type { LetterInput } from '../../../../shared/documents/letters';
import type { LetterKind } from '../../../../shared/domain/decisions/decision-rules';
import { DownloadDocument } from '../../components/download-document';
import { LETTER_WORDS } from './decision-words';
import { useLetterProblem } from './use-letters';

/**
 * One letter as a Word document, made by main from the record and kept in the
 * issued-documents register. A letter the record cannot make yet says why
 * instead (the window checks with the same builders, only to say so early).
 */
export function LetterDownload({
  kind,
  input,
  subjectId,
}: {
  kind: LetterKind;
  input: LetterInput | null;
  /** The agenda item the letter is about (for the resignation acknowledgement, the recorded notice). */
  subjectId: string;
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
      kind={kind}
      subjectId={subjectId}
    />
  );
}
