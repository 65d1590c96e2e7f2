import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { LinkInfo } from '../../../contracts/access';
import { api, ApiError } from '../../app/api';
import { formatDateTime } from '../../../contracts/format';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSubmit } from '../../ui/useSubmit';

export const PASSWORD_HINT = 'Au moins 12 caractères mêlant trois types : minuscules, majuscules, chiffres, symboles.';

/** The token of the e-mailed link, from the address's fragment (never sent to the server by the browser). */
const tokenOfLocation = () => new URLSearchParams(window.location.hash.slice(1)).get('jeton') ?? '';

/**
 * « Choisir votre mot de passe » : the page an invitation or forgotten-password e-mail links to.
 * The password is set once with the link, then the person is signed in.
 */
export function ChoosePasswordPage() {
  usePageTitle('Choisir votre mot de passe');
  const [token] = useState(tokenOfLocation);
  const [info, setInfo] = useState<LinkInfo | null>(null);
  const [linkError, setLinkError] = useState<ApiError | null>(null);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState<string | undefined>();
  const submit = useSubmit();

  useEffect(() => {
    api<LinkInfo>('POST', '/api/auth/password-links/check', { token })
      .then(setInfo)
      .catch((e: unknown) => setLinkError(e instanceof ApiError ? e : null));
  }, [token]);

  async function choose(event: FormEvent) {
    event.preventDefault();
    if (password !== confirmation) {
      setMismatch('Les deux saisies du mot de passe diffèrent.');
      return;
    }
    setMismatch(undefined);
    const ok = await submit.run(async () => {
      await api('POST', '/api/auth/password-links/use', { token, password });
      return 'Mot de passe enregistré : ouverture de votre session…';
    });
    // The answer set the session cookie: a fresh load of the app starts signed in.
    if (ok) window.location.assign('/');
  }

  return (
    <main id="contenu" className="login-page">
      <div className="login-card">
        <p className="brand-name">Copil</p>
        <h1>Choisir votre mot de passe</h1>
        {!info && !linkError ? <Loading label="Vérification du lien…" /> : null}
        {linkError ? (
          <>
            <ErrorMessage error={linkError} />
            <p>
              <Link to="/mot-de-passe-oublie">Demander un nouveau lien</Link> ·{' '}
              <Link to="/connexion">Page de connexion</Link>
            </p>
          </>
        ) : null}
        {info ? (
          <>
            <p>
              {info.purpose === 'invitation' ? `Bienvenue ${info.displayName}. ` : `Bonjour ${info.displayName}. `}
              Choisissez le mot de passe de votre compte <strong>{info.email}</strong> (lien valable jusqu’au{' '}
              {formatDateTime(info.expiresAt)}, une seule fois).
            </p>
            {submit.saved ? (
              <p role="status" className="alert alert-success">
                {submit.saved}
              </p>
            ) : null}
            <ErrorMessage error={submit.error} />
            <form onSubmit={choose} noValidate>
              {/* The account's address, for password managers. */}
              <input type="hidden" name="username" autoComplete="username" value={info.email} readOnly />
              <Field
                label="Nouveau mot de passe"
                type="password"
                autoComplete="new-password"
                hint={PASSWORD_HINT}
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={submit.field('password')}
              />
              <Field
                label="Confirmer le mot de passe"
                type="password"
                autoComplete="new-password"
                required
                value={confirmation}
                onChange={(e) => setConfirmation(e.target.value)}
                error={mismatch}
              />
              <button type="submit" className="button-primary" disabled={submit.busy}>
                {submit.busy ? 'Enregistrement…' : 'Enregistrer et me connecter'}
              </button>
            </form>
          </>
        ) : null}
      </div>
    </main>
  );
}
