import { Link } from 'react-router';
import { conventionStatusLabels, type ConventionSummary } from '../../../contracts/conventions';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { NewConventionForm } from './NewConventionForm';

export function ConventionsPage() {
  usePageTitle('Conventions');
  const { data, error, loading } = useApi<ConventionSummary[]>('/api/conventions');
  const { user } = useSession();
  return (
    <>
      <h1>Conventions</h1>
      {loading ? <Loading /> : null}
      <ErrorMessage error={error} />
      {data && data.length === 0 ? <p>Aucune convention ne concerne votre organisation pour le moment.</p> : null}
      {data && data.length > 0 ? (
        <ul className="cards">
          {data.map((c) => (
            <li key={c.id} className="card">
              <h2>
                <Link to={`/conventions/${c.id}`}>{c.title}</Link>
              </h2>
              <p>
                Du {formatDate(c.periodStart)} au {formatDate(c.periodEnd)} · <StatusBadge status={c.status} />
              </p>
              <p>Parties : {c.parties.map((p) => p.name).join(' et ')}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {user?.roles.includes('admin') ? <NewConventionForm /> : null}
    </>
  );
}

export function StatusBadge({ status }: { status: ConventionSummary['status'] }) {
  return <span className={`badge badge-${status}`}>{conventionStatusLabels[status]}</span>;
}
