import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field } from '../../ui/Field';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSubmit } from '../../ui/useSubmit';
import { PASSWORD_HINT } from './ChoosePasswordPage';

/** Changing one's own password (the current one is asked); one's other sessions end. */
export function ChangePasswordPage() {
  usePageTitle('Changer mon mot de passe');
  const empty = { currentPassword: '', newPassword: '', confirmation: '' };
  const [form, setForm] = useState(empty);
  const [mismatch, setMismatch] = useState<string | undefined>();
  const submit = useSubmit();

  async function change(event: FormEvent) {
    event.preventDefault();
    if (form.newPassword !== form.confirmation) {
      setMismatch('Les deux saisies du nouveau mot de passe diffèrent.');
      return;
    }
    setMismatch(undefined);
    const ok = await submit.run(async () => {
      const { otherSessionsEnded } = await api<{ otherSessionsEnded: number }>('POST', '/api/auth/password', {
        currentPassword: form.currentPassword,
        newPassword: form.newPassword,
      });
      return otherSessionsEnded > 0
        ? `Mot de passe changé. ${otherSessionsEnded} autre${otherSessionsEnded > 1 ? 's' : ''} session${otherSessionsEnded > 1 ? 's ont' : ' a'} été fermée${otherSessionsEnded > 1 ? 's' : ''}.`
        : 'Mot de passe changé.';
    });
    if (ok) setForm(empty);
  }

  return (
    <>
      <h1>Changer mon mot de passe</h1>
      <p>Vos autres sessions (autres navigateurs, autres postes) prendront fin ; celle-ci reste ouverte.</p>
      {submit.saved ? <StatusMessage>{submit.saved}</StatusMessage> : null}
      <ErrorMessage error={submit.error} />
      <form onSubmit={change} noValidate className="panel">
        <Field
          label="Mot de passe actuel"
          type="password"
          autoComplete="current-password"
          required
          value={form.currentPassword}
          onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
          error={submit.field('currentPassword')}
        />
        <Field
          label="Nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT}
          required
          value={form.newPassword}
          onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
          error={submit.field('newPassword')}
        />
        <Field
          label="Confirmer le nouveau mot de passe"
          type="password"
          autoComplete="new-password"
          required
          value={form.confirmation}
          onChange={(e) => setForm({ ...form, confirmation: e.target.value })}
          error={mismatch}
        />
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? 'Enregistrement…' : 'Changer le mot de passe'}
        </button>
      </form>
    </>
  );
}
