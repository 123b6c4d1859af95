import {
  COMPLAINT_SOURCE_LABELS,
  ComplaintSource,
  FEEDBACK_FROM_LABELS,
  FeedbackFrom,
} from '../../../../shared/schemas/complaints';

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
