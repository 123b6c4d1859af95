import { useEffect } from 'react';

/** Each screen names itself in the window title, which screen readers announce. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Fostering Panel`;
  }, [title]);
}
