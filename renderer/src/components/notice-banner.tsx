/** Confirms a change; a polite live region so it is announced without moving focus. */
export function NoticeBanner({ message }: { message: string | null }) {
  return (
    <div role="status" className={message ? 'notice-banner' : 'visually-hidden'}>
      {message}
    </div>
  );
}
