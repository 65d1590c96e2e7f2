import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSubmit } from '../../ui/useSubmit';

/** « Mot de passe oublié » : the address typed gets a single-use link, if it has an active account. */
export function ForgotPasswordPage() {
  usePageTitle('Mot de passe oublié');
  const [email, setEmail] = useState('');
  const submit = useSubmit();

  async function send(event: FormEvent) {
    event.preventDefault();
    await submit.run(
      async () => (await api<{ message: string }>('POST', '/api/auth/password-reset', { email })).message,
    );
  }

  return (
    <main id="contenu" className="login-page">
      <div className="login-card">
        <p className="brand-name">Copil</p>
        <h1>Mot de passe oublié</h1>
        <p>
          Indiquez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.
        </p>
        {submit.saved ? <StatusMessage>{submit.saved}</StatusMessage> : null}
        <ErrorMessage error={submit.error} />
        <form onSubmit={send} noValidate>
          <Field
            label="Adresse électronique"
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={submit.field('email')}
          />
          <button type="submit" className="button-primary" disabled={submit.busy}>
            {submit.busy ? 'Envoi…' : 'Recevoir un lien'}
          </button>
        </form>
        <p>
          <Link to="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </main>
  );
}
