import { REGION_LABELS, SHARING_AREAS } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../auth/useSession';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { fetchOverview, regionKey } from './regions.api';
import { useRegion } from './useRegion';
import '../i18n/regions';

/** The coordinator's landing page: the kommuner that share, and what each shares. */
export function RegionHome() {
  const { t } = useTranslation('regions');
  const language = useLanguage();
  const region = useRegion();
  const user = useUser();
  const code = region?.code ?? '';
  const overview = useQuery({ queryKey: regionKey(code), queryFn: () => fetchOverview(code) });
  const areas = REGION_LABELS[language].area;
  const others = user.coordinatedRegions.filter((r) => r.code !== code);
  return (
    <Page title={t('home.title', { region: region?.name ?? '' })}>
      <p className="lead">{t('home.intro')}</p>
      {overview.isPending ? <Loading /> : null}
      <ErrorAlert error={overview.error} />
      {overview.data ? (
        overview.data.municipalities.length === 0 ? (
          <p>{t('home.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption>{t('home.kommuner')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('common.kommun')}</th>
                  <th scope="col">{t('home.shares')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.data.municipalities.map((m) => (
                  <tr key={m.code}>
                    <th scope="row">{m.name}</th>
                    <td>
                      {SHARING_AREAS.filter((a) => m.shares[a])
                        .map((a) => areas[a])
                        .join(', ') || t('home.nothing')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {others.length ? (
        <>
          <h2>{t('home.otherRegions')}</h2>
          <ul>
            {others.map((r) => (
              <li key={r.code}>
                <Link to={`/r/${r.code}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Page>
  );
}
