import { loginSchema } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { logIn, SESSION_KEY } from './session';
import { useSession } from './useSession';

/** Where the login page was sent from, and why. */
export interface LoginState {
  from?: string;
  loggedOut?: boolean;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const queryClient = useQueryClient();
  const state = (location.state ?? {}) as LoginState;

  // After logout, forget the user and everything fetched for them.
  useEffect(() => {
    if (!state.loggedOut || !queryClient.getQueryData(SESSION_KEY)) return;
    queryClient.setQueryData(SESSION_KEY, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  }, [state.loggedOut, queryClient]);

  if (session.isPending) return <Loading />;
  if (session.data && !state.loggedOut) return <Navigate to={state.from ?? '/'} replace />;
  return (
    <Page title={t('auth.login.title')}>
      {state.loggedOut ? (
        <p className="alert alert--info" role="status">
          {t('auth.login.loggedOut')}
        </p>
      ) : null}
      <LoginForm from={state.from} />
    </Page>
  );
}

function LoginForm({ from }: { from: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const form = useValidatedMutation({
    schema: loginSchema,
    values: { email, password },
    mutationFn: logIn,
    onSuccess: (user) => {
      queryClient.setQueryData(SESSION_KEY, user);
      void navigate(from ?? '/', { replace: true });
    },
  });
  const login = form.mutation;

  return (
    <form className="form form--narrow" onSubmit={form.onSubmit} noValidate>
      <p>{t('auth.login.intro')}</p>
      <ErrorAlert error={login.error} extra={form.otherServerIssues} />
      <TextField
        id="login-email"
        name="email"
        type="email"
        label={t('auth.login.email')}
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        error={form.errorFor('email')}
      />
      <TextField
        id="login-password"
        name="password"
        type="password"
        label={t('auth.login.password')}
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
        error={form.errorFor('password')}
      />
      <div className="form__actions">
        <SubmitButton
          pending={login.isPending}
          label={t('auth.login.submit')}
          pendingLabel={t('auth.login.submitting')}
        />
      </div>
    </form>
  );
}
