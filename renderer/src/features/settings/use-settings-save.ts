import { useState } from 'react';
import type { SettingsUpdateInput } from '../../../../shared/schemas/settings';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';

/** Saving part of the settings from one form: the backend's errors for it, and its own notice once saved. */
export function useSettingsSave() {
  const [saved, setSaved] = useState<string | null>(null);
  const update = useWrite('settings:update');
  const { message, fieldErrors } = errorState(update.error);
  const save = (input: SettingsUpdateInput, notice: string) => {
    setSaved(null);
    update.mutate(input, { onSuccess: () => setSaved(notice) });
  };
  return { saved, message, fieldErrors, pending: update.isPending, save };
}
