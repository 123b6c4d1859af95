import { useMemo } from 'react';
import type { LetterSubject } from '../../../../shared/documents/letters';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { useSession } from '../auth/session-context';
import { isLetterKind } from './decision-words';
import { LetterDownload } from './letter-download';
import { useLetterInput } from './use-letters';

/** The letters this decision calls for now, each made from the record and kept in the register when saved. */
export function LettersSection({ view }: { view: DecisionCaseView }) {
  const { may } = useSession();
  const subject = useMemo<LetterSubject>(() => ({ kind: 'case', view }), [view]);
  const input = useLetterInput(subject);
  const kinds = view.case.letters.filter(isLetterKind);
  if (kinds.length === 0 || !may('documents:issue')) return null;
  return (
    <section className="section" aria-labelledby="letters-heading">
      <h2 id="letters-heading">Letters</h2>
      <p className="hint">Each letter saved is kept, byte for byte, in the issued documents register.</p>
      {kinds.map((kind) => (
        <LetterDownload key={kind} kind={kind} input={input} subjectId={view.case.itemId} />
      ))}
    </section>
  );
}
