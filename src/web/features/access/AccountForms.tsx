import { useState, type FormEvent } from 'react';
import { roleLabels, roles, type Role, type UserSummary } from '../../../contracts/access';
import type { Organisation } from '../../../contracts/conventions';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';
import { PASSWORD_HINT } from './ChoosePasswordPage';

type Submit = ReturnType<typeof useSubmit>;

/** The organisation and roles of an account, shared by the creation and the edit forms. */
function OrganisationAndRoles(props: {
  organisations: Organisation[];
  organisationId: string;
  roles: Role[];
  onChange(values: { organisationId: string; roles: Role[] }): void;
  submit: Submit;
}) {
  const rolesError = props.submit.error?.problem.errors?.find((e) => e.field.startsWith('roles'))?.message;
  const errorId = `${props.organisationId || 'plateforme'}-roles-error`;
  return (
    <>
      <SelectField
        label="Organisation"
        value={props.organisationId}
        onChange={(e) => props.onChange({ organisationId: e.target.value, roles: props.roles })}
        options={[
          { value: '', label: 'Aucune (administrateur de la plateforme)' },
          ...props.organisations.map((o) => ({ value: o.id, label: o.name })),
        ]}
        error={props.submit.field('organisationId')}
      />
      <fieldset
        className={`field${rolesError ? ' field-invalid' : ''}`}
        aria-describedby={rolesError ? errorId : undefined}
      >
        <legend>Rôles *</legend>
        {roles.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={props.roles.includes(role)}
              onChange={(e) =>
                props.onChange({
                  organisationId: props.organisationId,
                  roles: e.target.checked ? [...props.roles, role] : props.roles.filter((r) => r !== role),
                })
              }
            />{' '}
            {roleLabels[role]}
          </label>
        ))}
        {rolesError ? (
          <p className="field-error" id={errorId}>
            {rolesError}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}

const empty = { email: '', displayName: '', organisationId: '', roles: [] as Role[], password: '' };

/**
 * A new account: by invitation (Copil e-mails a link to choose the password) when Copil can send
 * e-mail, or with an initial password typed by the administrator.
 */
export function NewAccountForm(props: { organisations: Organisation[]; mailEnabled: boolean; onCreated(): void }) {
  const [form, setForm] = useState(empty);
  const [mode, setMode] = useState<'invite' | 'password'>('invite');
  const submit = useSubmit();
  const invite = props.mailEnabled && mode === 'invite';

  async function create(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const created = await api<UserSummary>('POST', '/api/users', {
        email: form.email,
        displayName: form.displayName,
        organisationId: form.organisationId || null,
        roles: form.roles,
        ...(invite ? {} : { password: form.password }),
      });
      return invite
        ? `Compte de ${created.displayName} créé : une invitation lui est envoyée par courriel (lien valable 72 heures).`
        : `Compte de ${created.displayName} créé. Transmettez-lui son mot de passe par un canal sûr.`;
    });
    if (ok) {
      setForm(empty);
      props.onCreated();
    }
  }

  return (
    <section aria-labelledby="titre-nouveau-compte" className="panel">
      <h2 id="titre-nouveau-compte">Nouveau compte</h2>
      {submit.saved ? <StatusMessage>{submit.saved}</StatusMessage> : null}
      <ErrorMessage error={submit.error} />
      <form onSubmit={create} noValidate>
        <Field
          label="Nom et prénom"
          required
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
          error={submit.field('displayName')}
        />
        <Field
          label="Adresse électronique"
          type="email"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
          error={submit.field('email')}
        />
        <OrganisationAndRoles
          organisations={props.organisations}
          organisationId={form.organisationId}
          roles={form.roles}
          onChange={(v) => setForm({ ...form, ...v })}
          submit={submit}
        />
        {props.mailEnabled ? (
          <fieldset className="field">
            <legend>Mot de passe</legend>
            <label className="checkbox">
              <input type="radio" name="mode" checked={mode === 'invite'} onChange={() => setMode('invite')} /> La
              personne le choisit (invitation par courriel)
            </label>
            <label className="checkbox">
              <input type="radio" name="mode" checked={mode === 'password'} onChange={() => setMode('password')} /> Je
              saisis un mot de passe initial
            </label>
          </fieldset>
        ) : null}
        {invite ? null : (
          <Field
            label="Mot de passe initial"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={submit.field('password')}
          />
        )}
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? 'Enregistrement…' : invite ? 'Créer le compte et envoyer l’invitation' : 'Créer le compte'}
        </button>
      </form>
    </section>
  );
}

/** The administrator's edit of a person's name, organisation and roles. */
export function EditAccountForm(props: {
  user: UserSummary;
  organisations: Organisation[];
  onDone(message: string | null): void;
}) {
  const [form, setForm] = useState({
    displayName: props.user.displayName,
    organisationId: props.user.organisationId ?? '',
    roles: props.user.roles,
  });
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    let saved: UserSummary | null = null;
    await submit.run(async () => {
      saved = await api<UserSummary>('PATCH', `/api/users/${props.user.id}`, {
        displayName: form.displayName,
        organisationId: form.organisationId || null,
        roles: form.roles,
      });
      return null;
    });
    if (saved) props.onDone(`Compte de ${(saved as UserSummary).displayName} modifié.`);
  }

  return (
    <section aria-labelledby="titre-modifier-compte" className="panel">
      <h2 id="titre-modifier-compte" tabIndex={-1}>
        Modifier le compte de {props.user.displayName}
      </h2>
      <p>{props.user.email}</p>
      <ErrorMessage error={submit.error} />
      <form onSubmit={save} noValidate>
        <Field
          label="Nom et prénom"
          required
          value={form.displayName}
          onChange={(e) => setForm({ ...form, displayName: e.target.value })}
          error={submit.field('displayName')}
        />
        <OrganisationAndRoles
          organisations={props.organisations}
          organisationId={form.organisationId}
          roles={form.roles}
          onChange={(v) => setForm({ ...form, ...v })}
          submit={submit}
        />
        <button type="submit" className="button-primary" disabled={submit.busy}>
          {submit.busy ? 'Enregistrement…' : 'Enregistrer'}
        </button>{' '}
        <button type="button" onClick={() => props.onDone(null)}>
          Annuler
        </button>
      </form>
    </section>
  );
}
