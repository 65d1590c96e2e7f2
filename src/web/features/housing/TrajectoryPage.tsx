import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { UNLOCATED_KEY, type TrajectoryDimension, type TrajectoryView } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate, formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { DemoNotice, ExportLinks, plural, StockHeading, StockNav, useStock } from './housing-ui';
import { DeadlineChart, deadlineRulesText, deadlineTitle, deadlineYear, paceText } from './trajectory-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const dimensionLabels: Record<TrajectoryDimension, string> = {
  commune: 'Commune',
  epci: 'EPCI',
  qpv: 'Quartier prioritaire (QPV)',
  constructionType: 'Type de construction',
};
const byLabels: Record<TrajectoryDimension, string> = {
  commune: 'par commune',
  epci: 'par EPCI',
  qpv: 'par QPV',
  constructionType: 'par type de construction',
};
const pace = (n: number | null) => (n === null ? '—' : formatNumber(n));

/**
 * The compliance trajectory: for each deadline of the legal calendar in force, the dwellings then
 * banned from letting, split into delivered / planned / not programmed, and the yearly pace
 * needed; then the same by commune, EPCI, QPV or construction type.
 */
export function TrajectoryPage() {
  const { id } = useParams();
  const { stock } = useStock(id);
  usePageTitle(stock ? `Trajectoire — ${stock.name}` : 'Trajectoire');
  const [query, setQuery] = useState({ by: 'epci' as TrajectoryDimension, asOf: '', date: '' });
  const [draft, setDraft] = useState(query);
  const params = new URLSearchParams({ by: query.by });
  if (query.asOf) params.set('asOf', query.asOf);
  const { data, error, loading } = useApi<TrajectoryView>(`/api/stocks/${id}/trajectory?${params}`);
  const max = Math.max(1, ...(data?.deadlines.map((d) => d.banned) ?? []));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft);
  };
  return (
    <>
      <StockHeading section="Trajectoire" stock={stock} />
      {id ? <StockNav id={id} /> : null}
      <ExportLinks
        base={`/api/stocks/${id}/exports/trajectory`}
        query={new URLSearchParams()}
        what="la trajectoire (échéances et découpages)"
      />
      <ErrorMessage error={error} />
      {loading && !data ? <Loading label="Calcul de la trajectoire…" /> : null}
      {data ? (
        <>
          <DemoNotice notice={data.demoNotice} />
          <p>
            Calculée au {formatDate(data.asOf)} selon le calendrier légal en vigueur :{' '}
            <Link to="/patrimoine/calendrier-legal">{data.calendar.label}</Link> (depuis le{' '}
            {formatDate(data.calendar.inForceFrom)}). {plural(data.dwellings, 'logement')}, dont{' '}
            {formatNumber(data.withoutDpe)} sans DPE (non comptés).
          </p>
          <h2>Par échéance</h2>
          <ul className="deadline-cards">
            {data.deadlines.map((d) => (
              <li key={d.date}>
                <section aria-labelledby={`echeance-${d.date}`}>
                  <h3 id={`echeance-${d.date}`}>{deadlineTitle(d)}</h3>
                  <DeadlineChart deadline={d} asOf={data.asOf} max={max} idPrefix={`motif-${d.date}`} />
                  <p className="pace">{paceText(d, data.asOf)}</p>
                </section>
              </li>
            ))}
          </ul>
          <TableWrapper>
            <table className="numbers">
              <caption>Logements interdits de location à chaque échéance</caption>
              <thead>
                <tr>
                  <th scope="col">Échéance</th>
                  <th scope="col">Classes interdites</th>
                  <th scope="col">Logements interdits</th>
                  <th scope="col">dont livrés</th>
                  <th scope="col">dont programmés</th>
                  <th scope="col">dont non programmés</th>
                  <th scope="col">Années restantes</th>
                  <th scope="col">Rythme annuel nécessaire</th>
                </tr>
              </thead>
              <tbody>
                {data.deadlines.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">
                      {deadlineYear(d)} ({formatDate(d.date)})
                    </th>
                    <td className="text">{deadlineRulesText(d)}</td>
                    <td>{formatNumber(d.banned)}</td>
                    <td>
                      {formatNumber(d.delivered)}
                      <CountedPart n={d.deliveredCounted} />
                    </td>
                    <td>
                      {formatNumber(d.planned)}
                      <CountedPart n={d.plannedCounted} />
                    </td>
                    <td>{formatNumber(d.notProgrammed)}</td>
                    <td>{d.passed ? 'échéance passée' : formatNumber(d.yearsLeft)}</td>
                    <td>{pace(d.requiredPacePerYear)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>

          <section aria-labelledby="titre-detail" className="panel">
            <h2 id="titre-detail">Détail</h2>
            <form className="inline-form" onSubmit={submit} aria-label="Choisir le détail">
              <SelectField
                label="Détail par"
                value={draft.by}
                onChange={(e) => setDraft({ ...draft, by: e.target.value as TrajectoryDimension })}
                options={Object.entries(dimensionLabels).map(([value, label]) => ({ value, label }))}
              />
              <SelectField
                label="Échéance"
                value={draft.date || (data.deadlines.at(-1)?.date ?? '')}
                onChange={(e) => setDraft({ ...draft, date: e.target.value })}
                options={data.deadlines.map((d) => ({
                  value: d.date,
                  label: `${deadlineYear(d)} — ${deadlineRulesText(d)}`,
                }))}
              />
              <Field
                label="Date de calcul"
                type="date"
                value={draft.asOf}
                onChange={(e) => setDraft({ ...draft, asOf: e.target.value })}
                error={error?.fieldMessage('asOf')}
              />
              <button type="submit" className="button-primary">
                Afficher
              </button>
            </form>
            {loading ? <Loading label="Calcul de la trajectoire…" /> : null}
            <Breakdown view={data} date={query.date || (data.deadlines.at(-1)?.date ?? '')} />
          </section>
        </>
      ) : null}
    </>
  );
}

function Breakdown({ view, date }: { view: TrajectoryView; date: string }) {
  const deadline = view.deadlines.find((d) => d.date === date);
  if (!view.breakdown || !deadline) return null;
  const rows = view.breakdown.rows
    .filter((r) => r.date === date)
    .sort((a, b) => b.banned - a.banned || a.label.localeCompare(b.label, 'fr'));
  const by = dimensionLabels[view.breakdown.by];
  return (
    <>
      <p role="status">
        {by} : {plural(rows.length, 'ligne')} pour l'échéance {deadlineYear(deadline)} (
        {plural(deadline.banned, 'logement interdit', 'logements interdits')}).
      </p>
      <TableWrapper>
        <table className="numbers">
          <caption>
            Échéance {deadlineYear(deadline)} ({deadlineRulesText(deadline)}) — {byLabels[view.breakdown.by]}
          </caption>
          <thead>
            <tr>
              <th scope="col">{by}</th>
              <th scope="col">Logements interdits</th>
              <th scope="col">dont livrés</th>
              <th scope="col">dont programmés</th>
              <th scope="col">dont non programmés</th>
              <th scope="col">Rythme annuel nécessaire</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key ?? 'aucun'}>
                <th scope="row">{view.breakdown?.by === 'commune' && r.key ? `${r.label} (${r.key})` : r.label}</th>
                <td>{formatNumber(r.banned)}</td>
                <td>
                  {formatNumber(r.delivered)}
                  <CountedPart n={r.deliveredCounted} />
                </td>
                <td>
                  {formatNumber(r.planned)}
                  <CountedPart n={r.plannedCounted} />
                </td>
                <td>{formatNumber(r.notProgrammed)}</td>
                <td>{pace(r.requiredPacePerYear)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrapper>
      {rows.some((r) => r.key === UNLOCATED_KEY) ? (
        <p className="hint">
          « Non localisés » : logements qu'une opération dénombre par classe sans qu'ils puissent être placés dans ce
          découpage (opération sans commune, ou détail par QPV ou par type). Ils sont déduits des non programmés de
          l'ensemble, d'où un nombre négatif sur cette ligne : les lignes s'additionnent au total de l'échéance.
        </p>
      ) : null}
    </>
  );
}

/** The part of a figure that comes from dwellings counted by class (not picked from the stock). */
function CountedPart({ n }: { n: number }) {
  return n > 0 ? <span className="counted-part"> (dont {formatNumber(n)} dénombrés par classe)</span> : null;
}
