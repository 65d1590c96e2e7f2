import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { energyClasses } from '../../../contracts/housing';
import { forecastStatusLabels, type ForecastOverview } from '../../../contracts/operations-progress';
import { api } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, TextAreaField } from '../../ui/Field';
import { formatEuros, formatNumber, toApiAmount, formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';

import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

const classes = [...energyClasses].reverse();
const money = (v: string | null | undefined) => (v ? formatEuros(v) : '—');

type Baseline = ForecastOverview['baseline'][number];
const rangeOf = (b: Baseline) => {
  const show = (v: string) => (b.unit === 'euros' ? formatEuros(v) : formatNumber(v));
  return b.low === b.high ? `environ ${show(b.low)}` : `de ${show(b.low)} à ${show(b.high)}`;
};
/** The forecast's distance to the convention's range, said in words next to the figure. */
function Gap({ gap }: { gap: number | null }) {
  if (gap === null || gap === 0) return null;
  return (
    <span className="hint">
      {' '}
      ({gap > 0 ? '+' : '−'}
      {formatNumber(Math.abs(gap))} par rapport à la référence)
    </span>
  );
}

/** The yearly volumes the convention announces, against which each forecast is read. */
function BaselineTable({ baseline }: { baseline: Baseline[] }) {
  if (baseline.length === 0) return null;
  return (
    <TableWrapper>
      <table>
        <caption>Volumes annuels de référence de la convention</caption>
        <thead>
          <tr>
            <th scope="col">Volume</th>
            <th scope="col">Référence par an</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {baseline.map((b) => (
            <tr key={b.measure}>
              <th scope="row">{b.label}</th>
              <td>{rangeOf(b)}</td>
              <td>{b.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}

/** The November forecast of each year, compared with what was voted and what was achieved. */
export function ForecastPage() {
  usePageTitle('Prévisionnel de novembre');
  const { id } = useParams();
  const { data, error, loading, reload } = useApi<ForecastOverview>(`/api/conventions/${id}/volume-forecasts`);
  return (
    <>
      <h1>Prévisionnel de novembre</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>Les volumes de l'année N sont transmis par l'office au plus tard le 30 novembre de l'année N−1.</p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <TableWrapper>
            <table>
              <caption>Prévu, voté et réalisé par année</caption>
              <thead>
                <tr>
                  <th scope="col">Année</th>
                  <th scope="col">Prévisionnel</th>
                  <th scope="col">Réhabilitations prévues / livrées</th>
                  <th scope="col">Maintenance prévue / livrée</th>
                  <th scope="col">Adaptations prévues / livrées</th>
                  <th scope="col">Investissement demandé / voté</th>
                  <th scope="col">Fonctionnement demandé / voté</th>
                  <th scope="col">Versé dans l'année</th>
                </tr>
              </thead>
              <tbody>
                {data.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>
                      {y.forecast
                        ? `${forecastStatusLabels[y.forecast.status]}${y.forecast.late ? ' (en retard)' : ''}, dû le ${formatDate(y.forecast.dueDate, '—')}`
                        : 'Non établi'}
                      {y.forecast?.reviewComment ? (
                        <span className="hint"> — Motif du Département : {y.forecast.reviewComment}</span>
                      ) : null}
                    </td>
                    <td>
                      {y.forecast?.renovations ?? '—'} / {y.achieved.renovations}
                    </td>
                    <td>
                      {y.forecast?.maintenanceDwellings ?? '—'} / {y.achieved.maintenanceDwellings}
                      <Gap gap={y.baselineGaps.maintenanceDwellings} />
                    </td>
                    <td>
                      {y.forecast?.adaptations ?? '—'} / {y.achieved.adaptations}
                      <Gap gap={y.baselineGaps.adaptations} />
                    </td>
                    <td>
                      {money(y.forecast?.investmentRequested)} / {money(y.voted.investment)}
                    </td>
                    <td>
                      {money(y.forecast?.operatingRequested)} / {money(y.voted.operating)}
                    </td>
                    <td>{formatEuros(y.achieved.paid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
          <BaselineTable baseline={data.baseline} />
          {data.can.review ? <ForecastReview overview={data} onDone={reload} /> : null}
          {data.can.write ? <ForecastForm overview={data} onSaved={reload} /> : null}
        </>
      ) : null}
    </>
  );
}

/** The form's fields for a year: its forecast when there is one, else empty. */
function fieldsOf(overview: ForecastOverview, year: string) {
  const f = overview.years.find((y) => String(y.year) === year)?.forecast;
  return {
    byClass: f
      ? Object.fromEntries(Object.entries(f.renovationsByClass).map(([k, v]) => [k, String(v)]))
      : ({} as Record<string, string>),
    values: f
      ? {
          maintenance: String(f.maintenanceDwellings),
          adaptations: String(f.adaptations),
          investment: f.investmentRequested.replace('.', ','),
          operating: f.operatingRequested.replace('.', ','),
          comment: f.comment ?? '',
        }
      : { maintenance: '', adaptations: '', investment: '', operating: '', comment: '' },
  };
}

function ForecastForm({ overview, onSaved }: { overview: ForecastOverview; onSaved: () => void }) {
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const existing = overview.years.find((y) => String(y.year) === year)?.forecast;
  const [byClass, setByClass] = useState<Record<string, string>>(() => fieldsOf(overview, year).byClass);
  const [values, setValues] = useState(() => fieldsOf(overview, year).values);
  const { busy, error, saved, run, field } = useSubmit();
  const submitted = existing?.status === 'submitted' || existing?.status === 'accepted';
  const reference = (measure: Baseline['measure']) => {
    const b = overview.baseline.find((x) => x.measure === measure);
    return b ? `Référence de la convention : ${rangeOf(b)} par an.` : undefined;
  };

  function choose(next: string) {
    setYear(next);
    const fields = fieldsOf(overview, next);
    setByClass(fields.byClass);
    setValues(fields.values);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('PUT', `/api/conventions/${overview.conventionId}/volume-forecasts/${year}`, {
        renovationsByClass: Object.fromEntries(
          Object.entries(byClass)
            .filter(([, v]) => v.trim() !== '')
            .map(([k, v]) => [k, Number(v)]),
        ),
        maintenanceDwellings: Number(values.maintenance || 0),
        adaptations: Number(values.adaptations || 0),
        investmentRequested: toApiAmount(values.investment || '0'),
        operatingRequested: toApiAmount(values.operating || '0'),
        comment: values.comment.trim() || null,
      });
      onSaved();
      return `Prévisionnel ${year} enregistré.`;
    });
  }

  async function submit() {
    await run(async () => {
      await api('POST', `/api/conventions/${overview.conventionId}/volume-forecasts/${year}/submit`);
      onSaved();
      return `Prévisionnel ${year} transmis au Département.`;
    });
  }

  return (
    <form className="panel" onSubmit={save} noValidate aria-labelledby="titre-saisie">
      <h2 id="titre-saisie">Établir un prévisionnel</h2>
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <Field
        label="Année"
        inputMode="numeric"
        value={year}
        onChange={(e) => choose(e.target.value.replace(/\D/g, '').slice(0, 4))}
      />
      {submitted ? (
        <p role="status">
          Le prévisionnel {year} est « {forecastStatusLabels[existing.status]} » : il ne se modifie plus.
        </p>
      ) : null}
      {existing?.status === 'returned' ? (
        <p role="status">
          Le Département a renvoyé le prévisionnel {year} : {existing.reviewComment}. Corrigez-le puis transmettez-le de
          nouveau.
        </p>
      ) : null}
      {!overview.can.submit ? <p>Le responsable de l'office transmet le prévisionnel au Département.</p> : null}
      <fieldset>
        <legend>Logements à réhabiliter, par classe actuelle</legend>
        <div className="inline-form">
          {classes.map((c) => (
            <Field
              key={c}
              label={`Classe ${c}`}
              inputMode="numeric"
              size={6}
              value={byClass[c] ?? ''}
              onChange={(e) => setByClass({ ...byClass, [c]: e.target.value })}
              error={field(`renovationsByClass.${c}`)}
            />
          ))}
        </div>
      </fieldset>
      <Field
        label="Logements en maintenance"
        inputMode="numeric"
        hint={reference('maintenance_dwellings')}
        value={values.maintenance}
        onChange={(e) => setValues({ ...values, maintenance: e.target.value })}
        error={field('maintenanceDwellings')}
      />
      <Field
        label="Adaptations de logements"
        inputMode="numeric"
        hint={reference('adaptations')}
        value={values.adaptations}
        onChange={(e) => setValues({ ...values, adaptations: e.target.value })}
        error={field('adaptations')}
      />
      <Field
        label="Montant demandé en investissement (€)"
        value={values.investment}
        onChange={(e) => setValues({ ...values, investment: e.target.value })}
        error={field('investmentRequested')}
      />
      <Field
        label="Montant demandé en fonctionnement (€)"
        value={values.operating}
        onChange={(e) => setValues({ ...values, operating: e.target.value })}
        error={field('operatingRequested')}
      />
      <TextAreaField
        label="Commentaire"
        value={values.comment}
        onChange={(e) => setValues({ ...values, comment: e.target.value })}
      />
      <div className="button-row">
        <button type="submit" disabled={busy || submitted}>
          Enregistrer le prévisionnel
        </button>
        {overview.can.submit ? (
          <button
            type="button"
            className="button-primary"
            disabled={busy || submitted || !existing}
            onClick={() => void submit()}
          >
            Transmettre au Département
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The Département's coordinator accepts each transmitted forecast or returns it with a reason. */
function ForecastReview({ overview, onDone }: { overview: ForecastOverview; onDone: () => void }) {
  const pending = overview.years.filter((y) => y.forecast?.status === 'submitted');
  const [reason, setReason] = useState<Record<number, string>>({});
  const { busy, error, saved, run, field } = useSubmit();

  async function review(year: number, action: 'accept' | 'return') {
    await run(async () => {
      await api('POST', `/api/conventions/${overview.conventionId}/volume-forecasts/${year}/review`, {
        action,
        comment: reason[year]?.trim() || null,
      });
      onDone();
      return action === 'accept' ? `Prévisionnel ${year} accepté.` : `Prévisionnel ${year} renvoyé à l'office.`;
    });
  }

  return (
    <section className="panel" aria-labelledby="titre-instruction">
      <h2 id="titre-instruction">Instruire les prévisionnels transmis</h2>
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      {pending.length === 0 ? <p>Aucun prévisionnel transmis n'attend votre décision.</p> : null}
      {pending.map((y) => (
        <div key={y.year}>
          <h3>Prévisionnel {y.year}</h3>
          <TextAreaField
            label={`Motif du renvoi du prévisionnel ${y.year}`}
            hint="Obligatoire pour renvoyer le prévisionnel à l'office."
            value={reason[y.year] ?? ''}
            onChange={(e) => setReason({ ...reason, [y.year]: e.target.value })}
            error={field('comment')}
          />
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={busy}
              onClick={() => void review(y.year, 'accept')}
            >
              Accepter le prévisionnel {y.year}
            </button>
            <button type="button" disabled={busy} onClick={() => void review(y.year, 'return')}>
              Renvoyer le prévisionnel {y.year} à l'office
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
