import { useState, type FormEvent } from 'react';
import {
  territories,
  territoryLabels,
  type CalendarVersionView,
  type CreateCalendarVersionBody,
  type DeadlineView,
  type Territory,
} from '../../../contracts/housing';
import { api, ApiError } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';

type BannedClass = CreateCalendarVersionBody['deadlines'][number]['bannedClass'];
interface Row {
  key: number;
  territory: Territory;
  bannedClass: BannedClass;
  effectiveFrom: string;
}
const bannable: BannedClass[] = ['G', 'F', 'E', 'D', 'C', 'B'];
let nextKey = 1;

/** The administrator adds a dated version of the calendar: label, legal texts, in-force date and the deadlines per territory. */
export function CalendarForm({ initial, onSaved }: { initial: DeadlineView[]; onSaved(): void }) {
  const fresh = () =>
    initial.map((d) => ({
      key: nextKey++,
      territory: d.territory,
      bannedClass: d.bannedClass as BannedClass,
      effectiveFrom: d.effectiveFrom,
    }));
  const [label, setLabel] = useState('');
  const [legalReference, setLegalReference] = useState('');
  const [inForceFrom, setInForceFrom] = useState('');
  const [rows, setRows] = useState<Row[]>(fresh);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const field = (name: string) => error?.fieldMessage(name);
  const update = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const body: CreateCalendarVersionBody = {
        label,
        legalReference,
        inForceFrom,
        deadlines: rows.map(({ territory, bannedClass, effectiveFrom }) => ({ territory, bannedClass, effectiveFrom })),
      };
      const created = await api<CalendarVersionView>('POST', '/api/letting-ban-calendars', body);
      setSaved(`Version « ${created.label} » ajoutée : en vigueur à partir du ${formatDate(created.inForceFrom)}.`);
      setLabel('');
      setLegalReference('');
      setInForceFrom('');
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="titre-nouvelle-version" className="panel">
      <h2 id="titre-nouvelle-version">Ajouter une version du calendrier</h2>
      <p>
        Réservé à l'administrateur. La nouvelle version s'applique à partir de sa date d'entrée en vigueur ; les
        versions précédentes restent consultables.
      </p>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} aria-labelledby="titre-nouvelle-version" noValidate>
        <Field
          label="Libellé"
          required
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          error={field('label')}
        />
        <TextAreaField
          label="Textes (loi, décret)"
          required
          value={legalReference}
          onChange={(e) => setLegalReference(e.target.value)}
          error={field('legalReference')}
        />
        <Field
          label="Date d'entrée en vigueur"
          type="date"
          required
          value={inForceFrom}
          onChange={(e) => setInForceFrom(e.target.value)}
          error={field('inForceFrom')}
        />
        <fieldset className="radio-group deadlines-group">
          <legend>Échéances</legend>
          {field('deadlines') ? <p className="field-error">{field('deadlines')}</p> : null}
          <ol className="deadline-rows">
            {rows.map((r, i) => (
              <li key={r.key} aria-label={`Échéance ${i + 1}`}>
                <SelectField
                  label={`Territoire (échéance ${i + 1})`}
                  value={r.territory}
                  onChange={(e) => update(r.key, { territory: e.target.value as Territory })}
                  options={territories.map((t) => ({ value: t, label: territoryLabels[t] }))}
                  error={field(`deadlines.${i}.territory`)}
                />
                <SelectField
                  label={`Classe interdite (échéance ${i + 1})`}
                  value={r.bannedClass}
                  onChange={(e) => update(r.key, { bannedClass: e.target.value as BannedClass })}
                  options={bannable.map((c) => ({ value: c, label: `${c} (et les classes moins bonnes)` }))}
                  error={field(`deadlines.${i}.bannedClass`)}
                />
                <Field
                  label={`À partir du (échéance ${i + 1})`}
                  type="date"
                  value={r.effectiveFrom}
                  onChange={(e) => update(r.key, { effectiveFrom: e.target.value })}
                  error={field(`deadlines.${i}.effectiveFrom`)}
                />
                <button type="button" onClick={() => setRows(rows.filter((x) => x.key !== r.key))}>
                  Retirer l'échéance {i + 1}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              setRows([...rows, { key: nextKey++, territory: 'mainland', bannedClass: 'D', effectiveFrom: '' }])
            }
          >
            Ajouter une échéance
          </button>
        </fieldset>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Ajouter la version'}
        </button>
      </form>
    </section>
  );
}
