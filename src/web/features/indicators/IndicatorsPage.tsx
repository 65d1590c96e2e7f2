import { Link, useParams, useSearchParams } from 'react-router';
import { indicatorPartyLabels, type IndicatorsOverview, type IndicatorView } from '../../../contracts/indicators';
import { ConventionNav } from '../conventions/ConventionNav';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatFigure, TargetBadge } from './format';
import { TableWrapper } from '../../ui/TableWrapper';

/** The convention's indicators, objective by objective: target and value of the chosen year, where it stands. */
export function IndicatorsPage() {
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const year = params.get('annee');
  const { data, error, loading } = useApi<IndicatorsOverview>(
    `/api/conventions/${id}/indicators${year ? `?year=${year}` : ''}`,
  );
  usePageTitle('Indicateurs');
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  const years = data.indicators[0]?.years.map((y) => y.year) ?? [data.year];
  const objectives = [...new Map(data.indicators.map((i) => [i.objective.id, i.objective])).values()];
  return (
    <article>
      <ConventionNav id={data.conventionId} />
      <h1>Indicateurs</h1>
      <p>
        Les indicateurs de la convention, rattachés à ses objectifs. Les indicateurs calculés le sont par Copil à partir
        du patrimoine, des opérations et des finances ; les autres sont saisis par la partie responsable.{' '}
        <a href={`/api/conventions/${data.conventionId}/exports/indicateurs.xlsx`} download>
          Télécharger le tableau des indicateurs (xlsx)
        </a>
      </p>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Année affichée"
          value={String(data.year)}
          onChange={(e) => setParams({ annee: e.target.value })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </form>
      {objectives.map((o) => (
        <section key={o.id} aria-labelledby={`objectif-${o.code}`}>
          <h2 id={`objectif-${o.code}`}>
            Objectif {o.code}. {o.title}
          </h2>
          <IndicatorTable
            year={data.year}
            indicators={data.indicators.filter((i) => i.objective.id === o.id)}
            caption={`Indicateurs de l'objectif ${o.code} en ${data.year}`}
          />
        </section>
      ))}
    </article>
  );
}

function IndicatorTable({ year, indicators, caption }: { year: number; indicators: IndicatorView[]; caption: string }) {
  return (
    <TableWrapper>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Indicateur</th>
            <th scope="col">Responsable</th>
            <th scope="col">Cible {year}</th>
            <th scope="col">Valeur {year}</th>
            <th scope="col">Situation</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => {
            const y = i.years.find((row) => row.year === year);
            return (
              <tr key={i.id}>
                <td>{i.code}</td>
                <th scope="row">
                  <Link to={`/indicateurs/${i.id}`}>{i.label}</Link>
                  {i.computation ? <span className="muted"> (calculé)</span> : null}
                </th>
                <td>{indicatorPartyLabels[i.responsibleParty]}</td>
                <td>{formatFigure(y?.target ?? null, i.unit)}</td>
                <td>{formatFigure(y?.value ?? null, i.unit)}</td>
                <td>
                  <TargetBadge status={y?.status ?? 'no_value'} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrapper>
  );
}
