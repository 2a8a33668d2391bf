import { type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { HomeRedirect } from '../tenancy/HomeRedirect';
import { RequireTenant } from '../tenancy/RequireTenant';
import { AppLayout } from './AppLayout';
import { lazyComponent } from './lazyComponent';
import { NotFound } from './NotFound';
import { StartPage } from './StartPage';

/**
 * The login page, from its chunk: with its form validation (zod and the domain's messages)
 * it is a fifth of the initial JavaScript, which a signed-in user's pages do not need.
 */
const LoginPage = lazyComponent(async () => (await import('../auth/LoginPage')).LoginPage);

type PlansPageName = Exclude<keyof typeof import('../plans'), 'default'>;

/** Each page of the plans area, loaded from the area's chunk the first time it is shown. */
const lazyPlansPage = (name: PlansPageName) =>
  lazyComponent(async () => (await import('../plans'))[name] as ComponentType);
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
  return <Page />;
}

/** The kommun's organisation (org units), from its chunk. */
const OrgUnitsPage = lazyComponent(
  async () => (await import('../organisation/OrgUnitsPage')).OrgUnitsPage,
);

/** The public page's settings (tenant admins), from its chunk. */
const PublicationPage = lazyComponent(async () => (await import('../publication')).PublicationPage);

/** The indicators area (its own routes), from its chunk. */
const IndicatorsArea = lazyComponent(async () => (await import('../indicators')).default);
/** Samverkan (forums, partners, agreements) and the decision trail, each from its chunk. */
const CollaborationArea = lazyComponent(async () => (await import('../collaboration')).default);
const GovernanceArea = lazyComponent(async () => (await import('../governance')).default);

/** The regional coordinator's area and the tenant admin's sharing page, from their chunk. */
const RegionArea = lazyComponent(async () => (await import('../regions')).default);
const RegionSharingPage = lazyComponent(async () => (await import('../regions')).RegionSharingPage);

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
            <Route path="indicators/*" element={<IndicatorsArea />} />
            <Route path="collaboration/*" element={<CollaborationArea />} />
            <Route path="decisions/*" element={<GovernanceArea />} />
            <Route path="publication" element={<PublicationPage />} />
            <Route path="region-sharing" element={<RegionSharingPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="r/:lanskod/*" element={<RegionArea />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
