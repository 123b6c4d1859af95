import { formatDate } from '../../../../shared/domain/dates';
import {
  COMPLAINT_SOURCE_LABELS,
  ComplaintSource,
  FEEDBACK_FROM_LABELS,
  FeedbackFrom,
} from '../../../../shared/schemas/complaints';
import { useRead } from '../../api/hooks';

export const SOURCE_OPTIONS = ComplaintSource.options.map((value) => ({
  value,
  label: COMPLAINT_SOURCE_LABELS[value],
}));
export const FROM_OPTIONS = FeedbackFrom.options.map((value) => ({ value, label: FEEDBACK_FROM_LABELS[value] }));
export const RATING_OPTIONS = [
  { value: '1', label: '1 (poor)' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5 (excellent)' },
] as const;

/** Sittings to choose from, newest first, as "23 November 2026 (main)". */
export function useSittingOptions() {
  const sittings = useRead('sittings:choices', {});
  return (sittings.data ?? []).map((s) => ({
    value: s.id,
    label: `${formatDate(s.date)} (${s.kind === 'main' ? 'main' : 'extra'})`,
  }));
}
