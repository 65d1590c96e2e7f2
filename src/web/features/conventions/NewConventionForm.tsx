import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Organisation } from '../../../contracts/conventions';
import { api, ApiError } from '../../app/api';
import { ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';

/** The administrator sets up another convention (the same Département with another landlord, say). */
export function NewConventionForm() {
  const organisations = useApi<Organisation[]>('/api/organisations');
  const navigate = useNavigate();
  const departments = (organisations.data ?? []).filter((o) => o.kind === 'department');
  const landlords = (organisations.data ?? []).filter((o) => o.kind === 'landlord');
  const [form, setForm] = useState({
    title: '',
    periodStart: '',
    periodEnd: '',
    jurisdiction: 'Tribunal administratif de Lille',
    departmentId: '',
    landlordId: '',
  });
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const { id } = await api<{ id: string }>('POST', '/api/conventions', {
        ...form,
        departmentId: form.departmentId || departments[0]?.id,
        landlordId: form.landlordId || landlords[0]?.id,
      });
      navigate(`/conventions/${id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <section className="panel" aria-labelledby="titre-nouvelle-convention">
      <h2 id="titre-nouvelle-convention">Nouvelle convention</h2>
      <ErrorMessage error={error ?? organisations.error} />
      <form onSubmit={submit} noValidate>
        <Field label="Titre" required value={form.title} onChange={set('title')} error={error?.fieldMessage('title')} />
        <SelectField
          label="Département"
          required
          value={form.departmentId}
          onChange={set('departmentId')}
          options={departments.map((o) => ({ value: o.id, label: o.name }))}
          error={error?.fieldMessage('departmentId')}
        />
        <SelectField
          label="Bailleur"
          required
          value={form.landlordId}
          onChange={set('landlordId')}
          options={landlords.map((o) => ({ value: o.id, label: o.name }))}
          error={error?.fieldMessage('landlordId')}
        />
        <Field
          label="Début"
          type="date"
          required
          value={form.periodStart}
          onChange={set('periodStart')}
          error={error?.fieldMessage('periodStart')}
        />
        <Field
          label="Fin"
          type="date"
          required
          value={form.periodEnd}
          onChange={set('periodEnd')}
          error={error?.fieldMessage('periodEnd')}
        />
        <Field
          label="Juridiction compétente"
          required
          value={form.jurisdiction}
          onChange={set('jurisdiction')}
          error={error?.fieldMessage('jurisdiction')}
        />
        <button type="submit" className="button-primary">
          Créer la convention
        </button>
      </form>
    </section>
  );
}
