import { Link, Navigate } from 'react-router';
import type { StockListItem } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { DemoBadge, plural } from './housing-ui';

/** The stocks the user may see: their landlord's, those of their conventions' landlords, or all for the administrator. */
export function StocksPage() {
  usePageTitle('Patrimoine');
  const { data, error, loading } = useApi<StockListItem[]>('/api/stocks');
  // One stock only (the usual case for a landlord or a Département): open it directly.
  if (data && data.length === 1) return <Navigate to={`/patrimoine/${data[0]!.organisationId}`} replace />;
  return (
    <>
      <h1>Patrimoine</h1>
      <p>
        Le patrimoine de logements des bailleurs, ses étiquettes DPE et sa trajectoire au regard du calendrier légal
        d'interdiction de location.
      </p>
      {loading ? <Loading /> : null}
      <ErrorMessage error={error} />
      {data && data.length === 0 ? (
        <p>Aucun patrimoine de bailleur ne concerne votre organisation pour le moment.</p>
      ) : null}
      {data && data.length > 0 ? (
        <ul className="cards">
          {data.map((s) => (
            <li key={s.organisationId} className="card">
              <h2>
                <Link to={`/patrimoine/${s.organisationId}`}>{s.name}</Link>
              </h2>
              <p>
                {plural(s.dwellings, 'logement')} <DemoBadge show={s.isDemo} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/patrimoine/calendrier-legal">Calendrier légal d'interdiction de location</Link>
      </p>
    </>
  );
}
