import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage';
import { Loading } from '../components/Loading';
import { RequireAuth } from '../auth/RequireAuth';
import { OrgUnitsPage } from '../organisation/OrgUnitsPage';
import { HomeRedirect } from '../tenancy/HomeRedirect';
import { RequireTenant } from '../tenancy/RequireTenant';
import { AppLayout } from './AppLayout';
import { NotFound } from './NotFound';
import { StartPage } from './StartPage';

type PlansPageName = Exclude<keyof typeof import('../plans'), 'default'>;

/** Each page of the plans area, loaded from the area's chunk the first time it is shown. */
const lazyPlansPage = (name: PlansPageName) =>
  lazy(async () => ({ default: (await import('../plans'))[name] as ComponentType }));
const PLANS_PAGES = {
  ProgrammePage: lazyPlansPage('ProgrammePage'),
  ToolkitPage: lazyPlansPage('ToolkitPage'),
  PlanListPage: lazyPlansPage('PlanListPage'),
  NewPlanPage: lazyPlansPage('NewPlanPage'),
  PlanPage: lazyPlansPage('PlanPage'),
  CoveragePage: lazyPlansPage('CoveragePage'),
  ImportWizard: lazyPlansPage('ImportWizard'),
  ComparePage: lazyPlansPage('ComparePage'),
  ActivityPage: lazyPlansPage('ActivityPage'),
} satisfies Record<PlansPageName, ComponentType>;

function PlansPage({ page }: { page: PlansPageName }) {
  const Page = PLANS_PAGES[page];
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}

/** The public page's settings (tenant admins), from its chunk. */
const PublicationPage = lazy(async () => ({
  default: (await import('../publication')).PublicationPage,
}));

/** The indicators area (its own routes), from its chunk. */
const IndicatorsArea = lazy(() => import('../indicators'));
/** Samverkan (forums, partners, agreements) and the decision trail, each from its chunk. */
const CollaborationArea = lazy(() => import('../collaboration'));
const GovernanceArea = lazy(() => import('../governance'));

/** The regional coordinator's area and the tenant admin's sharing page, from their chunk. */
const RegionArea = lazy(() => import('../regions'));
const RegionSharingPage = lazy(async () => ({
  default: (await import('../regions')).RegionSharingPage,
}));

/**
 * /login, / (→ the user's kommun), and /t/:code/… for each area of a kommun. The plans area
 * also holds the programme, the toolkit and each activity's page.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomeRedirect />} />
          <Route path="t/:code" element={<RequireTenant />}>
            <Route index element={<StartPage />} />
            <Route path="org-units" element={<OrgUnitsPage />} />
            <Route path="programme" element={<PlansPage page="ProgrammePage" />} />
            <Route path="toolkit" element={<PlansPage page="ToolkitPage" />} />
            <Route path="plans" element={<PlansPage page="PlanListPage" />} />
            <Route path="plans/new" element={<PlansPage page="NewPlanPage" />} />
            <Route path="plans/:planId" element={<PlansPage page="PlanPage" />} />
            <Route path="plans/:planId/coverage" element={<PlansPage page="CoveragePage" />} />
            <Route path="plans/:planId/import" element={<PlansPage page="ImportWizard" />} />
            <Route path="plans/:planId/compare" element={<PlansPage page="ComparePage" />} />
            <Route path="activities/:activityId" element={<PlansPage page="ActivityPage" />} />
            <Route
              path="indicators/*"
              element={
                <Suspense fallback={<Loading />}>
                  <IndicatorsArea />
                </Suspense>
              }
            />
            <Route
              path="collaboration/*"
              element={
                <Suspense fallback={<Loading />}>
                  <CollaborationArea />
                </Suspense>
              }
            />
            <Route
              path="decisions/*"
              element={
                <Suspense fallback={<Loading />}>
                  <GovernanceArea />
                </Suspense>
              }
            />
            <Route
              path="publication"
              element={
                <Suspense fallback={<Loading />}>
                  <PublicationPage />
                </Suspense>
              }
            />
            <Route
              path="region-sharing"
              element={
                <Suspense fallback={<Loading />}>
                  <RegionSharingPage />
                </Suspense>
              }
            />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route
            path="r/:lanskod/*"
            element={
              <Suspense fallback={<Loading />}>
                <RegionArea />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
