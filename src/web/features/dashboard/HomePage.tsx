import type { ConventionSummary } from '../../../contracts/conventions';
import { ConventionsPage } from '../conventions/ConventionsPage';
import { useApi } from '../../ui/useApi';
import { ConventionDashboard } from './ConventionDashboard';

/**
 * The home page: the conventions the user may see (the list stays the first thing on the page),
 * then the dashboard of each convention that is not over (in force, signed, or awaiting its
 * signature, as the reference convention is until its signature is recorded).
 */
export function HomePage() {
  const { data } = useApi<ConventionSummary[]>('/api/conventions');
  const live = (data ?? []).filter((c) => c.status !== 'expired' && c.status !== 'terminated');
  return (
    <>
      <ConventionsPage />
      {live.map((c) => (
        <ConventionDashboard key={c.id} conventionId={c.id} />
      ))}
    </>
  );
}
