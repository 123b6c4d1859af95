import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { formatDateTime } from '../format';
import { shownValue } from './conflict';
import type { ChannelForm } from './use-channel-form';

/** "startTime" → "Start time": only when the field's own label cannot be found on the page. */
function humanise(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The visible label of the form's field named `key`: its label, or its group's legend (dates, choices). */
function labelOf(form: HTMLFormElement | null, key: string): string {
  if (!form) return humanise(key);
  const escaped = CSS.escape(key);
  const control =
    form.querySelector<HTMLInputElement>(`#${escaped}`) ??
    form.querySelector<HTMLInputElement>(`#${escaped}-day`) ??
    form.querySelector<HTMLInputElement>(`[name="${escaped}"]`) ??
    // Forms that prefix their controls' ids (the recommendation form's `recReasons` for `reasons`).
    form.querySelector<HTMLInputElement>(`[id$="${CSS.escape(key.charAt(0).toUpperCase() + key.slice(1))}"]`);
  const label = control?.labels?.[0]?.textContent ?? control?.closest('fieldset')?.querySelector('legend')?.textContent;
  return label?.trim() || humanise(key);
}

/**
 * The other seat's change beside the user's, after a stale save: who changed the record and when, and for each
 * field they saved differently their value next to what is typed here, with "Use theirs". What the user typed
 * stays; saving again saves the form as it then is against the new version. The error summary above announces
 * the refusal; taking a field is announced in the panel's own status line.
 */
export function ConflictPanel<V extends FieldValues>({ form }: { form: ChannelForm<V> }) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const { conflict } = form;
  const keys = conflict ? [...conflict.fields, ...conflict.applied].map((f) => f.key).join('\n') : '';
  useLayoutEffect(() => {
    const owner = ref.current?.closest('form') ?? null;
    setLabels(Object.fromEntries(keys.split('\n').map((key) => [key, labelOf(owner, key)])));
  }, [keys]);
  if (!conflict) return null;
  const who = conflict.changedBy ?? 'Someone else';
  const when = conflict.changedAt ? ` (${formatDateTime(conflict.changedAt)})` : '';
  const lastTaken = conflict.taken[conflict.taken.length - 1];
  return (
    <section className="conflict-panel" aria-labelledby={headingId} ref={ref}>
      <h2 id={headingId}>
        Changed by {who}
        {when}
      </h2>
      {conflict.fields.length + conflict.applied.length === 0 ? (
        <p>
          Their change does not touch what this form holds, and your changes are still here. Save again to keep them.
        </p>
      ) : (
        <>
          <p>
            Your changes are still in the form. Where you both changed a field, their value is shown beside yours:
            choose “Use theirs” to take it, or keep yours. Fields only {who} changed now hold their value. Then save
            again; what the form holds is saved.
          </p>
          <table className="conflict-table">
            <caption className="visually-hidden">Fields {who} changed, with their value and yours</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Their value</th>
                <th scope="col">Your value</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map(({ key, theirs }) => {
                const label = labels[key] ?? humanise(key);
                const taken = conflict.taken.includes(key);
                return (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    <td className="conflict-value">{shownValue(theirs)}</td>
                    <td className="conflict-value">{shownValue(form.values[key])}</td>
                    <td>
                      {taken ? (
                        <span>Using theirs</span>
                      ) : (
                        <button type="button" className="button button--secondary" onClick={() => form.takeTheirs(key)}>
                          Use theirs<span className="visually-hidden"> for {label}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
              {conflict.applied.map(({ key, theirs }) => (
                <tr key={key}>
                  <th scope="row">{labels[key] ?? humanise(key)}</th>
                  <td className="conflict-value">{shownValue(theirs)}</td>
                  <td>Not changed by you</td>
                  <td>Now using theirs</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p role="status" className="visually-hidden">
        {lastTaken ? `Now using their ${labels[lastTaken] ?? humanise(lastTaken)}.` : ''}
      </p>
    </section>
  );
}
