import { REVIEW_KIND_LABELS, REVIEW_KINDS, type ReviewKind } from '../../../../shared/domain/reviews/review-kinds';
import { SelectField } from '../../components/fields';

const OPTIONS = REVIEW_KINDS.map((value) => ({ value, label: REVIEW_KIND_LABELS[value] }));

/** The kind of a review after the first (FSR reg 28): the annual report counts each kind apart. */
export function ReviewKindField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: ReviewKind | '';
  onChange: (value: ReviewKind | '') => void;
  error?: string | undefined;
}) {
  return (
    <SelectField
      id={id}
      label="Kind of review"
      placeholder="Choose the kind of review"
      options={OPTIONS}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
