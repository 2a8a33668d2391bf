import type { ComparisonKind } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router-dom';
import { NotFound } from '../app/NotFound';
import { Page } from '../components/Page';
import { ActivityStatusView } from './ActivityStatusView';
import { AgreementsView } from './AgreementsView';
import { CoverageView } from './CoverageView';
import { IndicatorsView } from './IndicatorsView';
import { PlansView } from './PlansView';
import { RegionHome } from './RegionHome';
import { RegionStyles } from './RegionStyles';
import { useRegion } from './useRegion';
import '../i18n/regions';

const VIEWS: Array<{ kind: ComparisonKind; element: React.ReactElement }> = [
  { kind: 'plans', element: <PlansView /> },
  { kind: 'coverage', element: <CoverageView /> },
  { kind: 'activity-status', element: <ActivityStatusView /> },
  { kind: 'indicators', element: <IndicatorsView /> },
  { kind: 'agreements', element: <AgreementsView /> },
];

/** /r/:lanskod/…: the regional coordinator's comparisons of the kommuner of their län. */
export default function RegionArea() {
  const { t } = useTranslation('regions');
  const region = useRegion();
  if (!region)
    return (
      <Page title={t('common.notCoordinator')}>
        <p>
          <Link to="/">{t('nav.overview')}</Link>
        </p>
      </Page>
    );
  const base = `/r/${encodeURIComponent(region.code)}`;
  return (
    <>
      <RegionStyles />
      <nav className="reg-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to={base} end>
              {t('nav.overview')}
            </NavLink>
          </li>
          {VIEWS.map((v) => (
            <li key={v.kind}>
              <NavLink to={`${base}/${v.kind}`}>{t(`nav.${v.kind}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Routes>
        <Route index element={<RegionHome />} />
        {VIEWS.map((v) => (
          <Route key={v.kind} path={v.kind} element={v.element} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}
