import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { AuthOptions } from '../../../contracts/access';
import { ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorMessage } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';

export function LoginPage() {
  usePageTitle('Connexion');
  const { user, login, endedBecause } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [params] = useSearchParams();
  // Set by the single sign-on callback when the provider's answer was refused.
  const ssoError = params.get('erreur');
  const { data: sso } = useApi<{ enabled: boolean; label: string | null }>('/api/auth/oidc');
  const { data: options } = useApi<AuthOptions>('/api/auth/options');

  if (user) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="contenu" className="login-page">
      <div className="login-card">
        <p className="brand-name">Copil</p>
        <h1>Connexion</h1>
        <p>Pilotage partagé des conventions de partenariat entre le Département et les bailleurs sociaux.</p>
        {endedBecause && !error ? (
          <div className="alert alert-info" role="status">
            {endedBecause}
          </div>
        ) : null}
        {ssoError && !error ? (
          <div className="alert alert-error" role="alert">
            {ssoError}
          </div>
        ) : null}
        <ErrorMessage error={error} />
        {sso?.enabled ? (
          <p>
            {/* A plain link: the browser goes to the provider and comes back with a session. */}
            <a className="button button-sso" href="/api/auth/oidc/login">
              Se connecter avec {sso.label}
            </a>
          </p>
        ) : null}
        <form onSubmit={submit} noValidate>
          <Field
            label="Adresse électronique"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error?.fieldMessage('email')}
          />
          <Field
            label="Mot de passe"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error?.fieldMessage('password')}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Connexion…' : 'Se connecter'}
          </button>
        </form>
        {options?.passwordByEmail ? (
          <p>
            <Link to="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
          </p>
        ) : null}
      </div>
    </main>
  );
}
