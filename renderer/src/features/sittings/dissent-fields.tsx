import { Fieldset, SelectField, TextArea } from '../../components/fields';
import type { DissentValues } from './recommendation-values';

export const dissentMemberId = (index: number) => `recDissent-${index}-member`;
export const dissentViewId = (index: number) => `recDissent-${index}-view`;

/** Members who dissented from the recommendation, one row each: who, and their view. */
export function DissentFields({
  rows,
  members,
  errors,
  onChange,
}: {
  rows: DissentValues[];
  members: { value: string; label: string }[];
  errors: Record<string, string>;
  onChange: (rows: DissentValues[]) => void;
}) {
  const setRow = (index: number, row: DissentValues) => onChange(rows.map((r, i) => (i === index ? row : r)));
  const add = () => {
    onChange([...rows, { memberId: '', view: '' }]);
    // Focus the new row's member once it is on screen.
    window.setTimeout(() => document.getElementById(dissentMemberId(rows.length))?.focus(), 0);
  };
  return (
    <Fieldset legend="Dissent">
      {rows.length === 0 ? <p className="hint">No member's dissent recorded.</p> : null}
      {rows.map((row, index) => (
        // Rows have no identity of their own until a member is chosen; their place is their key.
        <div key={index} className="inline-form">
          <SelectField
            id={dissentMemberId(index)}
            label={`Member dissenting (${index + 1})`}
            placeholder="Choose a member"
            options={members}
            value={row.memberId}
            onChange={(memberId) => setRow(index, { ...row, memberId })}
            error={errors[`dissent.${index}.memberId`]}
          />
          <TextArea
            id={dissentViewId(index)}
            label={`Their view (${index + 1})`}
            value={row.view}
            onChange={(view) => setRow(index, { ...row, view })}
            error={errors[`dissent.${index}.view`]}
          />
          <button type="button" className="link-button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            Remove<span className="visually-hidden"> dissent {index + 1}</span>
          </button>
        </div>
      ))}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={add}>
          Add a member's dissent
        </button>
      </div>
    </Fieldset>
  );
}
