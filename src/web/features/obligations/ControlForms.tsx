import { useState, type FormEvent } from 'react';
import { todayInParis } from '../../../contracts/dates';
import { api, ApiError, downloadFile, saveDownload, uploadFile } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, TextAreaField } from '../../ui/Field';

/** The evidence bundle as of a chosen day: a zip generated on the server, saved by the browser. */
export function EvidenceBundleForm({ conventionId }: { conventionId: string }) {
  const [asOf, setAsOf] = useState(todayInParis());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      const { blob, filename } = await downloadFile(
        `/api/conventions/${conventionId}/evidence-bundle.zip?asOf=${encodeURIComponent(asOf)}`,
      );
      saveDownload(blob, filename);
      setDone(`Dossier prêt : ${filename}.`);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="dossier-preuves" className="panel">
      <h2 id="dossier-preuves">Dossier de preuves</h2>
      <p>
        Une archive ZIP : la convention telle que modifiée à la date choisie, les délibérations et leurs extraits, les
        conventions financières, les demandes de versement et leurs pièces, les tableaux d’avancement, les missions de
        contrôle, le journal d’audit (CSV) et la vérification de sa chaîne d’empreintes, avec un manifeste des
        empreintes SHA-256 de chaque fichier.
      </p>
      <ErrorMessage error={error} />
      <Field
        label="Situation au"
        type="date"
        required
        value={asOf}
        max={todayInParis()}
        onChange={(e) => setAsOf(e.target.value)}
        error={error?.fieldMessage('asOf')}
      />
      <div aria-live="polite">
        {busy ? <p role="status">Préparation du dossier de preuves en cours…</p> : null}
        {done ? <StatusMessage>{done}</StatusMessage> : null}
      </div>
      <button type="submit" disabled={busy || asOf === ''} aria-busy={busy}>
        {busy ? 'Préparation…' : 'Télécharger le dossier de preuves'}
      </button>
    </form>
  );
}

/** The Département's coordination records a mission: dates, controller, scope, findings, follow-up, report. */
export function NewControlForm({ conventionId, onSaved }: { conventionId: string; onSaved(): void }) {
  const empty = { startedOn: '', endedOn: '', controller: '', scope: '', findings: '', followUp: '' };
  const [values, setValues] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (field: keyof typeof empty) => (e: { target: { value: string } }) =>
    setValues({ ...values, [field]: e.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    try {
      const documentIds = file
        ? [(await uploadFile<{ id: string }>(`/api/conventions/${conventionId}/documents`, file)).id]
        : [];
      await api('POST', `/api/conventions/${conventionId}/controls`, {
        startedOn: values.startedOn,
        endedOn: values.endedOn || null,
        controller: values.controller,
        scope: values.scope,
        findings: values.findings || null,
        followUp: values.followUp || null,
        documentIds,
      });
      setError(null);
      setValues(empty);
      setFile(null);
      form.reset(); // clears the file input, which React does not control
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="nouvelle-mission">
      <h2 id="nouvelle-mission">Enregistrer une mission de contrôle</h2>
      <ErrorMessage error={error} />
      <Field
        label="Début"
        type="date"
        required
        value={values.startedOn}
        onChange={set('startedOn')}
        error={error?.fieldMessage('startedOn')}
      />
      <Field
        label="Fin"
        type="date"
        value={values.endedOn}
        onChange={set('endedOn')}
        error={error?.fieldMessage('endedOn')}
      />
      <Field
        label="Contrôleur"
        required
        value={values.controller}
        onChange={set('controller')}
        error={error?.fieldMessage('controller')}
      />
      <TextAreaField
        label="Périmètre"
        required
        value={values.scope}
        onChange={set('scope')}
        error={error?.fieldMessage('scope')}
      />
      <TextAreaField
        label="Constats"
        value={values.findings}
        onChange={set('findings')}
        error={error?.fieldMessage('findings')}
      />
      <TextAreaField
        label="Suites données"
        value={values.followUp}
        onChange={set('followUp')}
        error={error?.fieldMessage('followUp')}
      />
      <Field
        label="Rapport (facultatif)"
        type="file"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        error={error?.fieldMessage('documentIds')}
      />
      <button type="submit" disabled={busy}>
        Enregistrer la mission
      </button>
    </form>
  );
}
