import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { DocumentInfo } from '../../../contracts/convention-content';
import {
  indicatorComputationLabels,
  indicatorDirectionLabels,
  indicatorFrequencyLabels,
  indicatorPartyLabels,
  type IndicatorDetail,
} from '../../../contracts/indicators';
import { api, uploadFile } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, TextAreaField } from '../../ui/Field';
import { formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatFigure, TargetBadge } from './format';
import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

/** One indicator: how it is measured, targets and values year by year, entry form for its responsible party, history. */
export function IndicatorPage() {
  const { id } = useParams();
  const { data: i, error, loading, reload } = useApi<IndicatorDetail>(`/api/indicators/${id}`);
  usePageTitle(i ? `Indicateur ${i.code}` : 'Indicateur');
  if (loading && !i) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!i) return null;
  const shown = i.years.filter((y) => y.target !== null || y.value !== null);
  return (
    <article>
      <p>
        <Link to={`/conventions/${i.conventionId}/indicateurs`}>← Indicateurs</Link>
      </p>
      <h1>
        {i.code} — {i.label}
      </h1>
      <dl className="facts">
        <div>
          <dt>Objectif</dt>
          <dd>
            {i.objective.code}. {i.objective.title}
          </dd>
        </div>
        {i.axis ? (
          <div>
            <dt>Axe</dt>
            <dd>
              {i.axis.code} {i.axis.title}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Unité</dt>
          <dd>{i.unit}</dd>
        </div>
        <div>
          <dt>Sens</dt>
          <dd>{indicatorDirectionLabels[i.direction]}</dd>
        </div>
        <div>
          <dt>Fréquence</dt>
          <dd>{indicatorFrequencyLabels[i.frequency]}</dd>
        </div>
        <div>
          <dt>Partie responsable</dt>
          <dd>
            {indicatorPartyLabels[i.responsibleParty]}
            {i.responsibleService ? ` — ${i.responsibleService}` : ''}
          </dd>
        </div>
        <div>
          <dt>Mode de mesure</dt>
          <dd>{i.measurement}</dd>
        </div>
        <div>
          <dt>Origine des valeurs</dt>
          <dd>{i.computation ? indicatorComputationLabels[i.computation] : 'Saisies par la partie responsable'}</dd>
        </div>
      </dl>

      <section aria-labelledby="titre-annees">
        <h2 id="titre-annees">Cibles et valeurs par année</h2>
        {shown.length === 0 ? <p>Ni cible ni valeur pour le moment.</p> : null}
        {shown.length > 0 ? (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                Cible, valeur et situation de l'indicateur {i.code} par année
              </caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col">Cible</th>
                  <th scope="col">Valeur</th>
                  <th scope="col">Situation</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>
                      {formatFigure(y.target, i.unit)}
                      {y.targetComment ? <div className="muted">{y.targetComment}</div> : null}
                    </td>
                    <td>{formatFigure(y.value, i.unit)}</td>
                    <td>
                      <TargetBadge status={y.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        ) : null}
      </section>

      {i.canEnter ? (
        <ValueForm indicator={i} onSaved={reload} />
      ) : (
        <p className="muted">
          {i.computation
            ? 'Cet indicateur est calculé par Copil : il ne se saisit pas.'
            : `Les valeurs de cet indicateur sont saisies par ${i.responsibleParty === 'department' ? 'le Département' : "l'office"}.`}
        </p>
      )}

      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique">Historique des valeurs</h2>
        {i.history.length === 0 ? <p>Aucune valeur pour le moment.</p> : null}
        <ol className="history">
          {i.history.map((h, index) => (
            <li key={h.id ?? `${h.period}-${index}`}>
              {h.enteredAt ? `${formatDateTime(h.enteredAt)} — ` : null}
              {h.enteredBy} : {h.period}, <strong>{formatFigure(h.value, i.unit)}</strong>
              {h.comment ? <> — « {h.comment} »</> : null}
              {h.source ? <> — source : {h.source}</> : null}
              {h.evidenceDocument ? (
                <>
                  {' '}
                  — <a href={`/api/documents/${h.evidenceDocument.id}`}>{h.evidenceDocument.filename}</a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function ValueForm({ indicator, onSaved }: { indicator: IndicatorDetail; onSaved(): void }) {
  const [period, setPeriod] = useState(String(new Date().getFullYear() - 1));
  const [value, setValue] = useState('');
  const [comment, setComment] = useState('');
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, saved, run } = useSubmit();
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const document = file
        ? await uploadFile<DocumentInfo>(`/api/conventions/${indicator.conventionId}/documents`, file)
        : null;
      await api('POST', `/api/indicators/${indicator.id}/values`, {
        period,
        value: value.replace(/[\s\u00a0\u202f]/g, ''),
        comment: comment || null,
        source: source || null,
        evidenceDocumentId: document?.id ?? null,
      });
      setValue('');
      setComment('');
      setSource('');
      setFile(null);
      setFormKey((k) => k + 1);
      onSaved();
      return `Valeur ${period} enregistrée : ${formatFigure(value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'), indicator.unit)}.`;
    });
  }

  return (
    <section aria-labelledby="titre-saisir" className="panel">
      <h2 id="titre-saisir">Saisir une valeur</h2>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form key={formKey} onSubmit={submit} noValidate>
        <Field
          label="Période"
          required
          hint={
            indicator.frequency === 'yearly'
              ? 'Une année, par exemple 2024.'
              : 'Un semestre, par exemple 2024-S1 ou 2024-S2.'
          }
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          error={error?.fieldMessage('period')}
        />
        <Field
          label={`Valeur (${indicator.unit})`}
          required
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error?.fieldMessage('value')}
        />
        <TextAreaField
          label="Commentaire"
          rows={3}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={error?.fieldMessage('comment')}
        />
        <Field
          label="Source"
          hint="D'où vient le chiffre : tableau de suivi, rapport, extraction…"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          error={error?.fieldMessage('source')}
        />
        <Field
          label="Pièce justificative"
          type="file"
          hint="PDF, image, tableur ou document, 10 Mo au plus."
          accept=".pdf,.png,.jpg,.jpeg,.xlsx,.docx,.ods,.odt,.csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          error={error?.fieldMessage('file') ?? error?.fieldMessage('evidenceDocumentId')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer la valeur'}
        </button>
      </form>
    </section>
  );
}
