import { useEffect, useState } from 'react';
import { roleLabels, type AuthOptions, type UserSummary } from '../../../contracts/access';
import type { Organisation } from '../../../contracts/conventions';
import { api, ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { TableWrapper } from '../../ui/TableWrapper';
import { EditAccountForm, NewAccountForm } from './AccountForms';

/** What the state column says of an account. */
function stateOf(u: UserSummary): string {
  if (u.disabledAt) return `Désactivé le ${formatDateTime(u.disabledAt)}`;
  if (u.invitationPending)
    return u.invitationExpiresAt
      ? `Invitation envoyée, valable jusqu'au ${formatDateTime(u.invitationExpiresAt)}`
      : "Invitation en cours d'envoi";
  if (u.lockedUntil) return `Bloqué jusqu'au ${formatDateTime(u.lockedUntil)} après des mots de passe erronés`;
  return 'Actif';
}

/**
 * Accounts: the administrator invites each person (or types an initial password), edits their
 * name, organisation and roles, disables and enables the account, unlocks it and resends the
 * invitation. Every action is announced in a live region and recorded in the audit journal.
 */
export function UsersPage() {
  usePageTitle('Comptes');
  const { user: me } = useSession();
  const users = useApi<UserSummary[]>('/api/users');
  const organisations = useApi<Organisation[]>('/api/organisations');
  const options = useApi<AuthOptions>('/api/auth/options');
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (editing) document.getElementById('titre-modifier-compte')?.focus();
  }, [editing]);

  async function act(user: UserSummary, path: string, message: string, confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    setActionError(null);
    setDone(null);
    try {
      await api<UserSummary>('POST', `/api/users/${user.id}/${path}`);
      setDone(message);
      users.reload();
    } catch (e) {
      setActionError(e instanceof ApiError ? e : null);
    }
  }

  return (
    <>
      <h1>Comptes</h1>
      <ErrorMessage error={users.error} />
      <div aria-live="polite">{done ? <StatusMessage>{done}</StatusMessage> : null}</div>
      <ErrorMessage error={actionError} />
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
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <th scope="row">{u.displayName}</th>
                  <td>{u.email}</td>
                  <td>{u.organisationName ?? 'Plateforme'}</td>
                  <td>{u.roles.map((r) => roleLabels[r]).join(', ')}</td>
                  <td>{stateOf(u)}</td>
                  <td className="table-actions">
                    <button
                      type="button"
                      className="button-link"
                      aria-label={`Modifier le compte de ${u.displayName}`}
                      onClick={() => setEditing(u)}
                    >
                      Modifier
                    </button>{' '}
                    {u.lockedUntil && !u.disabledAt ? (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`Débloquer le compte de ${u.displayName}`}
                        onClick={() =>
                          void act(
                            u,
                            'unlock',
                            `Compte de ${u.displayName} débloqué : il peut se connecter de nouveau.`,
                          )
                        }
                      >
                        Débloquer
                      </button>
                    ) : null}{' '}
                    {u.invitationPending && !u.disabledAt && options.data?.passwordByEmail ? (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`Renvoyer l'invitation de ${u.displayName}`}
                        onClick={() =>
                          void act(
                            u,
                            'invitation',
                            `Invitation renvoyée à ${u.displayName} : le lien précédent ne fonctionne plus.`,
                          )
                        }
                      >
                        Renvoyer l'invitation
                      </button>
                    ) : null}{' '}
                    {u.id === me?.id ? null : u.disabledAt ? (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`Réactiver le compte de ${u.displayName}`}
                        onClick={() => void act(u, 'enable', `Compte de ${u.displayName} réactivé.`)}
                      >
                        Réactiver
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`Désactiver le compte de ${u.displayName}`}
                        onClick={() =>
                          void act(
                            u,
                            'disable',
                            `Compte de ${u.displayName} désactivé : ses sessions ont pris fin.`,
                            `Désactiver le compte de ${u.displayName} ? Ses sessions en cours prendront fin aussitôt.`,
                          )
                        }
                      >
                        Désactiver
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}

      {editing ? (
        <EditAccountForm
          key={editing.id}
          user={editing}
          organisations={organisations.data ?? []}
          onDone={(message) => {
            setEditing(null);
            if (message) {
              setDone(message);
              users.reload();
            }
          }}
        />
      ) : null}

      <NewAccountForm
        organisations={organisations.data ?? []}
        mailEnabled={options.data?.passwordByEmail ?? false}
        onCreated={users.reload}
      />
    </>
  );
}
