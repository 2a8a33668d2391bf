import { Route, Routes } from 'react-router-dom';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { OrgUnitsPage } from '../organisation/OrgUnitsPage';
import { HomeRedirect } from '../tenancy/HomeRedirect';
import { RequireTenant } from '../tenancy/RequireTenant';
import { AppLayout } from './AppLayout';
import { AREAS } from './areas';
import { ComingSoon } from './ComingSoon';
import { NotFound } from './NotFound';
import { StartPage } from './StartPage';

/** /login, / (→ the user's kommun), and /t/:code/… for each area of a kommun. */
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
            {AREAS.filter((area) => !area.built).map((area) => (
              <Route key={area.key} path={area.path} element={<ComingSoon area={area.key} />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
