/**
 * Moving through a long list a page at a time, with the current page stated.
 * After a move, focus goes to `focusId` (the list's heading or count), so a
 * keyboard user starts the new page at its top and is never left on a button
 * that has just been disabled.
 */
export function Pager(
  props: {
    label: string;
    page: number;
    focusId: string;
    onPage: (page: number) => void;
  } & (
    | { pageCount: number }
    // A list that reads one row past its page rather than counting every match knows only whether more follow.
    | { hasMore: boolean }
  ),
) {
  const { page } = props;
  const pageCount = 'pageCount' in props ? props.pageCount : null;
  const last = pageCount ?? ('hasMore' in props && props.hasMore ? page + 1 : page);
  // With a count, one page needs no pager; without, a later page still needs its way back.
  if (pageCount !== null ? pageCount <= 1 : last <= 1) return null;
  const go = (to: number) => {
    props.onPage(to);
    requestAnimationFrame(() => document.getElementById(props.focusId)?.focus());
  };
  return (
    <nav className="pager" aria-label={props.label}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        Previous page
      </button>
      <p className="pager__position">{pageCount === null ? `Page ${page}` : `Page ${page} of ${pageCount}`}</p>
      <button type="button" className="button button--secondary" disabled={page >= last} onClick={() => go(page + 1)}>
        Next page
      </button>
    </nav>
  );
}

/** What a page shows, for its status line: "3 records shown" or "Records 51 to 100 of 230 shown". */
export function pageShownText(
  page: { total: number; page: number; pageSize: number; onPage: number },
  noun: { one: string; many: string },
): string {
  const { total, pageSize, onPage } = page;
  if (total <= pageSize) return `${total} ${total === 1 ? noun.one : noun.many} shown`;
  const first = (page.page - 1) * pageSize + 1;
  if (onPage === 0) return `${total} ${noun.many}; this page is past the last`;
  const plural = noun.many.charAt(0).toUpperCase() + noun.many.slice(1);
  return `${plural} ${first} to ${first + onPage - 1} of ${total} shown`;
}
