import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Organisation – Samla": each page names itself in the tab and for screen readers. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
