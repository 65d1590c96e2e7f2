import { useState, type FormEvent } from 'react';
import { organisationKindLabels, type Organisation } from '../../../contracts/conventions';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatSiret } from '../../../contracts/siret';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { TableWrapper } from '../../ui/TableWrapper';

const empty = { name: '', kind: 'landlord' as Organisation['kind'], siret: '', address: '' };

/** Organisations (Départements, landlords, control bodies), created by the administrator with a checked SIRET. */
export function OrganisationsPage() {
  usePageTitle('Organisations');
  const { data, error, loading, reload } = useApi<Organisation[]>('/api/organisations');
  const [form, setForm] = useState(empty);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setSaveError(null);
    setSaved(null);
    try {
      const created = await api<Organisation>('POST', '/api/organisations', { ...form, address: form.address || null });
      setSaved(`Organisation « ${created.name} » créée.`);
      setForm(empty);
      reload();
    } catch (e) {
      setSaveError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>Organisations</h1>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <TableWrapper>
          <table>
            <caption>Organisations enregistrées ({data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Type</th>
                <th scope="col">SIRET</th>
                <th scope="col">Adresse</th>
              </tr>
            </thead>
            <tbody>
              {data.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{organisationKindLabels[o.kind]}</td>
                  <td>{formatSiret(o.siret)}</td>
                  <td>{o.address ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}

      <section aria-labelledby="titre-nouvelle-organisation" className="panel">
        <h2 id="titre-nouvelle-organisation">Nouvelle organisation</h2>
        {saved ? <StatusMessage>{saved}</StatusMessage> : null}
        <ErrorMessage error={saveError} />
        <form onSubmit={submit} noValidate>
          <Field
            label="Nom"
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            error={saveError?.fieldMessage('name')}
          />
          <SelectField
            label="Type"
            required
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value as Organisation['kind'] })}
            options={Object.entries(organisationKindLabels).map(([value, label]) => ({ value, label }))}
            error={saveError?.fieldMessage('kind')}
          />
          <Field
            label="SIRET"
            hint="14 chiffres, espaces acceptés (ex. 344 077 672 00022)"
            required
            inputMode="numeric"
            value={form.siret}
            onChange={(e) => setForm({ ...form, siret: e.target.value })}
            error={saveError?.fieldMessage('siret')}
          />
          <Field
            label="Adresse du siège"
            value={form.address}
            onChange={(e) => setForm({ ...form, address: e.target.value })}
            error={saveError?.fieldMessage('address')}
          />
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? 'Enregistrement…' : "Créer l'organisation"}
          </button>
        </form>
      </section>
    </>
  );
}
