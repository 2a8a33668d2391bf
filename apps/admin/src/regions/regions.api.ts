import type {
  ActivityStatusComparison,
  AgreementsComparison,
  ComparisonKind,
  CoverageComparison,
  IndicatorsComparison,
  IndicatorsComparisonQuery,
  PlansComparison,
  RegionOverview,
  RegionSharing,
  UpdateRegionSharingInput,
} from '@samla/domain';
import { api, call } from '../api/client';

export const regionKey = (lanskod: string) => ['regions', lanskod] as const;
export const comparisonKey = (lanskod: string, kind: ComparisonKind) =>
  [...regionKey(lanskod), kind] as const;
export const sharingKey = (code: string) => ['tenants', code, 'region-sharing'] as const;

const path = (lanskod: string) => ({ params: { path: { lanskod } } });

export const fetchOverview = (lanskod: string): Promise<RegionOverview> =>
  call(api.GET('/api/v1/regions/{lanskod}', path(lanskod)));

export const fetchPlans = (lanskod: string): Promise<PlansComparison> =>
  call(api.GET('/api/v1/regions/{lanskod}/comparison/plans', path(lanskod)));
// The records keyed by level, tier and status are complete (the domain fills every key);
// OpenAPI cannot say so, hence the casts.
export const fetchCoverage = (lanskod: string): Promise<CoverageComparison> =>
  call(api.GET('/api/v1/regions/{lanskod}/comparison/coverage', path(lanskod))).then(
    (r) => r as CoverageComparison,
  );
export const fetchActivityStatus = (lanskod: string): Promise<ActivityStatusComparison> =>
  call(api.GET('/api/v1/regions/{lanskod}/comparison/activity-status', path(lanskod))).then(
    (r) => r as ActivityStatusComparison,
  );
/** The list of indicators and one indicator's figures (by default the first of the list). */
export const fetchIndicators = (
  lanskod: string,
  query: IndicatorsComparisonQuery = {},
): Promise<IndicatorsComparison> =>
  call(
    api.GET('/api/v1/regions/{lanskod}/comparison/indicators', {
      params: { path: { lanskod }, query },
    }),
  );
export const fetchAgreements = (lanskod: string): Promise<AgreementsComparison> =>
  call(api.GET('/api/v1/regions/{lanskod}/comparison/agreements', path(lanskod)));

/** The XLSX download: a plain link, so the browser saves it with the session cookie. */
export const exportUrl = (lanskod: string, kind: ComparisonKind) =>
  `/api/v1/regions/${encodeURIComponent(lanskod)}/comparison/${kind}/export`;

export const fetchSharing = (code: string): Promise<RegionSharing> =>
  call(api.GET('/api/v1/tenants/{code}/region-sharing', { params: { path: { code } } }));

export const updateSharing = (
  code: string,
  body: UpdateRegionSharingInput,
): Promise<RegionSharing> =>
  call(api.PUT('/api/v1/tenants/{code}/region-sharing', { params: { path: { code } }, body }));
