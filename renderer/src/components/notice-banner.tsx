import { useEffect, useRef } from 'react';

/**
 * Confirms a change; a polite live region so it is announced. Where the form
 * that made the change goes away on success (an ADM's decision), `takeFocus`
 * moves keyboard focus to the confirmation instead of losing it to the page.
 */
export function NoticeBanner({ message, takeFocus = false }: { message: string | null; takeFocus?: boolean }) {
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus && message) region.current?.focus();
  }, [takeFocus, message]);
  return (
    <div
      ref={region}
      role="status"
      tabIndex={takeFocus ? -1 : undefined}
      className={message ? 'notice-banner' : 'visually-hidden'}
    >
      {message}
    </div>
  );
}
