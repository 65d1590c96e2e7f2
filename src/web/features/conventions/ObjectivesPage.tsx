import { SelectField } from '../../ui/Field';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  commitmentPartyLabels,
  commitmentStatusLabels,
  commitmentStatuses,
  type AxisNode,
  type CommitmentNode,
  type ObjectivesTree,
} from '../../../contracts/convention-content';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from './ConventionNav';

/** The objectives tree: 4 objectives → axes → commitments, with the status of each for one year. */
export function ObjectivesPage() {
  usePageTitle('Objectifs et engagements');
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const year = params.get('annee');
  const { data, error, loading } = useApi<ObjectivesTree>(
    `/api/conventions/${id}/objectives${year ? `?year=${year}` : ''}`,
  );
  const [party, setParty] = useState('');
  const [status, setStatus] = useState('');

  const keep = (c: CommitmentNode) =>
    (!party || c.party === party) && (!status || (status === 'none' ? c.status === null : c.status?.status === status));
  const visibleAxes = (axes: AxisNode[]) =>
    axes.map((a) => ({ ...a, commitments: a.commitments.filter(keep) })).filter((a) => a.commitments.length > 0);
  const shown = data
    ? [...data.objectives.flatMap((o) => o.axes), ...data.partnerCommitments].flatMap((a) => a.commitments).filter(keep)
        .length
    : 0;

  return (
    <>
      <h1>Objectifs et engagements</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <form className="filters" aria-label="Filtrer les engagements" onSubmit={(e) => e.preventDefault()}>
            <SelectField
              label="Année"
              value={String(data.year)}
              onChange={(e) => setParams({ annee: e.target.value })}
              options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
            />
            <SelectField
              label="Partie responsable"
              value={party}
              onChange={(e) => setParty(e.target.value)}
              options={[
                { value: '', label: 'Toutes' },
                ...Object.entries(commitmentPartyLabels).map(([value, label]) => ({ value, label })),
              ]}
            />
            <SelectField
              label="État"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              options={[
                { value: '', label: 'Tous' },
                { value: 'none', label: 'Non renseigné' },
                ...commitmentStatuses.map((s) => ({ value: s, label: commitmentStatusLabels[s] })),
              ]}
            />
          </form>
          <p role="status">
            {shown} engagement{shown > 1 ? 's' : ''} affiché{shown > 1 ? 's' : ''} pour {data.year}
          </p>
          {data.objectives.map((o) => {
            const axes = visibleAxes(o.axes);
            if (axes.length === 0) return null;
            return (
              <section key={o.id} aria-labelledby={`objectif-${o.code}`} className="objective">
                <h2 id={`objectif-${o.code}`}>
                  Objectif {o.code} : {o.title}
                </h2>
                {axes.map((a) => (
                  <Axis key={a.id} axis={a} year={data.year} />
                ))}
              </section>
            );
          })}
          {visibleAxes(data.partnerCommitments).length > 0 ? (
            <section aria-labelledby="engagements-article-3" className="objective">
              <h2 id="engagements-article-3">Engagements des partenaires (article 3)</h2>
              {visibleAxes(data.partnerCommitments).map((a) => (
                <Axis key={a.id} axis={a} year={data.year} />
              ))}
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function Axis({ axis, year }: { axis: AxisNode; year: number }) {
  return (
    <div className="axis">
      <h3>
        {axis.code} {axis.title}
      </h3>
      <ul className="commitments">
        {axis.commitments.map((c) => (
          <li key={c.id}>
            <Link to={`/engagements/${c.id}?annee=${year}`}>
              <span className="code">{c.code}</span> {c.text}
            </Link>
            <span className="commitment-meta">
              {commitmentPartyLabels[c.party]} · <StatusBadge status={c.status?.status ?? null} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StatusBadge({ status }: { status: keyof typeof commitmentStatusLabels | null }) {
  return (
    <span className={`badge badge-c-${status ?? 'none'}`}>
      {status ? commitmentStatusLabels[status] : 'Non renseigné'}
    </span>
  );
}
