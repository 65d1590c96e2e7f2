import { useState, type FormEvent } from 'react';
import { roleLabels, roles, type Role, type UserSummary } from '../../../contracts/access';
import type { Organisation } from '../../../contracts/conventions';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { TableWrapper } from '../../ui/TableWrapper';

const empty = { email: '', displayName: '', organisationId: '', roles: [] as Role[], password: '' };

/** Accounts: the administrator creates each person's account in their organisation with their roles. */
export function UsersPage() {
  usePageTitle('Comptes');
  const users = useApi<UserSummary[]>('/api/users');
  const organisations = useApi<Organisation[]>('/api/organisations');
  const [form, setForm] = useState(empty);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unlockError, setUnlockError] = useState<ApiError | null>(null);
  const [unlocked, setUnlocked] = useState<string | null>(null);

  /** Lifts the delay an account got after wrong passwords (recorded in the audit journal). */
  async function unlock(user: UserSummary) {
    setUnlockError(null);
    setUnlocked(null);
    try {
      await api<UserSummary>('POST', `/api/users/${user.id}/unlock`);
      setUnlocked(`Compte de ${user.displayName} débloqué : il peut se connecter de nouveau.`);
      users.reload();
    } catch (e) {
      setUnlockError(e instanceof ApiError ? e : null);
    }
  }

  function toggleRole(role: Role, checked: boolean) {
    setForm({ ...form, roles: checked ? [...form.roles, role] : form.roles.filter((r) => r !== role) });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaveError(null);
    setSaved(null);
    try {
      const created = await api<UserSummary>('POST', '/api/users', {
        ...form,
        organisationId: form.organisationId || null,
      });
      setSaved(`Compte de ${created.displayName} créé. Transmettez-lui son mot de passe par un canal sûr.`);
      setForm(empty);
      users.reload();
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }

  const rolesError = saveError?.problem.errors?.find((e) => e.field.startsWith('roles'))?.message;
  return (
    <>
      <h1>Comptes</h1>
      <ErrorMessage error={users.error} />
      {unlocked ? <StatusMessage>{unlocked}</StatusMessage> : null}
      <ErrorMessage error={unlockError} />
      {users.loading && !users.data ? <Loading /> : null}
      {users.data ? (
        <TableWrapper>
          <table>
            <caption>Comptes ({users.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Adresse électronique</th>
                <th scope="col">Organisation</th>
                <th scope="col">Rôles</th>
                <th scope="col">État</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <td>{u.displayName}</td>
                  <td>{u.email}</td>
                  <td>{u.organisationName ?? 'Plateforme'}</td>
                  <td>{u.roles.map((r) => roleLabels[r]).join(', ')}</td>
                  <td>
                    {u.lockedUntil ? (
                      <>
                        {`Bloqué jusqu'au ${formatDateTime(u.lockedUntil)} après des mots de passe erronés `}
                        <button
                          type="button"
                          className="button-link"
                          aria-label={`Débloquer le compte de ${u.displayName}`}
                          onClick={() => void unlock(u)}
                        >
                          Débloquer
                        </button>
                      </>
                    ) : (
                      'Actif'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}

      <section aria-labelledby="titre-nouveau-compte" className="panel">
        <h2 id="titre-nouveau-compte">Nouveau compte</h2>
        {saved ? <StatusMessage>{saved}</StatusMessage> : null}
        <ErrorMessage error={saveError} />
        <form onSubmit={submit} noValidate>
          <Field
            label="Nom et prénom"
            required
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            error={saveError?.fieldMessage('displayName')}
          />
          <Field
            label="Adresse électronique"
            type="email"
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={saveError?.fieldMessage('email')}
          />
          <SelectField
            label="Organisation"
            value={form.organisationId}
            onChange={(e) => setForm({ ...form, organisationId: e.target.value })}
            options={[
              { value: '', label: 'Aucune (administrateur de la plateforme)' },
              ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={saveError?.fieldMessage('organisationId')}
          />
          <fieldset
            className={`field${rolesError ? ' field-invalid' : ''}`}
            aria-describedby={rolesError ? 'roles-error' : undefined}
          >
            <legend>Rôles *</legend>
            {roles.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  checked={form.roles.includes(role)}
                  onChange={(e) => toggleRole(role, e.target.checked)}
                />{' '}
                {roleLabels[role]}
              </label>
            ))}
            {rolesError ? (
              <p className="field-error" id="roles-error">
                {rolesError}
              </p>
            ) : null}
          </fieldset>
          <Field
            label="Mot de passe initial"
            type="password"
            autoComplete="new-password"
            hint="Au moins 12 caractères mêlant trois types : minuscules, majuscules, chiffres, symboles."
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={saveError?.fieldMessage('password')}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Enregistrement…' : 'Créer le compte'}
          </button>
        </form>
      </section>
    </>
  );
}
