import { useState, type FormEvent } from 'react';
import { operationStatuses, operationStatusLabels } from '../../../contracts/operations';
import type { ProgressTableView } from '../../../contracts/operations-progress';
import { api, ApiError, uploadFile } from '../../app/api';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { toApiAmount } from '../../../contracts/format';

import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

type Row = {
  operationId: string;
  label: string;
  status: string;
  percentComplete: string;
  startActualOn: string;
  deliveryActualOn: string;
  spent: string;
  officeComment: string;
};

const rowsOf = (t: ProgressTableView): Row[] =>
  t.rows.map((r) => ({
    operationId: r.operationId,
    label: `${r.reference} — ${r.label}`,
    status: r.status,
    percentComplete: String(r.percentComplete),
    startActualOn: r.startActualOn ?? '',
    deliveryActualOn: r.deliveryActualOn ?? '',
    spent: r.spent ? r.spent.replace('.', ',') : '',
    officeComment: r.officeComment ?? '',
  }));

/** The office fills its table in the page, or by the xlsx round trip (download, edit, upload). */
export function ProgressRowsEditor({
  table,
  onSaved,
}: {
  table: ProgressTableView;
  onSaved: (t: ProgressTableView) => void;
}) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(table));
  const [file, setFile] = useState<File | null>(null);
  const save = useSubmit();
  const upload = useSubmit();
  const set = (i: number, key: keyof Row, value: string) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, [key]: value } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save.run(async () => {
      const body = {
        rows: rows.map((r) => ({
          operationId: r.operationId,
          status: r.status,
          percentComplete: Number(r.percentComplete),
          startActualOn: r.startActualOn || null,
          deliveryActualOn: r.deliveryActualOn || null,
          spent: r.spent.trim() ? toApiAmount(r.spent) : null,
          officeComment: r.officeComment.trim() || null,
        })),
      };
      const saved = await api<ProgressTableView>('PUT', `/api/progress-tables/${table.id}/rows`, body);
      onSaved(saved);
      return 'Lignes enregistrées.';
    });
  }

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      upload.setError(
        new ApiError({
          type: 'about:blank',
          title: 'Fichier manquant',
          status: 0,
          code: 'VALIDATION_FAILED',
          detail: 'Choisissez le fichier xlsx à envoyer.',
        }),
      );
      return;
    }
    await upload.run(async () => {
      const saved = await uploadFile<ProgressTableView>(`/api/progress-tables/${table.id}/xlsx`, file);
      setRows(rowsOf(saved));
      onSaved(saved);
      return `Fichier « ${file.name} » importé : ${saved.rows.length} ligne(s) à jour.`;
    });
  }

  return (
    <>
      <section className="panel" aria-labelledby="titre-tableur">
        <h2 id="titre-tableur">Remplir avec un tableur</h2>
        <p>
          <a href={`/api/progress-tables/${table.id}/xlsx`} download>
            Télécharger le tableau (xlsx)
          </a>{' '}
          — la colonne « Identifiant » est protégée ; gardez les colonnes telles quelles.
        </p>
        <form onSubmit={send} noValidate aria-label="Envoyer le tableau modifié">
          <ErrorMessage error={upload.error} />
          {upload.saved ? <StatusMessage>{upload.saved}</StatusMessage> : null}
          <Field
            label="Tableau modifié (xlsx)"
            type="file"
            accept=".xlsx"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <button type="submit" disabled={upload.busy}>
            {upload.busy ? 'Envoi…' : 'Envoyer le fichier'}
          </button>
        </form>
      </section>
      <form onSubmit={submit} noValidate aria-label="Lignes du tableau" className="panel">
        <h2>Saisir dans la page</h2>
        <ErrorMessage error={save.error} />
        {save.saved ? <StatusMessage>{save.saved}</StatusMessage> : null}
        <TableWrapper>
          <table>
            <caption className="visually-hidden">Avancement des opérations</caption>
            <thead>
              <tr>
                <th scope="col">Opération</th>
                <th scope="col">État</th>
                <th scope="col">Avancement (%)</th>
                <th scope="col">Ordre de service</th>
                <th scope="col">Livraison</th>
                <th scope="col">Dépenses à date (€)</th>
                <th scope="col">Commentaire</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.operationId}>
                  <th scope="row">{r.label}</th>
                  <td>
                    <SelectField
                      label={<span className="visually-hidden">État de {r.label}</span>}
                      value={r.status}
                      onChange={(e) => set(i, 'status', e.target.value)}
                      options={operationStatuses.map((s) => ({ value: s, label: operationStatusLabels[s] }))}
                    />
                  </td>
                  <td>
                    <Field
                      label={<span className="visually-hidden">Avancement de {r.label}</span>}
                      inputMode="numeric"
                      size={4}
                      value={r.percentComplete}
                      onChange={(e) => set(i, 'percentComplete', e.target.value)}
                    />
                  </td>
                  <td>
                    <Field
                      label={<span className="visually-hidden">Ordre de service de {r.label}</span>}
                      type="date"
                      value={r.startActualOn}
                      onChange={(e) => set(i, 'startActualOn', e.target.value)}
                    />
                  </td>
                  <td>
                    <Field
                      label={<span className="visually-hidden">Livraison de {r.label}</span>}
                      type="date"
                      value={r.deliveryActualOn}
                      onChange={(e) => set(i, 'deliveryActualOn', e.target.value)}
                    />
                  </td>
                  <td>
                    <Field
                      label={<span className="visually-hidden">Dépenses de {r.label}</span>}
                      size={10}
                      value={r.spent}
                      onChange={(e) => set(i, 'spent', e.target.value)}
                    />
                  </td>
                  <td>
                    <Field
                      label={<span className="visually-hidden">Commentaire sur {r.label}</span>}
                      value={r.officeComment}
                      onChange={(e) => set(i, 'officeComment', e.target.value)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
        <button type="submit" className="button-primary" disabled={save.busy}>
          {save.busy ? 'Enregistrement…' : 'Enregistrer les lignes'}
        </button>
      </form>
    </>
  );
}
