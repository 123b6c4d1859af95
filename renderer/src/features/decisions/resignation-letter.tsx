import { useMemo } from 'react';
import type { LetterSubject, Signatory } from '../../../../shared/documents/letters';
import { ROLE_LABELS } from '../../../../shared/contract/roles';
import type { ResignationView } from '../../../../shared/schemas/decision';
import { useSession } from '../auth/session-context';
import { LetterDownload } from './letter-download';
import { useLetterInput } from './use-letters';

/**
 * The resignation acknowledgement, from the household's page or the panel's
 * item alike: registered against the recorded notice, so it is one letter
 * whichever page makes it, and the panel noting it later changes nothing in it.
 */
export function ResignationLetter({ view }: { view: ResignationView }) {
  const { session, roles } = useSession();
  const subject = useMemo<LetterSubject>(() => ({ kind: 'resignation', view }), [view]);
  // Signed by whoever sends it, in the role they hold for the service.
  const role = roles.includes('administrator') ? 'administrator' : roles[0];
  const signatory = useMemo<Signatory>(
    () => ({ name: session.displayName, role: role ? ROLE_LABELS[role] : 'Fostering service' }),
    [session.displayName, role],
  );
  const input = useLetterInput(subject, signatory);
  // Before a notice is recorded there is nothing to register against: the letter then says what is missing.
  const subjectId = view.resignationId ?? view.itemId ?? '';
  return <LetterDownload kind="letter-resignation" input={input} subjectId={subjectId} />;
}
