import type { MinutesView } from '../../../../shared/schemas/minutes';

/** What a form in one of the minutes page's dialogs is given: the minutes, and what to do when done. */
export type MinutesFormProps = {
  view: MinutesView;
  onClose: () => void;
  onSaved: (notice: string) => void;
};

export type MinutesDialogProps = MinutesFormProps & { open: boolean };
