import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { BodySummary } from '../../../contracts/governance';
import type { DecisionView } from '../../../contracts/governance-sessions';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { bodySideLabels } from './governance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

/** The decisions of every body of a convention, their open-data export, and one matter seen across bodies. */
export function DecisionsPage() {
  usePageTitle('Délibérations');
  const { id } = useParams();
  const bodies = useApi<BodySummary[]>(`/api/conventions/${id}/bodies`);
  const [bodyId, setBodyId] = useState('');
  const [year, setYear] = useState('');
  const query = new URLSearchParams({ ...(bodyId ? { bodyId } : {}), ...(year ? { year } : {}) }).toString();
  const all = useApi<DecisionView[]>(`/api/conventions/${id}/decisions`);
  const decisions = (all.data ?? []).filter(
    (d) => (!bodyId || d.body.id === bodyId) && (!year || String(d.year) === year),
  );
  const years = [...new Set((all.data ?? []).map((d) => d.year))].sort();
  return (
    <>
      <h1>Délibérations</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={all.error} />
      <form className="filters" aria-label="Filtrer les délibérations" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Instance"
          value={bodyId}
          onChange={(e) => setBodyId(e.target.value)}
          options={[
            { value: '', label: 'Toutes' },
            ...(bodies.data ?? []).filter((b) => b.rules.deliberative).map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
        <SelectField
          label="Année"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          options={[{ value: '', label: 'Toutes' }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
      </form>
      <p>
        <a href={`/api/conventions/${id}/exports/scdl-deliberations.csv${query ? `?${query}` : ''}`} download>
          Exporter en données ouvertes (SCDL « délibérations », CSV)
        </a>
      </p>
      {all.loading && !all.data ? <Loading /> : null}
      {all.data && decisions.length === 0 ? <p>Aucune délibération.</p> : null}
      {decisions.length > 0 ? (
        <TableWrapper>
          <table>
            <caption className="visually-hidden">Délibérations des instances de la convention</caption>
            <thead>
              <tr>
                <th scope="col">Numéro</th>
                <th scope="col">Date</th>
                <th scope="col">Instance</th>
                <th scope="col">Objet</th>
                <th scope="col">Résultat</th>
                <th scope="col">Transmission</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link to={`/deliberations/${d.id}`}>{d.reference}</Link>
                  </th>
                  <td>{formatDate(d.decidedOn)}</td>
                  <td>{d.body.name}</td>
                  <td>{d.title}</td>
                  <td>{d.outcome.wording}</td>
                  <td>{formatDate(d.transmittedOn, 'non transmise')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}
      {all.data ? <CrossBodyView decisions={all.data} /> : null}
    </>
  );
}

/**
 * One matter (a convention, an allocation, a funding agreement…) and every decision about it, by
 * side: the office's board and the Département's assembly each decide their part.
 */
function CrossBodyView({ decisions }: { decisions: DecisionView[] }) {
  const targets = new Map<string, string>();
  for (const d of decisions) for (const l of d.links) targets.set(`${l.targetType}:${l.targetId}`, l.label);
  const [chosen, setChosen] = useState('');
  const key = chosen || [...targets.keys()][0] || '';
  if (targets.size === 0) return null;
  const about = decisions.filter((d) => d.links.some((l) => `${l.targetType}:${l.targetId}` === key));
  const sides = (['landlord', 'department', 'joint'] as const).filter((s) => about.some((d) => d.body.side === s));
  return (
    <section aria-labelledby="titre-transversal" className="panel">
      <h2 id="titre-transversal">Un même objet, toutes instances</h2>
      <SelectField
        label="Objet"
        value={key}
        onChange={(e) => setChosen(e.target.value)}
        options={[...targets].map(([value, label]) => ({ value, label }))}
      />
      {sides.map((side) => (
        <div key={side}>
          <h3>{bodySideLabels[side]}</h3>
          <ul>
            {about
              .filter((d) => d.body.side === side)
              .map((d) => (
                <li key={d.id}>
                  {d.body.name}, {formatDate(d.decidedOn)} : <Link to={`/deliberations/${d.id}`}>{d.reference}</Link> —{' '}
                  {d.title} —{' '}
                  {d.links.find((l) => `${l.targetType}:${l.targetId}` === key)?.relation === 'takes_note'
                    ? 'prend acte'
                    : 'décide'}{' '}
                  — {d.outcome.wording}
                </li>
              ))}
          </ul>
        </div>
      ))}
      {(['landlord', 'department'] as const)
        .filter((s) => !sides.includes(s))
        .map((s) => (
          <p key={s} className="muted">
            {bodySideLabels[s]} : aucune délibération enregistrée sur cet objet.
          </p>
        ))}
    </section>
  );
}
