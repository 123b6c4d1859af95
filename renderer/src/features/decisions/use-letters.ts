import { useEffect, useMemo, useState } from 'react';
import type { LetterInput } from '../../../../shared/documents/letters';
import type { LetterKind } from '../../../../shared/domain/decisions/decision-rules';
import { useRead, useToday } from '../../api/hooks';

/** The letter builders, loaded on first use: they bring the Word library, which most screens never need. */
export const loadLetters = () => import('../../../../shared/documents/letters');
type LettersModule = Awaited<ReturnType<typeof loadLetters>>;

/** The letter builders once loaded (null until then), so a screen can say which letters are not ready yet. */
function useLettersModule(): LettersModule | null {
  const [letters, setLetters] = useState<LettersModule | null>(null);
  useEffect(() => {
    let live = true;
    // A failed load leaves the buttons as they are: pressing one reports the failure.
    loadLetters().then(
      (loaded) => {
        if (live) setLetters(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return letters;
}

/** What a letter is made from: the letterhead from the settings, today's date and the record it is about. */
export function useLetterInput(subject: LetterInput['subject'], signatory?: LetterInput['signatory']) {
  const settings = useRead('settings:get', {}).data;
  const today = useToday();
  return useMemo<LetterInput | null>(
    () =>
      settings && today
        ? {
            agency: {
              agencyName: settings.agencyName,
              agencyContact: settings.agencyContact,
              irmContact: settings.irmContact,
            },
            letterDate: today,
            subject,
            signatory: signatory ?? null,
          }
        : null,
    [settings, today, subject, signatory],
  );
}

/** Why the letter cannot be made yet (null when it can, or while the builders load). */
export function useLetterProblem(kind: LetterKind, input: LetterInput | null): string | null {
  const letters = useLettersModule();
  return useMemo(() => (letters && input ? letters.letterProblem(kind, input) : null), [letters, kind, input]);
}
