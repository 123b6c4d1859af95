/**
 * Moving through a long list a page at a time, with the current page stated.
 * After a move, focus goes to `focusId` (the list's heading or count), so a
 * keyboard user starts the new page at its top and is never left on a button
 * that has just been disabled.
 */
export function Pager(props: {
  label: string;
  page: number;
  pageCount: number;
  focusId: string;
  onPage: (page: number) => void;
}) {
  const { page, pageCount } = props;
  if (pageCount <= 1) return null;
  const go = (to: number) => {
    props.onPage(to);
    requestAnimationFrame(() => document.getElementById(props.focusId)?.focus());
  };
  return (
    <nav className="pager" aria-label={props.label}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        Previous page
      </button>
      <p className="pager__position">
        Page {page} of {pageCount}
      </p>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pageCount}
        onClick={() => go(page + 1)}
      >
        Next page
      </button>
    </nav>
  );
}
