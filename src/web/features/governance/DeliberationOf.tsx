import { Link } from 'react-router';
import type { LinkTarget } from '../../../contracts/governance';
import type { DecisionTargetView } from '../../../contracts/governance-sessions';
import { useApi } from '../../ui/useApi';

/** What the convention's deliberations decide or take note of (governance's published list), read once per page section. */
export function useDecisionTargets(conventionId: string) {
  return useApi<DecisionTargetView[]>(`/api/conventions/${conventionId}/decision-targets`).data ?? [];
}

/**
 * The deliberation recorded in Copil that voted an envelope or an allocation, as a link to its
 * page (where it lists everything it voted); nothing when none is recorded yet.
 */
export function DeliberationOf({ targets, type, id }: { targets: DecisionTargetView[]; type: LinkTarget; id: string }) {
  const deciding = targets.filter((t) => t.targetType === type && t.targetId === id && t.relation === 'decides');
  if (deciding.length === 0) return null;
  return (
    <>
      {' — '}
      {deciding.map((t, i) => (
        <span key={t.decision.id}>
          {i > 0 ? ', ' : ''}
          <Link to={`/deliberations/${t.decision.id}`} aria-label={`Délibération ${t.decision.reference}`}>
            {t.decision.reference}
          </Link>
        </span>
      ))}
    </>
  );
}
