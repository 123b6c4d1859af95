import type { NewSittingInput } from '../../../../shared/schemas/sitting';
import type { SittingDetail } from '../../../../shared/schemas/sitting-views';
import { emptyDate, partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';

/** What the add/edit sitting form holds while the user types. */
export interface SittingFormValues {
  kind: 'main' | 'extra' | '';
  date: DateParts;
  startTime: string;
  venue: string;
  remoteLink: string;
  plannedPresiderId: string;
  /** Ticked only after the backend said the date is past: the user confirms they are bringing in old records. */
  confirmPast: boolean;
}

export function blankSittingForm(): SittingFormValues {
  return {
    kind: 'main',
    date: emptyDate,
    startTime: '09:30',
    venue: '',
    remoteLink: '',
    plannedPresiderId: '',
    confirmPast: false,
  };
}

export function sittingToForm(sitting: SittingDetail): SittingFormValues {
  return {
    kind: sitting.kind,
    date: partsFromIso(sitting.date),
    startTime: sitting.startTime,
    venue: sitting.venue ?? '',
    remoteLink: sitting.remoteLink ?? '',
    plannedPresiderId: sitting.plannedPresiderId ?? '',
    confirmPast: false,
  };
}

export function formToSittingInput(values: SittingFormValues): NewSittingInput {
  return {
    kind: values.kind as 'main' | 'extra',
    date: partsToIso(values.date),
    startTime: values.startTime.trim(),
    venue: values.venue,
    remoteLink: values.remoteLink,
    plannedPresiderId: values.plannedPresiderId,
    confirmPast: values.confirmPast,
  };
}

/** The backend's refusal of a past date, which the user may override by confirming. */
export function isPastDateRefusal(message: string | undefined): boolean {
  return message?.includes('in the past') ?? false;
}

export const SITTING_FIELD_TARGETS: Record<string, string> = {
  kind: 'kind',
  date: 'date-day',
  startTime: 'startTime',
  venue: 'venue',
  remoteLink: 'remoteLink',
  plannedPresiderId: 'plannedPresiderId',
};
