import type { ReactNode } from 'react';
import { errorState } from '../../api/error-state';
import { ErrorSummary } from '../../components/error-summary';
import { NoticeBanner } from '../../components/notice-banner';

interface Props {
  id: string;
  heading: string;
  /** Null while the notice waits; once acknowledged the section gives way to a confirmation or to nothing. */
  acknowledgedAt: string | null;
  /** Said after the acknowledgement has just been saved. */
  acknowledgedMessage: string;
  acknowledging: { isPending: boolean; isSuccess: boolean; error: unknown; acknowledge: () => void };
  children: ReactNode;
}

/**
 * A notice an update left for the administrator (e.g. a setting the law no
 * longer allows, changed back): it stays on the settings screen until an
 * administrator says they have read it; the acknowledgement is audited.
 */
export function AcknowledgedNotice({
  id,
  heading,
  acknowledgedAt,
  acknowledgedMessage,
  acknowledging,
  children,
}: Props) {
  const { message, fieldErrors } = errorState(acknowledging.error);
  if (acknowledgedAt) return <NoticeBanner message={acknowledging.isSuccess ? acknowledgedMessage : null} />;
  return (
    <section className="section notice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {children}
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <button
        type="button"
        className="button button--secondary"
        disabled={acknowledging.isPending}
        onClick={acknowledging.acknowledge}
      >
        I have read this notice
      </button>
    </section>
  );
}
