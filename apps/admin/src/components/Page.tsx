import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

interface PageProps {
  title: string;
  children?: ReactNode;
}

/**
 * A page's one h1, also the document title. The heading takes focus after navigation
 * (see AppLayout), so it is focusable from script but not in the tab order.
 */
export function Page({ title, children }: PageProps) {
  useDocumentTitle(title);
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}
