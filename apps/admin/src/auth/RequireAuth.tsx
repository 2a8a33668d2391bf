import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import type { LoginState } from './LoginPage';
import { SignedInUser, useSession } from './useSession';

/** Shows its routes to a signed-in user; sends everyone else to the login page and back. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorAlert error={session.error} />;
  if (!session.data) {
    const state: LoginState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return (
    <SignedInUser.Provider value={session.data}>
      <Outlet />
    </SignedInUser.Provider>
  );
}
