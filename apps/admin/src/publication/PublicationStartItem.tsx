import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The start page's entry for the public page's settings, shown to tenant admins. */
export function PublicationStartItem({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <li className="area-list__item">
      <Link to={`/t/${encodeURIComponent(code)}/publication`}>{t('start.publicationLink')}</Link>
      <p>{t('start.publicationText')}</p>
    </li>
  );
}
