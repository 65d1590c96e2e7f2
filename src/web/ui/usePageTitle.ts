import { useEffect } from 'react';

/** Each page names itself in the tab (screen readers announce it on navigation). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} — Copil`;
  }, [title]);
}
