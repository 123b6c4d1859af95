import { useEffect, useId, useRef } from 'react';

/**
 * "There is a problem": shown above a form when the backend refuses it. It
 * takes focus so a screen reader reads it, and each line links to its field.
 */
export function ErrorSummary({
  message,
  fieldErrors,
  fieldTargets = {},
  focusKey = 0,
}: {
  message: string | null;
  fieldErrors: Record<string, string>;
  /** Field name → element id to focus, when it differs from the field name (dates focus the day box). */
  fieldTargets?: Record<string, string>;
  /** Changed on each refused submit, so the summary takes focus again even with the same errors. */
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // A unique id: a summary in the lock dialog can sit over one in the (inert) form beneath it.
  const titleId = useId();
  // Compared by content: a caller may build a new (equal) object on every render, and typing must keep its focus.
  const fieldSignature = JSON.stringify(fieldErrors);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, fieldSignature, focusKey]);
  if (!message) return null;
  const entries = Object.entries(fieldErrors);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>There is a problem</h2>
      {entries.length === 0 ? <p>{message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, text]) => (
            <li key={field}>
              <a
                href={`#${fieldTargets[field] ?? field}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldTargets[field] ?? field)?.focus();
                }}
              >
                {text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
